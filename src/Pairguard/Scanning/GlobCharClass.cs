namespace Pairguard.Scanning;

/// <summary>A bracket expression of a glob (<c>[a-z]</c>, <c>[!0-9]</c>, <c>[[:alpha:]_]</c>) compiled to ranges.</summary>
internal sealed class GlobCharClass
{
    private readonly (char Low, char High)[] _ranges;
    private readonly Func<char, bool>[] _named;
    private readonly bool _negated;

    private GlobCharClass((char, char)[] ranges, Func<char, bool>[] named, bool negated)
    {
        _ranges = ranges;
        _named = named;
        _negated = negated;
    }

    /// <summary>True when <paramref name="c"/> is in the class (or not in it, for a negated class).</summary>
    public bool Matches(char c)
    {
        var found = false;
        foreach (var (low, high) in _ranges)
        {
            if (c >= low && c <= high)
            {
                found = true;
                break;
            }
        }

        if (!found)
        {
            foreach (var test in _named)
            {
                if (test(c))
                {
                    found = true;
                    break;
                }
            }
        }

        return found != _negated;
    }

    /// <summary>Parses the class that opens at <paramref name="start"/> (a '['); false when it is never closed.</summary>
    public static bool TryParse(string text, int start, out GlobCharClass? result, out int next)
    {
        result = null;
        next = start;
        var i = start + 1;
        var negated = false;
        if (i < text.Length && text[i] is '!' or '^')
        {
            negated = true;
            i++;
        }

        var ranges = new List<(char, char)>();
        var named = new List<Func<char, bool>>();
        var first = true;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == ']' && !first)
            {
                result = new GlobCharClass([.. ranges], [.. named], negated);
                next = i + 1;
                return true;
            }

            first = false;
            if (c == '[' && i + 1 < text.Length && text[i + 1] == ':')
            {
                var close = text.IndexOf(":]", i + 2, StringComparison.Ordinal);
                if (close > 0 && Named(text[(i + 2)..close]) is { } test)
                {
                    named.Add(test);
                    i = close + 2;
                    continue;
                }
            }

            if (c == '\\' && i + 1 < text.Length)
            {
                c = text[++i];
            }

            i++;
            if (i + 1 < text.Length && text[i] == '-' && text[i + 1] != ']')
            {
                var high = text[i + 1];
                var skip = 2;
                if (high == '\\' && i + 2 < text.Length)
                {
                    high = text[i + 2];
                    skip = 3;
                }

                ranges.Add(c <= high ? (c, high) : (high, c));
                i += skip;
                continue;
            }

            ranges.Add((c, c));
        }

        return false;
    }

    private static Func<char, bool>? Named(string name) => name switch
    {
        "alpha" => char.IsAsciiLetter,
        "digit" => char.IsAsciiDigit,
        "alnum" => char.IsAsciiLetterOrDigit,
        "upper" => char.IsAsciiLetterUpper,
        "lower" => char.IsAsciiLetterLower,
        "xdigit" => char.IsAsciiHexDigit,
        "space" => c => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v',
        "blank" => c => c is ' ' or '\t',
        "punct" => c => c < 128 && char.IsPunctuation(c) || c < 128 && char.IsSymbol(c),
        "cntrl" => char.IsControl,
        "print" => c => c >= 0x20 && c < 0x7F,
        "graph" => c => c > 0x20 && c < 0x7F,
        _ => null,
    };
}
