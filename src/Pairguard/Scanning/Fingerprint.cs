using System.Security.Cryptography;
using System.Text;

namespace Pairguard.Scanning;

/// <summary>Stable finding identity from rule, path, normalised matched text and enclosing context — never line numbers.</summary>
public static class Fingerprint
{
    /// <summary>Collapses whitespace so re-indentation and line-ending changes keep the fingerprint.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>Hex SHA-256 (first 32 hex digits) of the identity parts plus an occurrence index among identical matches.</summary>
    public static string Compute(string ruleId, string path, string? matchedText, string? context, int occurrence)
    {
        var key = string.Join('\u001f', ruleId, path, Normalize(matchedText), context ?? "", occurrence.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return Convert.ToHexStringLower(hash)[..32];
    }

    /// <summary>Fills in fingerprints of findings that have none, numbering identical matches in source order.</summary>
    public static IReadOnlyList<Finding> Assign(IEnumerable<Finding> findings, Func<Finding, string?> matchedText)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<Finding>();
        foreach (var f in findings.OrderBy(f => f.Location.Path, StringComparer.Ordinal).ThenBy(f => f.Location.StartLine).ThenBy(f => f.Location.StartColumn).ThenBy(f => f.RuleId, StringComparer.Ordinal))
        {
            if (f.Fingerprint.Length > 0)
            {
                result.Add(f);
                continue;
            }

            var text = Normalize(matchedText(f));
            var group = string.Join('\u001f', f.RuleId, f.Location.Path, text, f.Context ?? "");
            counts.TryGetValue(group, out var n);
            counts[group] = n + 1;
            result.Add(f with { Fingerprint = Compute(f.RuleId, f.Location.Path, text, f.Context, n) });
        }

        return result;
    }
}
