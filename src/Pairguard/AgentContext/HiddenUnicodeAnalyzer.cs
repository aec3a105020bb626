using System.Globalization;
using Pairguard.Scanning;

namespace Pairguard.AgentContext;

/// <summary>Finds invisible or reordering Unicode: Trojan Source bidi controls, zero-width characters, tag characters and variation-selector payloads.</summary>
public sealed class HiddenUnicodeAnalyzer : IFileAnalyzer
{
    public const string AnalyzerId = HiddenUnicodeRules.AnalyzerId;

    /// <summary>Longest decoded text quoted in a message (the full text is in <c>Properties["decoded"]</c>).</summary>
    public const int MaxQuotedLength = 300;

    /// <summary>Longest decoded text kept in <c>Properties["decoded"]</c>.</summary>
    public const int MaxDecodedLength = 10_000;

    /// <summary>Findings reported per file before the analyzer stops and says so in a diagnostic (bounds memory on hostile files).</summary>
    public const int MaxFindingsPerFile = 500;

    public string Id => AnalyzerId;

    public IReadOnlyList<RuleDescriptor> Rules => HiddenUnicodeRules.All;

    public bool AppliesTo(SourceFile file) => true;

    /// <summary>True when a file is prose (Markdown, text, reStructuredText, HTML, or an extension-less file such as LICENSE), where right-to-left marks and word joiners are ordinary typography.</summary>
    public static bool IsProse(SourceFile file) =>
        file.Language is Languages.Markdown or Languages.Text or Languages.Restructuredtext or Languages.Html
        || (file.Language is null && !file.FileName.Contains('.', StringComparison.Ordinal));

    /// <summary>Replaces invisible characters with visible escapes such as <c>\u{E0041}</c>.</summary>
    public static string Visible(string line) => HiddenUnicodeEscaper.Escape(line);

    public void Analyze(SourceFile file, FileAnalysisContext context)
    {
        var text = file.Text;
        var prose = IsProse(file);
        var pos = 0;
        while (pos < text.Length)
        {
            // Jump to the next character that can matter; lines without one need no closer look.
            var next = HiddenUnicodeCharacters.NextCandidate(text, pos);
            if (next < 0)
            {
                break;
            }

            context.CancellationToken.ThrowIfCancellationRequested();
            var (line, _) = file.Lines.Position(next);
            new LineScan(file, line, prose, context).Run();
            pos = line < file.Lines.LineCount ? file.Lines.LineStart(line + 1) : text.Length;
            if (context.Findings.Count >= MaxFindingsPerFile && pos < text.Length)
            {
                context.Report(new Diagnostic(DiagnosticKind.Warning, file.RelativePath, $"stopped after {context.Findings.Count} hidden-Unicode findings; lines after {line} were not examined", AnalyzerId));
                break;
            }
        }
    }

    /// <summary>The analysis of one line: code points with their indices, then one pass that reports as it goes.</summary>
    private sealed class LineScan
    {
        private readonly SourceFile _file;
        private readonly bool _prose;
        private readonly FileAnalysisContext _context;
        private readonly string _text;
        private readonly int _lineStart;
        private readonly int[] _cps;
        private readonly int[] _idx;
        private readonly int _count;

        public LineScan(SourceFile file, int line, bool prose, FileAnalysisContext context)
        {
            _file = file;
            _prose = prose;
            _context = context;
            _text = file.Lines.LineText(line);
            _lineStart = file.Lines.LineStart(line);
            _cps = new int[_text.Length];
            _idx = new int[_text.Length];
            for (var i = 0; i < _text.Length; i++)
            {
                _idx[_count] = i;
                if (char.IsHighSurrogate(_text[i]) && i + 1 < _text.Length && char.IsLowSurrogate(_text[i + 1]))
                {
                    _cps[_count++] = char.ConvertToUtf32(_text[i], _text[i + 1]);
                    i++;
                }
                else
                {
                    _cps[_count++] = _text[i];
                }
            }
        }

        private int Count => _count;

