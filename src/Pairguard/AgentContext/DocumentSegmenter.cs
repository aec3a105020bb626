using System.Text;
using System.Text.RegularExpressions;

namespace Pairguard.AgentContext;

/// <summary>Splits a Markdown/text document into passages: visible paragraphs, code blocks and every way of hiding text.</summary>
public static class DocumentSegmenter
{
    /// <summary>Longest visible passage judged as one unit; longer paragraphs are cut at line ends.</summary>
    public const int MaxPassage = 1500;

    /// <summary>Minimum run of spaces or tabs that pushes text out of view.</summary>
    public const int FarRightRun = 60;

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private static readonly Regex HiddenOpenTag = new(
        @"<(?<tag>[a-z][a-z0-9]*)(\s[^<>]*)?\sstyle\s*=\s*[""'][^""'<>]*(display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0*\.?0+(px|pt|em|rem|%)?\s*(;|!|[""'])|opacity\s*:\s*0*\.?0+\s*(;|!|[""'])|color\s*:\s*(white|#fff|#ffffff|rgb\(\s*255\s*,\s*255\s*,\s*255\s*\))\s*(;|!|[""'])|(height|width|max-height|max-width)\s*:\s*0(px)?\s*(;|!|[""'])|text-indent\s*:\s*-\d{3,}|left\s*:\s*-\d{3,})[^<>]*>"
        + @"|<(?<tag>[a-z][a-z0-9]*)(\s[^<>]*)?\s(hidden(=[^\s<>]*)?|aria-hidden\s*=\s*[""']true[""'])(\s[^<>]*)?/?>",
        Options);

    private static readonly Regex FarRight = new(@"[ \t\u00A0]{" + FarRightRun + @",}([^ \t\u00A0\r\n][^\r\n]*)", Options);

