using System.Globalization;
using System.Text;

namespace Pairguard.Reporting;

/// <summary>Makes untrusted text safe to print on a terminal: control, invisible and bidi characters become visible <c>\u{...}</c> escapes.</summary>
public static class TerminalText
{
    /// <summary>Returns <paramref name="text"/> with every character that could hide text or drive the terminal replaced by a visible escape; tabs become spaces.</summary>
    /// <param name="text">Untrusted text.</param>
    /// <param name="keepNewlines">Keep line feeds (CR LF and lone CR become LF) instead of escaping them.</param>
    public static string Clean(string? text, bool keepNewlines = false)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

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

            string? replacement;
            if (c == '\t')
            {
                replacement = "    ";
            }
            else if (keepNewlines && c == '\r')
            {
                replacement = i + 1 < text.Length && text[i + 1] == '\n' ? "" : "\n";
            }
            else if (keepNewlines && c == '\n')
            {
                replacement = null;
            }
            else
            {
                replacement = IsUnsafe(cp) ? Escape(cp) : null;
            }

            if (replacement is null)
            {
                sb?.Append(text, i, width);
            }
            else
            {
                sb ??= new StringBuilder(text.Length + 16).Append(text, 0, i);
                sb.Append(replacement);
            }

            i += width - 1;
        }

        return sb?.ToString() ?? text;
    }

    /// <summary>True for C0/C1 controls (ESC included), lone surrogates, format characters (zero-width, bidi, tags) and line/paragraph separators.</summary>
    public static bool IsUnsafe(int codePoint)
    {
        if (codePoint is < 0x20 or (>= 0x7F and <= 0x9F) or (>= 0xD800 and <= 0xDFFF))
        {
            return true;
        }

        if (codePoint is >= 0xE0000 and <= 0xE0FFF)
        {
            return true;
        }

        return CharUnicodeInfo.GetUnicodeCategory(codePoint) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
    }

    private static string Escape(int codePoint) => "\\u{" + codePoint.ToString("X4", CultureInfo.InvariantCulture) + "}";
}
