using System.Globalization;

namespace Pairguard.AgentContext;

/// <summary>The kind of a bidirectional formatting character.</summary>
public enum BidiKind
{
    /// <summary>Not a bidirectional formatting character.</summary>
    None,

    /// <summary>LRE/RLE (U+202A, U+202B): opens an embedding, closed by PDF.</summary>
    Embedding,

    /// <summary>LRO/RLO (U+202D, U+202E): opens an override, closed by PDF.</summary>
    Override,

    /// <summary>LRI/RLI/FSI (U+2066–U+2068): opens an isolate, closed by PDI.</summary>
    Isolate,

    /// <summary>PDF (U+202C): closes an embedding or override.</summary>
    PopFormatting,

    /// <summary>PDI (U+2069): closes an isolate.</summary>
    PopIsolate,

    /// <summary>LRM/RLM/ALM (U+200E, U+200F, U+061C): invisible strong characters that do not open anything.</summary>
    Mark,
}

/// <summary>Character classes used by the hidden-Unicode analyzer: bidi controls, invisible characters, tags, variation selectors, scripts.</summary>
public static class HiddenUnicodeCharacters
{
    /// <summary>
    /// True for every UTF-16 unit that can start a character of interest: the BMP bidi, invisible and variation-selector characters,
    /// and the high surrogate U+DB40 shared by tag characters (U+E0000–U+E007F) and VS17–VS256 (U+E0100–U+E01EF). All are ≥ U+00AD.
    /// </summary>
    public static bool IsCandidateUnit(char c) => c >= '\u00AD' && c is '\u00AD' or '\u034F' or '\u061C' or '\u115F' or '\u1160' or '\u17B4' or '\u17B5'
        or '\u180E' or (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E') or (>= '\u2060' and <= '\u206F') or '\u3164'
        or (>= '\uFE00' and <= '\uFE0F') or '\uFEFF' or '\uFFA0' or (>= '\uFFF9' and <= '\uFFFB') or '\uDB40';

    /// <summary>
    /// Index of the next unit at or after <paramref name="from"/> for which <see cref="IsCandidateUnit"/> holds, or -1. Text below U+00AD
    /// (ASCII and most of Latin-1) is skipped with a vectorised search; other stretches are walked inline.
    /// </summary>
    public static int NextCandidate(string text, int from)
    {
        var i = from;
        while (i < text.Length)
        {
            var rel = text.AsSpan(i).IndexOfAnyExceptInRange('\0', '\u00AC');
            if (rel < 0)
            {
                return -1;
            }

            for (i += rel; i < text.Length && text[i] >= '\u00AD'; i++)
            {
                if (IsCandidateUnit(text[i]))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>The bidi kind of a code point.</summary>
    public static BidiKind Bidi(int cp) => cp switch
    {
        0x202A or 0x202B => BidiKind.Embedding,
        0x202D or 0x202E => BidiKind.Override,
        0x2066 or 0x2067 or 0x2068 => BidiKind.Isolate,
        0x202C => BidiKind.PopFormatting,
        0x2069 => BidiKind.PopIsolate,
        0x200E or 0x200F or 0x061C => BidiKind.Mark,
        _ => BidiKind.None,
    };

    /// <summary>Short Unicode abbreviation of a bidi character (RLO, LRI, PDF...).</summary>
    public static string BidiAbbreviation(int cp) => cp switch
    {
        0x202A => "LRE",
        0x202B => "RLE",
        0x202C => "PDF",
        0x202D => "LRO",
        0x202E => "RLO",
        0x2066 => "LRI",
        0x2067 => "RLI",
        0x2068 => "FSI",
        0x2069 => "PDI",
        0x200E => "LRM",
        0x200F => "RLM",
        0x061C => "ALM",
        _ => Hex(cp),
    };

    /// <summary>True for Unicode tag characters U+E0000–U+E007F.</summary>
    public static bool IsTag(int cp) => cp is >= 0xE0000 and <= 0xE007F;

    /// <summary>True for variation selectors VS1–VS16 (U+FE00–U+FE0F) and VS17–VS256 (U+E0100–U+E01EF).</summary>
    public static bool IsVariationSelector(int cp) => cp is (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0100 and <= 0xE01EF);

    /// <summary>The byte a variation selector stands for when used to smuggle data (VS1 = 0 ... VS256 = 255).</summary>
    public static byte VariationSelectorByte(int cp) => cp <= 0xFE0F ? (byte)(cp - 0xFE00) : (byte)(cp - 0xE0100 + 16);

    /// <summary>
    /// Invisible characters the zero-width rule considers: zero-width space/joiners, word joiner, invisible operators, BOM,
    /// Mongolian vowel separator, soft hyphen, combining grapheme joiner, Hangul fillers, Khmer inherent vowels,
    /// deprecated format characters and interlinear annotation marks.
    /// </summary>
    public static bool IsInvisible(int cp) => cp switch
    {
        0x200B or 0x200C or 0x200D => true,
        >= 0x2060 and <= 0x2064 => true,
        >= 0x206A and <= 0x206F => true,
        0xFEFF or 0x180E or 0x00AD or 0x034F => true,
        0x115F or 0x1160 or 0x3164 or 0xFFA0 => true,
        0x17B4 or 0x17B5 => true,
        >= 0xFFF9 and <= 0xFFFB => true,
        _ => false,
    };

    /// <summary>Short name of an invisible character for messages.</summary>
    public static string InvisibleName(int cp) => cp switch
    {
        0x200B => "ZERO WIDTH SPACE",
        0x200C => "ZERO WIDTH NON-JOINER",
        0x200D => "ZERO WIDTH JOINER",
        0x2060 => "WORD JOINER",
        0x2061 => "FUNCTION APPLICATION",
        0x2062 => "INVISIBLE TIMES",
        0x2063 => "INVISIBLE SEPARATOR",
        0x2064 => "INVISIBLE PLUS",
        0xFEFF => "ZERO WIDTH NO-BREAK SPACE (BOM)",
        0x180E => "MONGOLIAN VOWEL SEPARATOR",
        0x00AD => "SOFT HYPHEN",
        0x034F => "COMBINING GRAPHEME JOINER",
        0x115F => "HANGUL CHOSEONG FILLER",
        0x1160 => "HANGUL JUNGSEONG FILLER",
        0x3164 => "HANGUL FILLER",
        0xFFA0 => "HALFWIDTH HANGUL FILLER",
        0x17B4 or 0x17B5 => "KHMER INHERENT VOWEL",
        >= 0xFFF9 and <= 0xFFFB => "INTERLINEAR ANNOTATION",
        >= 0x206A and <= 0x206F => "DEPRECATED FORMAT CHARACTER",
        _ => "INVISIBLE CHARACTER",
    };

    /// <summary>True for letters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic and their presentation forms).</summary>
    public static bool IsRightToLeftLetter(int cp) =>
        cp is (>= 0x0590 and <= 0x08FF) or (>= 0xFB1D and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFE) or (>= 0x10800 and <= 0x10FFF) or (>= 0x1E800 and <= 0x1EFFF)
        && cp != 0x061C && IsLetterOrMark(cp);

    /// <summary>True for letters and marks of scripts whose shaping uses ZWJ/ZWNJ: Arabic family, Syriac, the Indic scripts, Sinhala, Tibetan, Myanmar, Khmer, Mongolian.</summary>
    public static bool IsJoiningScript(int cp) =>
        cp is (>= 0x0600 and <= 0x08FF) or (>= 0x0900 and <= 0x0DFF) or (>= 0x0F00 and <= 0x0FFF) or (>= 0x1000 and <= 0x109F)
            or (>= 0x1780 and <= 0x18AF) or (>= 0xA8E0 and <= 0xA8FF) or (>= 0xA9E0 and <= 0xA9FF) or (>= 0xAA60 and <= 0xAA7F)
            or (>= 0xFB50 and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFE) or (>= 0x11000 and <= 0x111FF)
        && IsLetterOrMark(cp);

    /// <summary>True for scripts written without spaces, where ZERO WIDTH SPACE marks word or line-break boundaries (Thai, Lao, Tibetan, Myanmar, Khmer, Chinese, Japanese).</summary>
    public static bool IsSpacelessScript(int cp) =>
        cp is (>= 0x0E00 and <= 0x0FFF) or (>= 0x1000 and <= 0x109F) or (>= 0x1780 and <= 0x17FF) or (>= 0x19E0 and <= 0x19FF)
            or (>= 0x3000 and <= 0x30FF) or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or (>= 0xFF00 and <= 0xFFEF)
            or (>= 0x20000 and <= 0x3FFFF);

    /// <summary>True for code points that take part in emoji ZWJ sequences (pictographs, dingbats, VS16, skin tones, keycap).</summary>
    public static bool IsEmojiComponent(int cp) =>
        cp is (>= 0x1F000 and <= 0x1FAFF) or (>= 0x2190 and <= 0x21FF) or (>= 0x2300 and <= 0x23FF) or (>= 0x2460 and <= 0x27BF)
            or (>= 0x2900 and <= 0x297F) or (>= 0x2B00 and <= 0x2BFF) or 0x3030 or 0x303D or 0x3297 or 0x3299 or 0x00A9 or 0x00AE
            or 0x203C or 0x2049 or 0x2122 or 0x2139 or 0xFE0F or 0x20E3;

    /// <summary>True for Hangul initial consonants (choseong) that a JUNGSEONG FILLER may follow.</summary>
    public static bool IsHangulChoseong(int cp) => cp is (>= 0x1100 and <= 0x115F) or (>= 0xA960 and <= 0xA97C);

    /// <summary>True for Hangul medial vowels (jungseong) that a CHOSEONG FILLER may precede.</summary>
    public static bool IsHangulJungseong(int cp) => cp is (>= 0x1160 and <= 0x11A7) or (>= 0xD7B0 and <= 0xD7C6);

    /// <summary>True for combining marks (Mn, Mc, Me).</summary>
    public static bool IsCombiningMark(int cp) =>
        cp >= 0 && CharUnicodeInfo.GetUnicodeCategory(cp) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>True for characters that may continue an identifier in most languages (letters, digits, marks, underscore, $).</summary>
    public static bool IsIdentifierPart(int cp) =>
        cp is '_' or '$' || (cp >= 0 && CharUnicodeInfo.GetUnicodeCategory(cp) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.LetterNumber or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.ConnectorPunctuation);

    /// <summary>True for whitespace (or no character at all, <c>-1</c>).</summary>
    public static bool IsSpaceOrEdge(int cp) => cp < 0 || (cp <= 0xFFFF && char.IsWhiteSpace((char)cp));

    /// <summary>U+XXXX notation.</summary>
    public static string Hex(int cp) => "U+" + cp.ToString(cp > 0xFFFF ? "X5" : "X4", CultureInfo.InvariantCulture);

    private static bool IsLetterOrMark(int cp) => CharUnicodeInfo.GetUnicodeCategory(cp) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
        or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
        or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
