namespace Pairguard.Scanning;

/// <summary>One '/'-free part of a glob (<c>*.py</c>, <c>file?.[ch]</c>), compiled to tokens and matched in O(n·m) time.</summary>
/// <remarks>
/// Every token except <c>*</c> consumes exactly one character, so the classic single-backtrack-point algorithm is exact:
/// when a later star is met, the earlier one never needs to be revisited. No regular expression is involved.
/// </remarks>
internal sealed class GlobSegment
{
    private enum Kind : byte
    {
        Literal,
        AnyChar,
        Class,
        Star,
    }

    private readonly Kind[] _kinds;
    private readonly char[] _chars;
    private readonly GlobCharClass?[] _classes;
    private readonly string? _literal;
    private readonly string? _suffix;
    private readonly bool _matchesAll;

    private GlobSegment(List<Kind> kinds, List<char> chars, List<GlobCharClass?> classes)
    {
        _kinds = [.. kinds];
        _chars = [.. chars];
        _classes = [.. classes];
        if (_kinds.All(k => k == Kind.Literal))
        {
            _literal = new string(_chars);
        }
        else if (_kinds.Length == 1 && _kinds[0] == Kind.Star)
        {
            _matchesAll = true;
        }
        else if (_kinds[0] == Kind.Star && _kinds.Skip(1).All(k => k == Kind.Literal))
        {
            _suffix = new string(_chars, 1, _chars.Length - 1);
        }
    }

    /// <summary>Compiles one segment of gitignore glob syntax: <c>*</c>, <c>?</c>, <c>[a-z]</c>, <c>[!x]</c>, <c>\x</c> escapes.</summary>
    public static GlobSegment Parse(string text)
    {
        var kinds = new List<Kind>();
        var chars = new List<char>();
        var classes = new List<GlobCharClass?>();
        void Add(Kind kind, char c = '\0', GlobCharClass? cls = null)
        {
            kinds.Add(kind);
            chars.Add(c);
            classes.Add(cls);
        }

        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            switch (c)
            {
                case '\\' when i + 1 < text.Length:
                    Add(Kind.Literal, text[i + 1]);
                    i += 2;
                    break;
                case '*':
                    if (kinds.Count == 0 || kinds[^1] != Kind.Star)
                    {
                        Add(Kind.Star);
                    }

                    i++;
                    break;
                case '?':
                    Add(Kind.AnyChar);
                    i++;
                    break;
                case '[' when GlobCharClass.TryParse(text, i, out var cls, out var next):
                    Add(Kind.Class, cls: cls);
                    i = next;
                    break;
                default:
                    Add(Kind.Literal, c);
                    i++;
                    break;
            }
        }

        return new GlobSegment(kinds, chars, classes);
    }

    /// <summary>True when the whole of <paramref name="s"/> (one path segment) matches.</summary>
    public bool Matches(ReadOnlySpan<char> s)
    {
        if (_literal is not null)
        {
            return s.SequenceEqual(_literal);
        }

        if (_matchesAll)
        {
            return true;
        }

        if (_suffix is not null)
        {
            return s.EndsWith(_suffix, StringComparison.Ordinal);
        }

        var n = _kinds.Length;
        int t = 0, i = 0, starT = -1, starI = 0;
        while (i < s.Length)
        {
            if (t < n && _kinds[t] == Kind.Star)
            {
                starT = t++;
                starI = i;
                continue;
            }

            if (t < n && MatchesOne(t, s[i]))
            {
                t++;
                i++;
                continue;
            }

            if (starT >= 0)
            {
                t = starT + 1;
                i = ++starI;
                continue;
            }

            return false;
        }

        while (t < n && _kinds[t] == Kind.Star)
        {
            t++;
        }

        return t == n;
    }

    private bool MatchesOne(int token, char c) => _kinds[token] switch
    {
        Kind.Literal => _chars[token] == c,
        Kind.AnyChar => true,
        Kind.Class => _classes[token]!.Matches(c),
        _ => false,
    };
}
