using Pairguard.Scanning;

namespace Pairguard.AgentContext;

/// <summary>Rule descriptors of the hidden-Unicode analyzer.</summary>
public static class HiddenUnicodeRules
{
    /// <summary>Analyzer id shared by every rule below.</summary>
    public const string AnalyzerId = "hidden-unicode";

    private const string Owasp = "A03:2021-Injection";

    public static readonly RuleDescriptor TagCharacters = new()
    {
        Id = "agent.hidden-unicode.tag-characters",
        Title = "Hidden text in Unicode tag characters",
        Description = "Unicode tag characters (U+E0000–U+E007F) are invisible in editors, diffs and browsers but are read by language models, so they can hide instructions to a coding agent or smuggle data. Only a well-formed emoji flag subdivision sequence (such as the flag of England) is a legitimate use.",
        Severity = Severity.High,
        Confidence = Confidence.High,
        Cwe = [1427, 451],
        Owasp = Owasp,
        Analyzer = AnalyzerId,
        HelpMarkdown = "Each tag character U+E0020–U+E007E mirrors an ASCII character but renders as nothing, so `\\u{E0069}\\u{E0067}\\u{E006E}...` reads as *ign...* to a model and as empty space to a reviewer. Remove the characters; if the text is meant to be there, write it visibly.",
        Tags = ["security", "prompt-injection", "hidden-unicode"],
    };

    public static readonly RuleDescriptor BidiControl = new()
    {
        Id = "agent.hidden-unicode.bidi-control",
        Title = "Bidirectional control character (Trojan Source)",
        Description = "Bidirectional embedding, override and isolate characters (U+202A–U+202E, U+2066–U+2069) reorder how a line is displayed, so reviewers see different logic from what the compiler or interpreter runs (CVE-2021-42574). A control left unterminated on its line is the shape of the attack.",
        Severity = Severity.High,
        Confidence = Confidence.High,
        Cwe = [451],
        Owasp = Owasp,
        Analyzer = AnalyzerId,
        HelpMarkdown = "Remove the bidi controls from code, comments and string literals. Where right-to-left text must appear in a string, write the controls as escapes (`\\u202E`) so that they are visible and cannot reorder the source.",
        Tags = ["security", "trojan-source", "hidden-unicode"],
    };

    public static readonly RuleDescriptor BidiMark = new()
    {
        Id = "agent.hidden-unicode.bidi-mark",
        Title = "Invisible bidirectional mark outside right-to-left text",
        Description = "LEFT-TO-RIGHT MARK, RIGHT-TO-LEFT MARK and ARABIC LETTER MARK (U+200E, U+200F, U+061C) are invisible. Right-to-left prose uses them legitimately; on a line with no right-to-left text they only change how neighbouring characters are ordered or make two identical-looking strings differ.",
        Severity = Severity.Medium,
        Confidence = Confidence.Medium,
        Cwe = [451],
        Owasp = Owasp,
        Analyzer = AnalyzerId,
        HelpMarkdown = "Remove the mark, or write it as an escape (`\\u200F`) where it is really needed.",
        Tags = ["security", "trojan-source", "hidden-unicode"],
    };

    public static readonly RuleDescriptor ZeroWidth = new()
    {
        Id = "agent.hidden-unicode.zero-width",
        Title = "Invisible character inside code or text",
        Description = "Zero-width spaces and joiners, word joiners, soft hyphens, Hangul fillers and other invisible characters make two identifiers or strings that look identical differ (`is_admin` vs `is\\u{200B}_admin`), and split words so that filters miss them. Joiners inside emoji sequences and in scripts that need them (Persian, Indic) are not reported.",
        Severity = Severity.Medium,
        Confidence = Confidence.Medium,
        Cwe = [1007, 451],
        Owasp = Owasp,
        Analyzer = AnalyzerId,
        HelpMarkdown = "Delete the invisible character. If it is needed in a string, write it as an escape (`\\u200B`) so that readers can see it.",
        Tags = ["security", "trojan-source", "hidden-unicode"],
    };

    public static readonly RuleDescriptor VariationSelectors = new()
    {
        Id = "agent.hidden-unicode.variation-selectors",
        Title = "Data hidden in variation selectors",
        Description = "Variation selectors (U+FE00–U+FE0F, U+E0100–U+E01EF) are invisible modifiers meant to follow one emoji or ideograph. A run of them after one character can encode arbitrary bytes (one byte per selector) that a model decodes and a reviewer never sees; a selector glued to an ASCII identifier makes a different, identical-looking name.",
        Severity = Severity.High,
        Confidence = Confidence.High,
        Cwe = [1427, 451],
        Owasp = Owasp,
        Analyzer = AnalyzerId,
        HelpMarkdown = "Delete the selectors. A legitimate emoji or ideograph needs at most one selector after it.",
        Tags = ["security", "prompt-injection", "hidden-unicode"],
    };

    /// <summary>Every rule of the analyzer.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = [TagCharacters, BidiControl, BidiMark, ZeroWidth, VariationSelectors];
}
