using Pairguard.Scanning;

namespace Pairguard.Secrets;

/// <summary>The explicit <c>--show-secrets</c> opt-in: findings never hold a secret, so the text reporter re-reads it from the file at the finding's location.</summary>
public static class SecretReveal
{
    /// <summary>The secret text at a secrets finding's location, read again from disk; null when the file changed or cannot be read.</summary>
    public static string? Reveal(string baseDirectory, Finding finding)
    {
        if (finding.Analyzer != SecretsAnalyzer.AnalyzerId || finding.Properties.ContainsKey("commit"))
        {
            return null;
        }

        try
        {
            var path = Path.Combine(baseDirectory, finding.Location.Path);
            var source = SourceFile.FromText(finding.Location.Path, File.ReadAllText(path));
            var start = source.Lines.LineStart(finding.Location.StartLine) + finding.Location.StartColumn - 1;
            var end = source.Lines.LineStart(finding.Location.EndLine) + finding.Location.EndColumn - 1;
            if (start < 0 || end > source.Text.Length || end <= start)
            {
                return null;
            }

            var secret = source.Text[start..end];
            return finding.Properties.TryGetValue("secretHash", out var hash) && SecretHash.Of(secret) == hash ? secret : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
