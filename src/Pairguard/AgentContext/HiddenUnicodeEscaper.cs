using System.Globalization;
using System.Text;

namespace Pairguard.AgentContext;

/// <summary>Makes invisible, reordering and terminal-control characters visible as <c>\u{XXXX}</c> escapes.</summary>
public static class HiddenUnicodeEscaper
{
    /// <summary>Longest snippet produced by <see cref="Snippet"/> before escaping, in characters.</summary>
    public const int MaxSnippetLength = 240;

    /// <summary>True when a code point must not reach a terminal or report raw: controls, format characters, separators, invisible fillers, variation selectors, lone surrogates.</summary>
    public static bool NeedsEscape(int cp)
    {
        if (cp == '\t')
        {
            return false;
        }

        if (cp is < 0x20 or (>= 0x7F and <= 0x9F) or (>= 0xD800 and <= 0xDFFF))
        {
            return true;
        }

        if (HiddenUnicodeCharacters.IsInvisible(cp) || HiddenUnicodeCharacters.IsVariationSelector(cp) || HiddenUnicodeCharacters.IsTag(cp))
        {
            return true;
        }

        return CharUnicodeInfo.GetUnicodeCategory(cp) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
    }

    /// <summary>Replaces every character that <see cref="NeedsEscape"/> by <c>\u{XXXX}</c> (at least four hex digits).</summary>
    public static string Escape(ReadOnlySpan<char> text)
    {
        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            int cp = c;
            var width = 1;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cp = char.ConvertToUtf32(c, text[i + 1]);
                width = 2;
            }

            if (NeedsEscape(cp))
            {
                sb ??= new StringBuilder(text.Length + 16).Append(text[..i]);
                sb.Append("\\u{").Append(cp.ToString("X4", CultureInfo.InvariantCulture)).Append('}');
            }
            else
            {
                sb?.Append(text.Slice(i, width));
            }

            i += width - 1;
        }

        return sb?.ToString() ?? text.ToString();
    }

    /// <summary>Escaped excerpt of a line around a 0-based character index; long lines are cut to a window marked with "…".</summary>
    public static string Snippet(string line, int index)
    {
        if (line.Length <= MaxSnippetLength)
        {
            return Escape(line);
        }

        var start = Math.Clamp(index - (MaxSnippetLength / 3), 0, line.Length - MaxSnippetLength);
        var end = start + MaxSnippetLength;
        if (start > 0 && char.IsLowSurrogate(line[start]))
        {
            start--;
        }

        if (end < line.Length && char.IsLowSurrogate(line[end]))
        {
            end++;
        }

        return (start > 0 ? "…" : "") + Escape(line.AsSpan(start, end - start)) + (end < line.Length ? "…" : "");
    }
}
