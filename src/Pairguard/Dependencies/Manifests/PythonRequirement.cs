namespace Pairguard.Dependencies.Manifests;

/// <summary>A parsed PEP 508 requirement string: name, version specifier, and a URL when it points outside the index.</summary>
public sealed record PythonRequirement(string Name, string? Version, string? Url)
{
    /// <summary>Parses <c>name[extras] (specifier) ; marker</c> or <c>name @ url</c>; null when there is no valid name.</summary>
    public static PythonRequirement? Parse(string text)
    {
        var t = text.Trim();
        var semi = t.IndexOf(';', StringComparison.Ordinal);
        if (semi >= 0)
        {
            t = t[..semi].Trim();
        }

        var i = 0;
        while (i < t.Length && (char.IsLetterOrDigit(t[i]) || t[i] is '-' or '_' or '.'))
        {
            i++;
        }

        if (i == 0 || !char.IsLetterOrDigit(t[0]))
        {
            return null;
        }

        var name = t[..i];
        var rest = t[i..].TrimStart();
        if (rest.StartsWith('['))
        {
            var close = rest.IndexOf(']', StringComparison.Ordinal);
            rest = close < 0 ? "" : rest[(close + 1)..].TrimStart();
        }

        if (rest.StartsWith('@'))
        {
            return new PythonRequirement(name, null, rest[1..].Trim());
        }

        rest = rest.Trim().TrimStart('(').TrimEnd(')').Trim();
        if (rest.Length > 0 && !"=<>!~".Contains(rest[0], StringComparison.Ordinal))
        {
            return null;
        }

        return new PythonRequirement(name, rest.Length == 0 ? null : rest.Replace(" ", "", StringComparison.Ordinal), null);
    }
}
