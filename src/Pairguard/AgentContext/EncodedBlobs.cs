using System.Text;
using System.Text.RegularExpressions;

namespace Pairguard.AgentContext;

/// <summary>Finds base64, hex, binary, Morse and rot13 blobs whose decoding is natural-language text, so hidden instructions can be judged.</summary>
public static class EncodedBlobs
{
    /// <summary>Longest blob decoded (characters); longer runs are data, not smuggled prose.</summary>
    public const int MaxBlob = 8192;

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private static readonly Regex Base64 = new(@"[A-Za-z0-9+/\-_]{24,}={0,2}", Options);
    private static readonly Regex Hex = new(@"\b([0-9A-Fa-f]{2}[ :]?){16,}\b|(\\x[0-9A-Fa-f]{2}){12,}", Options);
    private static readonly Regex Binary = new(@"\b([01]{8}\s){7,}[01]{8}\b", Options);
    private static readonly Regex Morse = new(@"([.\-]{1,6}( / | ))+[.\-]{1,6}", Options);
    private static readonly Regex Words = new(@"[A-Za-z][A-Za-z ,\-]{24,}", Options);

    private static readonly HashSet<string> Stopwords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "and", "to", "of", "a", "in", "is", "it", "you", "that", "this", "for", "on", "with", "as", "are", "be", "all", "your", "not",
        "or", "any", "from", "by", "an", "at", "if", "do", "what", "instructions", "ignore", "previous", "tell", "me", "user", "send", "file",
        "have", "has", "was", "will", "can", "should", "must", "then", "when", "my", "now", "please", "password", "secret",
    };

    /// <summary>Every blob in the text that decodes to English-like prose, as <see cref="SegmentKind.Encoded"/> passages.</summary>
    public static IEnumerable<TextSegment> Find(string text, CancellationToken cancellationToken = default)
    {
        foreach (Match m in Base64.Matches(text))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (m.Length > MaxBlob || !m.Value.Any(char.IsDigit) && !m.Value.Any(char.IsUpper))
            {
                continue;
            }

            if (TryBase64(m.Value) is { } decoded && LooksLikeProse(decoded))
            {
                yield return new TextSegment(SegmentKind.Encoded, m.Index, m.Index + m.Length, decoded, "base64");
            }
        }

        foreach (Match m in Hex.Matches(text))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (m.Length <= MaxBlob && TryHex(m.Value) is { } decoded && LooksLikeProse(decoded))
            {
                yield return new TextSegment(SegmentKind.Encoded, m.Index, m.Index + m.Length, decoded, "hex");
            }
        }

        foreach (Match m in Binary.Matches(text))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (m.Length <= MaxBlob && TryBinary(m.Value) is { } decoded && LooksLikeProse(decoded))
            {
                yield return new TextSegment(SegmentKind.Encoded, m.Index, m.Index + m.Length, decoded, "binary");
            }
        }

        foreach (Match m in Morse.Matches(text))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (m.Length <= MaxBlob && m.Value.Count(c => c == ' ') >= 7 && TryMorse(m.Value) is { } decoded && LooksLikeProse(decoded))
            {
                yield return new TextSegment(SegmentKind.Encoded, m.Index, m.Index + m.Length, decoded, "Morse code");
            }
        }

        foreach (Match m in Words.Matches(text))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (m.Length > MaxBlob)
            {
                continue;
            }

            var rotated = Rot13(m.Value);
            if (m.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 5 && StopwordRatio(m.Value) < 0.08 && StopwordRatio(rotated) >= 0.3)
            {
                yield return new TextSegment(SegmentKind.Encoded, m.Index, m.Index + m.Length, rotated, "rot13");
            }
        }
    }

    /// <summary>Decodes International Morse code (letters and digits; a space between letters, " / " between words), lower-cased; null when a code is unknown.</summary>
    public static string? TryMorse(string code)
    {
        var sb = new StringBuilder();
        foreach (var word in code.Split(" / "))
        {
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            foreach (var letter in word.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!MorseCodes.TryGetValue(letter, out var c))
                {
                    return null;
                }

                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    // International Morse code: each entry is the character followed by its code.
    private static readonly Dictionary<string, char> MorseCodes =
        ("a.- b-... c-.-. d-.. e. f..-. g--. h.... i.. j.--- k-.- l.-.. m-- n-. o--- p.--. q--.- r.-. "
        + "s... t- u..- v...- w.-- x-..- y-.-- z--.. 0----- 1.---- 2..--- 3...-- 4....- 5..... 6-.... 7--... 8---.. 9----.").Split(' ').ToDictionary(e => e[1..], e => e[0], StringComparer.Ordinal);

    /// <summary>Rotates ASCII letters by 13 places.</summary>
    public static string Rot13(string s)
    {
        var chars = s.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (c is >= 'a' and <= 'z')
            {
                chars[i] = (char)('a' + ((c - 'a' + 13) % 26));
            }
            else if (c is >= 'A' and <= 'Z')
            {
                chars[i] = (char)('A' + ((c - 'A' + 13) % 26));
            }
        }

        return new string(chars);
    }

    /// <summary>True when decoded bytes read as prose: printable, mostly letters and spaces, several words.</summary>
    public static bool LooksLikeProse(string s)
    {
        if (s.Length < 12)
        {
            return false;
        }

        var letters = 0;
        var spaces = 0;
        foreach (var c in s)
        {
            if (char.IsControl(c) && c is not '\n' and not '\r' and not '\t')
            {
                return false;
            }

            if (c == '\uFFFD')
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
            else if (c == ' ')
            {
                spaces++;
            }
        }

        return spaces >= 3 && (letters + spaces) >= s.Length * 0.75 && StopwordRatio(s) >= 0.1;
    }

    private static double StopwordRatio(string s)
    {
        var words = s.Split([' ', '\t', '\n', '\r', ',', '.', ';', ':', '!', '?', '"', '\''], StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? 0 : words.Count(Stopwords.Contains) / (double)words.Length;
    }

    private static string? TryBase64(string s)
    {
        var normalized = s.Replace('-', '+').Replace('_', '/').TrimEnd('=');
        if (normalized.Length % 4 == 1)
        {
            return null;
        }

        normalized = normalized.PadRight(normalized.Length + ((4 - (normalized.Length % 4)) % 4), '=');
        var buffer = new byte[normalized.Length];
        return Convert.TryFromBase64String(normalized, buffer, out var n) ? Strict(buffer.AsSpan(0, n)) : null;
    }

    private static string? TryHex(string s)
    {
        var digits = new StringBuilder();
        foreach (var c in s.Replace("\\x", "", StringComparison.OrdinalIgnoreCase))
        {
            if (Uri.IsHexDigit(c))
            {
                digits.Append(c);
            }
        }

        if (digits.Length % 2 != 0)
        {
            return null;
        }

        try
        {
            return Strict(Convert.FromHexString(digits.ToString()));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string? TryBinary(string s)
    {
        var groups = s.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        var bytes = groups.Select(g => Convert.ToByte(g, 2)).ToArray();
        return Strict(bytes);
    }

    private static string? Strict(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
