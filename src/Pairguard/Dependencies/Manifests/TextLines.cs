namespace Pairguard.Dependencies.Manifests;

/// <summary>Finds the line on which a name first appears as a whole token, for formats whose parser gives no positions.</summary>
public sealed class TextLines
{
    private readonly string[] _lines;

    public TextLines(string text)
    {
        _lines = text.Split('\n');
    }

    public int Count => _lines.Length;

    /// <summary>Text of a 1-based line (without the line break).</summary>
    public string this[int line] => line >= 1 && line <= _lines.Length ? _lines[line - 1].TrimEnd('\r') : "";

    /// <summary>First line at or after <paramref name="from"/> where <paramref name="token"/> appears bounded by non-name characters; 1 when absent.</summary>
    public int Find(string token, int from = 1, bool ignoreCase = true)
    {
        if (token.Length == 0)
        {
            return Math.Max(1, from);
        }

        var cmp = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        for (var i = Math.Max(0, from - 1); i < _lines.Length; i++)
        {
            var text = _lines[i];
            var at = 0;
            while ((at = text.IndexOf(token, at, cmp)) >= 0)
            {
                var before = at == 0 ? ' ' : text[at - 1];
                var end = at + token.Length;
                var after = end >= text.Length ? ' ' : text[end];
                if (!IsNameChar(before) && !IsNameChar(after))
                {
                    return i + 1;
                }

                at = end;
            }
        }

        return from > 1 ? Find(token, 1, ignoreCase) : 1;
    }

    /// <summary>First line (from <paramref name="from"/>) that starts, after spaces, with the prefix.</summary>
    public int FindStart(string prefix, int from = 1)
    {
        for (var i = Math.Max(0, from - 1); i < _lines.Length; i++)
        {
            if (_lines[i].TrimStart().StartsWith(prefix, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '-' or '.' or '/' or '@';
}