        public void Run()
        {
            HiddenUnicodeBidiLine? bidi = null;
            List<int>? invisible = null;
            var k = 0;
            while (k < Count)
            {
                var cp = _cps[k];
                if (cp < 0xAD)
                {
                    // Below every character of interest.
                    k++;
                    continue;
                }

                if (HiddenUnicodeCharacters.IsTag(cp) || HiddenUnicodeCharacters.IsVariationSelector(cp))
                {
                    var tag = HiddenUnicodeCharacters.IsTag(cp);
                    var end = k;
                    while (end < Count && (tag ? HiddenUnicodeCharacters.IsTag(_cps[end]) : HiddenUnicodeCharacters.IsVariationSelector(_cps[end])))
                    {
                        end++;
                    }

                    if (tag)
                    {
                        ReportTags(k, end);
                    }
                    else
                    {
                        ReportVariationSelectors(k, end);
                    }

                    k = end;
                    continue;
                }

                if (HiddenUnicodeCharacters.Bidi(cp) != BidiKind.None)
                {
                    (bidi ??= new HiddenUnicodeBidiLine()).Add(cp, _idx[k]);
                }
                else if (HiddenUnicodeCharacters.IsInvisible(cp) && IsSuspiciousInvisible(k))
                {
                    (invisible ??= []).Add(k);
                }

                k++;
            }

            if (invisible is not null)
            {
                ReportInvisible(invisible);
            }

            if (bidi is not null)
            {
                ReportBidi(bidi, HasRightToLeftText());
            }
        }

        private bool HasRightToLeftText()
        {
            for (var k = 0; k < Count; k++)
            {
                if (HiddenUnicodeCharacters.IsRightToLeftLetter(_cps[k]))
                {
                    return true;
                }
            }

            return false;
        }

        private int At(int k) => k >= 0 && k < Count ? _cps[k] : -1;

        private int Offset(int k) => k < Count ? _idx[k] : _text.Length;

        private bool IsSuspiciousInvisible(int k)
        {
            var cp = _cps[k];
            var prev = At(k - 1);
            var next = At(k + 1);

            // The nearest visible neighbours, skipping the rest of a run of invisible characters.
            var before = k - 1;
            while (before >= 0 && HiddenUnicodeCharacters.IsInvisible(_cps[before]))
            {
                before--;
            }

            var after = k + 1;
            while (after < Count && HiddenUnicodeCharacters.IsInvisible(_cps[after]))
            {
                after++;
            }

            var outerPrev = At(before);
            var outerNext = At(after);
            switch (cp)
            {
                case 0xFEFF when _lineStart + _idx[k] == 0:
                    return false;
                case 0x200B when HiddenUnicodeCharacters.IsSpacelessScript(outerPrev) && HiddenUnicodeCharacters.IsSpacelessScript(outerNext):
                    return false;
                case 0x200C or 0x200D when HiddenUnicodeCharacters.IsJoiningScript(prev) && HiddenUnicodeCharacters.IsJoiningScript(next):
                    return false;
                case 0x200D when HiddenUnicodeCharacters.IsEmojiComponent(prev) && HiddenUnicodeCharacters.IsEmojiComponent(next):
                    return false;
                case 0x00AD when _prose || !HiddenUnicodeCharacters.IsIdentifierPart(outerPrev) || !HiddenUnicodeCharacters.IsIdentifierPart(outerNext):
                    return false;
                case 0x034F when HiddenUnicodeCharacters.IsCombiningMark(next):
                    return false;
                case 0x115F when HiddenUnicodeCharacters.IsHangulJungseong(next):
                    return false;
                case 0x1160 when HiddenUnicodeCharacters.IsHangulChoseong(prev):
                    return false;
                case 0x3164 or 0xFFA0 or 0xFEFF:
                    return true;
            }

            // In prose, word joiners and zero-width spaces at word edges are typography; inside a word they hide or split it.
            return !_prose || (!HiddenUnicodeCharacters.IsSpaceOrEdge(outerPrev) && !HiddenUnicodeCharacters.IsSpaceOrEdge(outerNext));
        }

