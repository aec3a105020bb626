using Pairguard.Scanning;

namespace Pairguard.Configuration;

/// <summary>One <c>pairguard-ignore[rule-id]: reason</c> comment found in a file.</summary>
public sealed record SuppressionDirective(string Path, int Line, int Column, IReadOnlyList<string> RuleIds, string? Reason)
{
    /// <summary>True when the directive names this rule id (exactly, by glob, or <c>*</c>/<c>all</c>).</summary>
    public bool Covers(string ruleId) => RuleIds.Any(p => p is "*" or "all" || RulePattern.Matches(p, ruleId));

    /// <summary>True when the directive applies to a finding starting on <paramref name="line"/> (same line or the line below).</summary>
    public bool AppliesToLine(int line) => line == Line || line == Line + 1;
}

/// <summary>Finds suppression comments in a file, in any comment syntax of the file's language.</summary>
public static class InlineSuppressions
{
    /// <summary>The marker that starts a suppression.</summary>
    public const string Marker = "pairguard-ignore";

    /// <summary>All suppression directives of a file, in line order.</summary>
    public static IReadOnlyList<SuppressionDirective> Find(SourceFile file)
    {
        if (!file.Text.Contains(Marker, StringComparison.Ordinal))
        {
            return [];
        }

        var result = new List<SuppressionDirective>();
        for (var line = 1; line <= file.Lines.LineCount; line++)
        {
            var text = file.Lines.LineText(line);
            var at = text.IndexOf(Marker, StringComparison.Ordinal);
            if (at < 0 || !CommentSyntax.IsInComment(file.Language, text[..at]))
            {
                continue;
            }

            if (TryParse(text[(at + Marker.Length)..], out var ids, out var reason))
            {
                result.Add(new SuppressionDirective(file.RelativePath, line, at + 1, ids, reason));
            }
        }

        return result;
    }

    /// <summary>Parses the text after the marker: <c>[id, id2]: reason</c>. The reason may be empty.</summary>
    public static bool TryParse(string rest, out IReadOnlyList<string> ruleIds, out string? reason)
    {
        ruleIds = [];
        reason = null;
        if (!rest.StartsWith('['))
        {
            return false;
        }

        var close = rest.IndexOf(']', StringComparison.Ordinal);
        if (close < 0)
        {
            return false;
        }

        ruleIds = rest[1..close].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (ruleIds.Count == 0)
        {
            return false;
        }

        var after = rest[(close + 1)..].Trim();
        foreach (var closer in new[] { "*/", "-->", "*}", "%>" })
        {
            if (after.EndsWith(closer, StringComparison.Ordinal))
            {
                after = after[..^closer.Length].TrimEnd();
            }
        }

        if (after.StartsWith(':'))
        {
            after = after[1..].Trim();
        }
        else if (after.StartsWith('-') || after.StartsWith('—'))
        {
            after = after.TrimStart('-', '—').Trim();
        }

        reason = after.Length == 0 ? null : after;
        return true;
    }
}
