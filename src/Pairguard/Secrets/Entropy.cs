namespace Pairguard.Secrets;

/// <summary>Shannon entropy and character-class counts used to tell random secrets from words.</summary>
public static class Entropy
{
    /// <summary>Shannon entropy of the characters of <paramref name="text"/>, in bits per character.</summary>
    public static double Shannon(ReadOnlySpan<char> text)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        Span<int> ascii = stackalloc int[128];
        Dictionary<char, int>? other = null;
        foreach (var c in text)
        {
            if (c < 128)
            {
                ascii[c]++;
            }
            else
            {
                other ??= [];
                other[c] = other.GetValueOrDefault(c) + 1;
            }
        }

        double total = text.Length;
        var h = 0.0;
        foreach (var n in ascii)
        {
            if (n > 0)
            {
                var p = n / total;
                h -= p * Math.Log2(p);
            }
        }

        if (other is not null)
        {
            foreach (var n in other.Values)
            {
                var p = n / total;
                h -= p * Math.Log2(p);
            }
        }

        return h;
    }

    /// <summary>How many of the classes lower-case, upper-case, digit and symbol occur in the text.</summary>
    public static int CharacterClasses(ReadOnlySpan<char> text)
    {
        bool lower = false, upper = false, digit = false, symbol = false;
        foreach (var c in text)
        {
            if (char.IsAsciiLetterLower(c))
            {
                lower = true;
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                upper = true;
            }
            else if (char.IsAsciiDigit(c))
            {
                digit = true;
            }
            else
            {
                symbol = true;
            }
        }

        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }
}