        private void ReportInvisible(List<int> flagged)
        {
            var r = 0;
            while (r < flagged.Count)
            {
                var first = flagged[r];
                var last = first;
                while (r + 1 < flagged.Count && flagged[r + 1] == last + 1)
                {
                    r++;
                    last = flagged[r];
                }

                r++;
                var run = Enumerable.Range(first, last - first + 1).Select(k => _cps[k]).ToList();
                var filler = run.Any(cp => cp is 0x3164 or 0xFFA0 or 0x115F or 0x1160);
                var inWord = HiddenUnicodeCharacters.IsIdentifierPart(At(first - 1)) && HiddenUnicodeCharacters.IsIdentifierPart(At(last + 1));
                var severity = !_prose && (inWord || filler) ? Severity.High : Severity.Medium;
                var names = string.Join(", ", run.Distinct().Select(cp => $"{HiddenUnicodeCharacters.InvisibleName(cp)} ({HiddenUnicodeCharacters.Hex(cp)})"));
                var where = inWord ? $"inside the word `{HiddenUnicodeEscaper.Escape(WordAround(first, last))}`" : filler ? "used as an invisible identifier or text" : "in this line";
                var count = run.Count == 1 ? "Invisible character" : $"{run.Count} invisible characters";
                var message = $"{count} {names} {where}: the text looks the same as without it but compares, parses and tokenizes differently.";
                Report(HiddenUnicodeRules.ZeroWidth, severity, HiddenUnicodeRules.ZeroWidth.Confidence, first, last + 1, message, new Dictionary<string, string>
                {
                    ["codepoints"] = string.Join(' ', run.Select(HiddenUnicodeCharacters.Hex)),
                    ["context"] = inWord ? "word" : "text",
                });
            }
        }

        private string WordAround(int first, int last)
        {
            var from = first;
            while (from > 0 && first - from < 40 && HiddenUnicodeCharacters.IsIdentifierPart(At(from - 1)))
            {
                from--;
            }

            var to = last;
            while (to + 1 < Count && to - last < 40 && HiddenUnicodeCharacters.IsIdentifierPart(At(to + 1)))
            {
                to++;
            }

            return _text[Offset(from)..Offset(to + 1)];
        }

        private void ReportTags(int start, int end)
        {
            var run = _cps[start..end];
            if (HiddenUnicodeSequences.IsFlagSubdivisionSequence(At(start - 1), run))
            {
                return;
            }

            var decoded = HiddenUnicodeSequences.DecodeTags(run);
            var shown = decoded.Length == 0 ? "(no printable text)" : $"\"{Truncate(decoded, MaxQuotedLength)}\"";
            var message = $"{run.Length} invisible Unicode tag characters hide this text: {shown}";
            Report(HiddenUnicodeRules.TagCharacters, HiddenUnicodeRules.TagCharacters.Severity, HiddenUnicodeRules.TagCharacters.Confidence, start, end, message, new Dictionary<string, string>
            {
                ["decoded"] = Truncate(decoded, MaxDecodedLength),
                ["count"] = run.Length.ToString(CultureInfo.InvariantCulture),
            });
        }

        private void ReportVariationSelectors(int start, int end)
        {
            var run = _cps[start..end];
            var prev = At(start - 1);
            var rule = HiddenUnicodeRules.VariationSelectors;
            if (run.Length == 1)
            {
                // One selector after an emoji, a symbol or an ideograph is ordinary; after nothing or glued to an ASCII name it is not.
                var bare = HiddenUnicodeCharacters.IsSpaceOrEdge(prev);
                var onName = prev is '_' || (prev < 0x80 && char.IsAsciiLetter((char)prev));
                if (!bare && !onName)
                {
                    return;
                }

                var why = bare ? "follows no character it could modify" : "is glued to an ASCII name, making a different identifier that looks the same";
                Report(rule, Severity.Medium, Confidence.Medium, start, end, $"Invisible variation selector {HiddenUnicodeCharacters.Hex(run[0])} {why}.", new Dictionary<string, string>
                {
                    ["codepoints"] = HiddenUnicodeCharacters.Hex(run[0]),
                });
                return;
            }

            if (run.All(cp => cp is 0xFE0E or 0xFE0F) && !HiddenUnicodeCharacters.IsSpaceOrEdge(prev))
            {
                // Duplicated emoji/text presentation selectors: sloppy copy-paste, carrying no data.
                return;
            }

            var bytes = HiddenUnicodeSequences.DecodeVariationSelectors(run);
            var decoded = HiddenUnicodeSequences.DescribeBytes(bytes);
            var message = $"{run.Length} invisible variation selectors encode {bytes.Length} hidden bytes: \"{Truncate(decoded, MaxQuotedLength)}\"";
            Report(rule, rule.Severity, rule.Confidence, start, end, message, new Dictionary<string, string>
            {
                ["decoded"] = Truncate(decoded, MaxDecodedLength),
                ["count"] = run.Length.ToString(CultureInfo.InvariantCulture),
            });
        }

