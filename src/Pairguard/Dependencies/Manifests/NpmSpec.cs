namespace Pairguard.Dependencies.Manifests;

/// <summary>Interprets an npm dependency specifier: registry range, <c>npm:</c> alias, or a git/URL/file source.</summary>
public static class NpmSpec
{
    /// <summary>Real package name, version and why it is unverifiable (null for registry specs); Local is true for file/link/workspace.</summary>
    public static (string Name, string? Version, string? Unverifiable, bool Local) Interpret(string name, string? spec)
    {
        var s = spec?.Trim() ?? "";
        if (s.StartsWith("npm:", StringComparison.Ordinal))
        {
            var target = s[4..];
            var at = target.LastIndexOf('@');
            return at > 0 ? (target[..at], target[(at + 1)..], null, false) : (target, null, null, false);
        }

        if (s.StartsWith("file:", StringComparison.Ordinal) || s.StartsWith("link:", StringComparison.Ordinal) || s.StartsWith("workspace:", StringComparison.Ordinal)
            || s.StartsWith("portal:", StringComparison.Ordinal) || s.StartsWith("./", StringComparison.Ordinal) || s.StartsWith("../", StringComparison.Ordinal)
            || s.StartsWith('/') || s.StartsWith("~/", StringComparison.Ordinal))
        {
            return (name, null, null, true);
        }

        if (s.StartsWith("git", StringComparison.Ordinal) || s.StartsWith("github:", StringComparison.Ordinal) || s.StartsWith("gitlab:", StringComparison.Ordinal)
            || s.StartsWith("bitbucket:", StringComparison.Ordinal) || s.Contains("://", StringComparison.Ordinal))
        {
            return (name, null, "installed from a git repository or URL, not from the registry", false);
        }

        if (s.Length > 0 && s.Contains('/') && !s.Contains(' ') && char.IsLetter(s[0]))
        {
            return (name, null, "installed from a GitHub repository shorthand, not from the registry", false);
        }

        return (name, s.Length == 0 ? null : s, null, false);
    }

    /// <summary>Splits <c>name@version</c> (scoped names keep their leading @).</summary>
    public static (string Name, string? Version) SplitAt(string text)
    {
        var at = text.LastIndexOf('@');
        return at > 0 ? (text[..at], text[(at + 1)..]) : (text, null);
    }
}
