using System.Globalization;
using System.Text;

namespace Pairguard.Reporting;

/// <summary>Post-processing of JSON written with the relaxed encoder: invisible, bidi and other unsafe non-ASCII characters become <c>\uXXXX</c> escapes.</summary>
internal static class JsonText
{
    /// <summary>
    /// Escapes every raw character that <see cref="TerminalText.IsUnsafe"/> flags above U+007E. The relaxed encoder already escapes C0
    /// controls inside strings, so the only raw characters left to escape are inside string values, and the result is equivalent JSON.
    /// </summary>
    public static string EscapeInvisible(string json)
    {
        StringBuilder? sb = null;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (c < 0x7F)
            {
                sb?.Append(c);
                continue;
            }

            int cp = c;
            var width = 1;
            if (char.IsHighSurrogate(c) && i + 1 < json.Length && char.IsLowSurrogate(json[i + 1]))
            {
                cp = char.ConvertToUtf32(c, json[i + 1]);
                width = 2;
            }

            if (TerminalText.IsUnsafe(cp))
            {
                sb ??= new StringBuilder(json.Length + 16).Append(json, 0, i);
                for (var k = 0; k < width; k++)
                {
                    sb.Append("\\u").Append(((int)json[i + k]).ToString("X4", CultureInfo.InvariantCulture));
                }
            }
            else
            {
                sb?.Append(json, i, width);
            }

            i += width - 1;
        }

        return sb?.ToString() ?? json;
    }
}