        private void ReportBidi(HiddenUnicodeBidiLine bidi, bool rightToLeftText)
        {
            if (bidi.Controls.Count > 0)
            {
                ReportControls(bidi, rightToLeftText);
            }

            if (bidi.Marks.Count > 0 && !rightToLeftText)
            {
                var marks = bidi.Marks;
                var rule = HiddenUnicodeRules.BidiMark;
                var names = string.Join(", ", marks.Select(m => HiddenUnicodeCharacters.BidiAbbreviation(m.CodePoint)).Distinct());
                var message = $"{marks.Count} invisible bidirectional mark(s) ({names}) on a line with no right-to-left text: they only change how neighbouring characters display, or make equal-looking text differ.";
                Report(rule, _prose ? Severity.Low : Severity.Medium, rule.Confidence, IndexOf(marks[0].Index), IndexOf(marks[^1].Index) + 1, message, new Dictionary<string, string>
                {
                    ["class"] = "mark",
                    ["codepoints"] = string.Join(' ', marks.Select(m => HiddenUnicodeCharacters.Hex(m.CodePoint))),
                });
            }
        }

        private void ReportControls(HiddenUnicodeBidiLine bidi, bool rightToLeftText)
        {
            var unterminated = bidi.Unterminated > 0;
            if (_prose && !unterminated && rightToLeftText)
            {
                // Balanced isolates around a left-to-right word in right-to-left prose: the intended use.
                return;
            }

            var severity = _prose
                ? unterminated ? Severity.Medium : Severity.Low
                : bidi.HasOpeners ? Severity.High : Severity.Medium;
            var confidence = unterminated ? Confidence.High : Confidence.Medium;
            var controls = bidi.Controls;
            var names = string.Join(", ", controls.Select(c => HiddenUnicodeCharacters.BidiAbbreviation(c.CodePoint)));
            var classes = string.Join(", ", bidi.Classes);
            var state = unterminated
                ? $"{bidi.Unterminated} left unterminated, so the rest of the line displays reordered while it is parsed in stored order (Trojan Source, CVE-2021-42574)"
                : "balanced on this line, yet still able to make the displayed order differ from the stored order";
            var message = $"{controls.Count} bidirectional control character(s) ({names}; {classes}): {state}.";
            var rule = HiddenUnicodeRules.BidiControl;
            Report(rule, severity, confidence, IndexOf(controls[0].Index), IndexOf(controls[^1].Index) + 1, message, new Dictionary<string, string>
            {
                ["class"] = string.Join(',', bidi.Classes),
                ["unterminated"] = unterminated ? "true" : "false",
                ["unterminatedCount"] = bidi.Unterminated.ToString(CultureInfo.InvariantCulture),
                ["codepoints"] = string.Join(' ', controls.Select(c => HiddenUnicodeCharacters.Hex(c.CodePoint))),
            });
        }

        private int IndexOf(int charIndex) => Array.BinarySearch(_idx, 0, _count, charIndex);

        private void Report(RuleDescriptor rule, Severity severity, Confidence confidence, int start, int end, string message, Dictionary<string, string> properties)
        {
            var startChar = Offset(start);
            _context.Report(new Finding
            {
                RuleId = rule.Id,
                Title = rule.Title,
                Message = message,
                Severity = severity,
                Confidence = confidence,
                Cwe = rule.Cwe,
                Owasp = rule.Owasp,
                Analyzer = AnalyzerId,
                Location = _file.LocationOf(_lineStart + startChar, _lineStart + Offset(end)),
                Snippet = HiddenUnicodeEscaper.Snippet(_text, startChar),
                Fix = rule.HelpMarkdown,
                Properties = properties,
            });
        }

        private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max] + "…";
    }
}
