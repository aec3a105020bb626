using System.Text;
using Pairguard.Scanning;

namespace Pairguard.AgentContext;

/// <summary>Finds invisible or reordering Unicode: Trojan Source bidi controls, zero-width characters and tag characters.</summary>
public sealed class HiddenUnicodeAnalyzer : IFileAnalyzer
{
    public const string AnalyzerId = "hidden-unicode";

    public static readonly RuleDescriptor TagCharacters = new()
    {
        Id = "agent.hidden-unicode.tag-characters",
        Title = "Hidden text in Unicode tag characters",
        Description = "Unicode tag characters (U+E0000–U+E007F) are invisible in editors and browsers but are read by language models, so they can hide instructions to a coding agent.",
        Severity = Severity.High,
        Confidence = Confidence.High,
        Cwe = [1007],
        Owasp = "A03:2021-Injection",
        Analyzer = AnalyzerId,
        Tags = ["security", "prompt-injection"],
    };

    public static readonly RuleDescriptor Bidi = new()
    {
        Id = "agent.hidden-unicode.bidi-control",
        Title = "Bidirectional control character (Trojan Source)",
        Description = "Bidirectional override and isolate characters reorder how code is displayed, so reviewers see different logic from what the compiler runs (CVE-2021-42574).",
        Severity = Severity.High,
        Confidence = Confidence.High,
        Cwe = [451],
        Owasp = "A03:2021-Injection",
        Analyzer = AnalyzerId,
        Tags = ["security", "trojan-source"],
    };

    public static readonly RuleDescriptor ZeroWidth = new()
    {
        Id = "agent.hidden-unicode.zero-width",
        Title = "Zero-width character inside text",
        Description = "Zero-width characters are invisible; inside identifiers and strings they make look-alike names and hide content from reviewers.",
        Severity = Severity.Medium,
        Confidence = Confidence.Medium,
        Cwe = [1007],
        Owasp = "A03:2021-Injection",
        Analyzer = AnalyzerId,
        Tags = ["security", "trojan-source"],
    };

    public string Id => AnalyzerId;

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [TagCharacters, Bidi, ZeroWidth];

    public bool AppliesTo(SourceFile file) => true;

    public void Analyze(SourceFile file, FileAnalysisContext context)
    {
        var text = file.Text;
        var i = 0;
        while (i < text.Length)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) && IsTag(char.ConvertToUtf32(c, text[i + 1])))
            {
                var start = i;
                var decoded = new StringBuilder();
                while (i + 1 < text.Length && char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]) && IsTag(char.ConvertToUtf32(text[i], text[i + 1])))
                {
                    var cp = char.ConvertToUtf32(text[i], text[i + 1]);
                    if (cp is >= 0xE0020 and <= 0xE007E)
                    {
                        decoded.Append((char)(cp - 0xE0000));
                    }

                    i += 2;
                }

                var hidden = decoded.ToString();
                context.Report(Make(file, TagCharacters, start, i, $"{(i - start) / 2} invisible Unicode tag characters hide this text: \"{Truncate(hidden, 300)}\"", hidden));
                continue;
            }

            if (IsBidi(c))
            {
                context.Report(Make(file, Bidi, i, i + 1, $"Bidirectional control character U+{(int)c:X4} ({BidiName(c)}) can make this line display differently from how it is parsed.", null));
            }
            else if (IsZeroWidth(c) && i > 0 && i + 1 < text.Length && !char.IsWhiteSpace(text[i - 1]) && !char.IsWhiteSpace(text[i + 1]) && !(c == '\u200D' && IsEmojiContext(text, i)))
            {
                context.Report(Make(file, ZeroWidth, i, i + 1, $"Zero-width character U+{(int)c:X4} sits inside text, where it is invisible to readers.", null));
            }

            i++;
        }
    }

    private static Finding Make(SourceFile file, RuleDescriptor rule, int start, int end, string message, string? decoded)
    {
        var location = file.LocationOf(start, end);
        return new Finding
        {
            RuleId = rule.Id,
            Title = rule.Title,
            Message = message,
            Severity = rule.Severity,
            Confidence = rule.Confidence,
            Cwe = rule.Cwe,
            Owasp = rule.Owasp,
            Analyzer = AnalyzerId,
            Location = location,
            Snippet = Visible(file.Lines.LineText(location.StartLine)),
            Fix = "Remove the invisible characters; if the text is legitimate, write it visibly.",
            Properties = decoded is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["decoded"] = decoded },
        };
    }

    /// <summary>Replaces invisible characters with visible escapes such as <c>\u{E0041}</c>.</summary>
    public static string Visible(string line)
    {
        var sb = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (char.IsHighSurrogate(c) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]))
            {
                var cp = char.ConvertToUtf32(c, line[i + 1]);
                if (IsTag(cp))
                {
                    sb.Append($"\\u{{{cp:X}}}");
                }
                else
                {
                    sb.Append(c).Append(line[i + 1]);
                }

                i++;
            }
            else if (IsBidi(c) || IsZeroWidth(c))
            {
                sb.Append($"\\u{{{(int)c:X4}}}");
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static bool IsTag(int cp) => cp is >= 0xE0000 and <= 0xE007F;

    private static bool IsBidi(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C';

    private static bool IsZeroWidth(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u180E';

    private static bool IsEmojiContext(string text, int i) =>
        i > 0 && i + 1 < text.Length && (char.IsSurrogate(text[i - 1]) || text[i - 1] == '\uFE0F') && char.IsSurrogate(text[i + 1]);

    private static string BidiName(char c) => c switch
    {
        '\u202A' => "LEFT-TO-RIGHT EMBEDDING",
        '\u202B' => "RIGHT-TO-LEFT EMBEDDING",
        '\u202C' => "POP DIRECTIONAL FORMATTING",
        '\u202D' => "LEFT-TO-RIGHT OVERRIDE",
        '\u202E' => "RIGHT-TO-LEFT OVERRIDE",
        '\u2066' => "LEFT-TO-RIGHT ISOLATE",
        '\u2067' => "RIGHT-TO-LEFT ISOLATE",
        '\u2068' => "FIRST STRONG ISOLATE",
        '\u2069' => "POP DIRECTIONAL ISOLATE",
        '\u200E' => "LEFT-TO-RIGHT MARK",
        '\u200F' => "RIGHT-TO-LEFT MARK",
        _ => "ARABIC LETTER MARK",
    };

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max] + "…";
}
