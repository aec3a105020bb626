namespace Pairguard.Dependencies;

/// <summary>Small helpers over version strings and ranges as manifests write them.</summary>
public static class VersionText
{
    /// <summary>True when the text names a single version (<c>1.2.3</c>, <c>==1.2.3</c>, <c>=1.2.3</c>, <c>[1.2.3]</c>).</summary>
    public static bool IsExact(string? version) => Exact(version) is not null;

    /// <summary>The exact version named by the text, or null for ranges, wildcards and empty text.</summary>
    public static string? Exact(string? version)
    {
        if (string.IsNullOrWhiteSpace(version))
        {
            return null;
        }

        var v = version.Trim();
        if (v.StartsWith("===", StringComparison.Ordinal))
        {
            v = v[3..];
        }
        else if (v.StartsWith("==", StringComparison.Ordinal))
        {
            v = v[2..];
        }
        else if (v.StartsWith('=') || v.StartsWith('v'))
        {
            v = v[1..];
        }
        else if (v.StartsWith('[') && v.EndsWith(']') && !v.Contains(','))
        {
            v = v[1..^1];
        }

        v = v.Trim();
        if (v.Length == 0 || !char.IsDigit(v[0]))
        {
            return null;
        }

        foreach (var c in v)
        {
            if (c is '*' or '^' or '~' or '<' or '>' or ',' or ' ' or '|' or '!' or '[' or ']' or '(' or ')')
            {
                return null;
            }
        }

        return v.EndsWith(".x", StringComparison.OrdinalIgnoreCase) ? null : v;
    }
}
