using System.Text;

namespace Pairguard.Dependencies.Imports;

/// <summary>Blanks comments (and optionally string contents) of source text while keeping every offset and line break, so line-based matching ignores them.</summary>
public static class CodeMask
{
    /// <summary>Python: removes <c>#</c> comments and the contents of all string literals, triple-quoted ones included.</summary>
    public static string Python(string text)
    {
        var sb = new StringBuilder(text);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '#')
            {
                while (i < text.Length && text[i] != '\n')
                {
                    sb[i++] = ' ';
                }

                continue;
            }

            if (c is '"' or '\'')
            {
                var triple = i + 2 < text.Length && text[i + 1] == c && text[i + 2] == c;
                var quote = triple ? new string(c, 3) : c.ToString();
                var start = i + quote.Length;
                var j = start;
                while (j < text.Length)
                {
                    if (text[j] == '\\')
                    {
                        j += 2;
                        continue;
                    }

                    if (!triple && text[j] == '\n')
                    {
                        break;
                    }

                    if (string.CompareOrdinal(text, j, quote, 0, quote.Length) == 0)
                    {
                        break;
                    }

                    j++;
                }

                for (var k = start; k < Math.Min(j, text.Length); k++)
                {
                    if (text[k] != '\n')
                    {
                        sb[k] = ' ';
                    }
                }

                i = Math.Min(text.Length, j + quote.Length);
                continue;
            }

            i++;
        }

        return sb.ToString();
    }

    /// <summary>C-like languages (JS/TS, Go, PHP): removes <c>//</c> and <c>/* */</c> comments (and <c>#</c> comments when asked), keeps strings, and returns the string spans.</summary>
    public static (string Code, List<(int Start, int End)> Strings) CLike(string text, bool hashComments = false)
    {
        var sb = new StringBuilder(text);
        var strings = new List<(int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if ((c == '/' && i + 1 < text.Length && text[i + 1] == '/') || (hashComments && c == '#' && (i + 1 >= text.Length || text[i + 1] != '[')))
            {
                while (i < text.Length && text[i] != '\n')
                {
                    sb[i++] = ' ';
                }

                continue;
            }

            if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? text.Length : end + 2;
                for (var k = i; k < end; k++)
                {
                    if (text[k] != '\n')
                    {
                        sb[k] = ' ';
                    }
                }

                i = end;
                continue;
            }

            if (c is '"' or '\'' or '`')
            {
                var j = i + 1;
                while (j < text.Length && text[j] != c && (c == '`' || text[j] != '\n'))
                {
                    j += text[j] == '\\' ? 2 : 1;
                }

                j = Math.Min(j, text.Length - 1);
                strings.Add((i, j));
                i = j + 1;
                continue;
            }

            i++;
        }

        return (sb.ToString(), strings);
    }

    /// <summary>True when <paramref name="offset"/> lies strictly inside one of the string spans.</summary>
    public static bool InsideString(List<(int Start, int End)> spans, int offset)
    {
        var lo = 0;
        var hi = spans.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (offset <= spans[mid].Start)
            {
                hi = mid - 1;
            }
            else if (offset > spans[mid].End)
            {
                lo = mid + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }
}