    /// <summary>Cuts a document into passages; every part of the text lands in exactly one visible or hidden passage.</summary>
    public static List<TextSegment> Split(string text, CancellationToken cancellationToken = default)
    {
        var segments = new List<TextSegment>();
        var covered = new bool[text.Length];

        AddTagCharacters(text, segments);
        AddHtmlComments(text, segments, covered);
        AddHiddenHtml(text, segments, covered);
        AddDetails(text, segments, covered);
        cancellationToken.ThrowIfCancellationRequested();
        AddCodeFences(text, segments, covered);
        AddFarRight(text, segments, covered);
        AddProse(text, segments, covered);
        cancellationToken.ThrowIfCancellationRequested();

        foreach (var blob in EncodedBlobs.Find(text, cancellationToken))
        {
            segments.Add(blob);
        }

        segments.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Kind.CompareTo(b.Kind));
        return segments;
    }

    private static void AddTagCharacters(string text, List<TextSegment> segments)
    {
        var i = 0;
        while (i + 1 < text.Length)
        {
            if (!IsTagAt(text, i))
            {
                i++;
                continue;
            }

            var start = i;
            var decoded = new StringBuilder();
            while (i + 1 < text.Length && IsTagAt(text, i))
            {
                var cp = char.ConvertToUtf32(text[i], text[i + 1]);
                if (cp is >= 0xE0020 and <= 0xE007E)
                {
                    decoded.Append((char)(cp - 0xE0000));
                }

                i += 2;
            }

            if (decoded.Length > 0)
            {
                segments.Add(new TextSegment(SegmentKind.TagCharacters, start, i, decoded.ToString(), "Unicode tag characters"));
            }
        }
    }

    private static bool IsTagAt(string text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) && char.ConvertToUtf32(text[i], text[i + 1]) is >= 0xE0000 and <= 0xE007F;

    private static void AddHtmlComments(string text, List<TextSegment> segments, bool[] covered)
    {
        var at = 0;
        while ((at = text.IndexOf("<!--", at, StringComparison.Ordinal)) >= 0)
        {
            var close = text.IndexOf("-->", at + 4, StringComparison.Ordinal);
            var end = close < 0 ? text.Length : close + 3;
            var inner = text[(at + 4)..(close < 0 ? text.Length : close)];
            if (!IsCovered(covered, at))
            {
                segments.Add(new TextSegment(SegmentKind.HtmlComment, at, end, inner, "HTML comment"));
                Cover(covered, at, end);
            }

            at = end;
        }
    }

    private static void AddHiddenHtml(string text, List<TextSegment> segments, bool[] covered)
    {
        foreach (Match m in HiddenOpenTag.Matches(text))
        {
            if (IsCovered(covered, m.Index))
            {
                continue;
            }

            var tag = m.Groups["tag"].Value;
            var close = text.IndexOf("</" + tag, m.Index + m.Length, StringComparison.OrdinalIgnoreCase);
            var end = close < 0 ? Math.Min(text.Length, m.Index + m.Length + MaxPassage) : close;
            var closeEnd = close < 0 ? end : Math.Max(end, text.IndexOf('>', close) + 1);
            var inner = StripTags(text[(m.Index + m.Length)..end]);
            if (inner.Trim().Length > 0)
            {
                segments.Add(new TextSegment(SegmentKind.HiddenHtml, m.Index, closeEnd, inner, HiddenReason(m.Value)));
                Cover(covered, m.Index, closeEnd);
            }
        }
    }

    private static void AddDetails(string text, List<TextSegment> segments, bool[] covered)
    {
        var at = 0;
        while ((at = text.IndexOf("<details", at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var close = text.IndexOf("</details", at, StringComparison.OrdinalIgnoreCase);
            var end = close < 0 ? text.Length : Math.Max(close, text.IndexOf('>', close) + 1);
            if (!IsCovered(covered, at))
            {
                var bodyStart = text.IndexOf('>', at);
                var summaryEnd = text.IndexOf("</summary>", at, StringComparison.OrdinalIgnoreCase);
                if (summaryEnd >= 0 && summaryEnd < end)
                {
                    bodyStart = summaryEnd + "</summary>".Length - 1;
                }

                bodyStart = bodyStart < 0 ? at : bodyStart + 1;
                foreach (var piece in Paragraphs(text, bodyStart, Math.Max(bodyStart, close < 0 ? end : close)))
                {
                    segments.Add(new TextSegment(SegmentKind.Details, piece.Start, piece.End, StripTags(text[piece.Start..piece.End]), "collapsed <details> block"));
                }

                Cover(covered, at, end);
            }

            at = end;
        }
    }

    private static void AddCodeFences(string text, List<TextSegment> segments, bool[] covered)
    {
        var pos = 0;
        int? fenceStart = null;
        var fenceMarker = "";
        while (pos < text.Length)
        {
            var lineEnd = text.IndexOf('\n', pos);
            var next = lineEnd < 0 ? text.Length : lineEnd + 1;
            var line = text[pos..(lineEnd < 0 ? text.Length : lineEnd)].TrimEnd('\r');
            var trimmed = line.TrimStart(' ');
            var indent = line.Length - trimmed.Length;
            if (fenceStart is null)
            {
                if (indent <= 3 && (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal)) && !IsCovered(covered, pos))
                {
                    fenceStart = pos;
                    fenceMarker = trimmed[..3];
                }
            }
            else if (indent <= 3 && trimmed.StartsWith(fenceMarker, StringComparison.Ordinal) && trimmed.Trim().Trim(fenceMarker[0]).Length == 0)
            {
                AddCode(text, segments, covered, fenceStart.Value, next);
                fenceStart = null;
            }

            pos = next;
        }

        if (fenceStart is { } open)
        {
            AddCode(text, segments, covered, open, text.Length);
        }
    }

    private static void AddCode(string text, List<TextSegment> segments, bool[] covered, int start, int end)
    {
        foreach (var piece in Windows(text, start, end))
        {
            segments.Add(new TextSegment(SegmentKind.Code, piece.Start, piece.End, text[piece.Start..piece.End]));
        }

        Cover(covered, start, end);
    }

    private static void AddFarRight(string text, List<TextSegment> segments, bool[] covered)
    {
        foreach (Match m in FarRight.Matches(text))
        {
            var g = m.Groups[1];
            if (IsCovered(covered, g.Index) || CountWords(g.Value) < 3)
            {
                continue;
            }

            segments.Add(new TextSegment(SegmentKind.FarRight, g.Index, g.Index + g.Length, g.Value, $"after {m.Length - g.Length} spaces"));
            Cover(covered, m.Index, m.Index + m.Length);
        }
    }

    private static void AddProse(string text, List<TextSegment> segments, bool[] covered)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var free = i < text.Length && !covered[i];
            if (free && start < 0)
            {
                start = i;
            }
            else if (!free && start >= 0)
            {
                foreach (var p in Paragraphs(text, start, i))
                {
                    segments.Add(new TextSegment(SegmentKind.Prose, p.Start, p.End, text[p.Start..p.End]));
                }

                start = -1;
            }
        }
    }

    /// <summary>Paragraphs (separated by blank lines) of a span, each cut to at most <see cref="MaxPassage"/> characters at line ends.</summary>
    public static IEnumerable<(int Start, int End)> Paragraphs(string text, int start, int end)
    {
        var pos = start;
        var paraStart = -1;
        while (pos < end)
        {
            var lineEnd = text.IndexOf('\n', pos, end - pos);
            var next = lineEnd < 0 ? end : lineEnd + 1;
            var blank = string.IsNullOrWhiteSpace(text[pos..next]);
            if (!blank && paraStart >= 0 && IsListItem(text, pos, next))
            {
                // Each list item is its own passage: changelogs and checklists must not pool unrelated items.
                foreach (var w in Windows(text, paraStart, pos))
                {
                    yield return w;
                }

                paraStart = pos;
            }
            else if (!blank && paraStart < 0)
            {
                paraStart = pos;
            }
            else if (blank && paraStart >= 0)
            {
                foreach (var w in Windows(text, paraStart, pos))
                {
                    yield return w;
                }

                paraStart = -1;
            }

            pos = next;
        }

        if (paraStart >= 0)
        {
            foreach (var w in Windows(text, paraStart, end))
            {
                yield return w;
            }
        }
    }

    private static bool IsListItem(string text, int start, int end)
    {
        var i = start;
        while (i < end && text[i] is ' ' or '\t')
        {
            i++;
        }

        if (i + 1 < end && text[i] is '-' or '*' or '+' && text[i + 1] == ' ')
        {
            return true;
        }

        var digits = i;
        while (digits < end && char.IsDigit(text[digits]))
        {
            digits++;
        }

        return digits > i && digits + 1 < end && text[digits] is '.' or ')' && text[digits + 1] == ' ';
    }

    private static IEnumerable<(int Start, int End)> Windows(string text, int start, int end)
    {
        while (end - start > MaxPassage)
        {
            var cut = text.LastIndexOf('\n', start + MaxPassage - 1, MaxPassage - 1);
            if (cut <= start)
            {
                cut = start + MaxPassage - 1;
            }

            yield return (start, cut + 1);
            start = cut + 1;
        }

        if (end > start)
        {
            yield return (start, end);
        }
    }

    private static string HiddenReason(string tag)
    {
        var t = tag.ToLowerInvariant();
        foreach (var (needle, reason) in new[] { ("display", "display:none"), ("visibility", "visibility:hidden"), ("font-size", "font-size:0"), ("opacity", "opacity:0"), ("color", "white text"), ("height", "zero size"), ("width", "zero size"), ("text-indent", "moved off-screen"), ("left", "moved off-screen"), ("aria-hidden", "aria-hidden") })
        {
            if (t.Contains(needle, StringComparison.Ordinal))
            {
                return reason;
            }
        }

        return "hidden attribute";
    }

    private static string StripTags(string s)
    {
        var sb = new StringBuilder(s.Length);
        var inTag = false;
        foreach (var c in s)
        {
            if (c == '<')
            {
                inTag = true;
                sb.Append(' ');
            }
            else if (c == '>' && inTag)
            {
                inTag = false;
            }
            else if (!inTag)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static int CountWords(string s) => s.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetter));

    private static bool IsCovered(bool[] covered, int index) => index < covered.Length && covered[index];

    private static void Cover(bool[] covered, int start, int end)
    {
        for (var i = Math.Max(0, start); i < Math.Min(end, covered.Length); i++)
        {
            covered[i] = true;
        }
    }
}
