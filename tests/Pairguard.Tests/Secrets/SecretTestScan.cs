using Pairguard.Scanning;
using Pairguard.Secrets;

namespace Pairguard.Tests.Secrets;

/// <summary>Runs the secrets analyzer on in-memory files for tests.</summary>
internal static class SecretTestScan
{
    public static IReadOnlyList<Finding> Scan(string path, string text)
    {
        var file = SourceFile.FromText(path, text);
        var context = new FileAnalysisContext(new ScanRequest { Paths = ["."], BaseDirectory = "." }, CancellationToken.None);
        new SecretsAnalyzer().Analyze(file, context);
        return context.Findings;
    }

    public static IReadOnlyList<SecretMatch> Matches(string path, string text)
    {
        var file = SourceFile.FromText(path, text);
        return SecretEngine.Default.Find(file.Text, file.Language);
    }
}
