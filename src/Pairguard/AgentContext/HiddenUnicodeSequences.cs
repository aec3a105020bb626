using System.Text;

namespace Pairguard.AgentContext;

/// <summary>Decoding of hidden payloads: ASCII behind tag characters, bytes behind variation selectors; recognition of emoji flag tag sequences.</summary>
public static class HiddenUnicodeSequences
{
    /// <summary>WAVING BLACK FLAG, the base of emoji subdivision flag sequences.</summary>
    public const int BlackFlag = 0x1F3F4;

    /// <summary>CANCEL TAG, which ends a tag sequence.</summary>
    public const int CancelTag = 0xE007F;

    /// <summary>The ASCII text mirrored by tag characters (U+E0020–U+E007E); other tags (language tag, cancel tag) are dropped.</summary>
    public static string DecodeTags(IReadOnlyList<int> tags)
    {
        var sb = new StringBuilder(tags.Count);
        foreach (var cp in tags)
        {
            if (cp is >= 0xE0020 and <= 0xE007E)
            {
                sb.Append((char)(cp - 0xE0000));
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// True when a tag run that directly follows WAVING BLACK FLAG is a well-formed emoji subdivision flag (UTS #51 tag sequence):
    /// a subdivision id — two letters or three digits for the region, then one to four letters or digits — in tag characters, ended by CANCEL TAG.
    /// </summary>
    public static bool IsFlagSubdivisionSequence(int previous, IReadOnlyList<int> tags)
    {
        if (previous != BlackFlag || tags.Count < 4 || tags[^1] != CancelTag)
        {
            return false;
        }

        var spec = new char[tags.Count - 1];
        for (var i = 0; i < spec.Length; i++)
        {
            var c = tags[i] - 0xE0000;
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9')))
            {
                return false;
            }

            spec[i] = (char)c;
        }

        var regionLength = char.IsAsciiLetter(spec[0]) ? 2 : 3;
        if (spec.Length < regionLength + 1 || spec.Length > regionLength + 4)
        {
            return false;
        }

        for (var i = 0; i < regionLength; i++)
        {
            if (regionLength == 2 ? !char.IsAsciiLetter(spec[i]) : !char.IsAsciiDigit(spec[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The bytes encoded by a run of variation selectors (VS1 = 0x00 ... VS256 = 0xFF).</summary>
    public static byte[] DecodeVariationSelectors(IReadOnlyList<int> selectors)
    {
        var bytes = new byte[selectors.Count];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = HiddenUnicodeCharacters.VariationSelectorByte(selectors[i]);
        }

        return bytes;
    }

    /// <summary>Readable form of smuggled bytes: UTF-8 text (escaped) when it decodes cleanly, otherwise hex.</summary>
    public static string DescribeBytes(byte[] bytes)
    {
        try
        {
            var text = new UTF8Encoding(false, true).GetString(bytes);
            var printable = text.Count(c => !char.IsControl(c) || c is '\n' or '\r' or '\t');
            if (printable * 10 >= text.Length * 9)
            {
                return HiddenUnicodeEscaper.Escape(text);
            }
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8 text: fall through to hex.
        }

        return "0x" + Convert.ToHexString(bytes);
    }
}
