using Pairguard.AgentContext;
using Pairguard.Scanning;
using static Pairguard.Tests.AgentContext.HiddenUnicodeTestHelper;

namespace Pairguard.Tests.AgentContext;

public class HiddenUnicodeEscaperTests
{
    [Theory]
    [InlineData("a\u202Eb", "a\\u{202E}b")]
    [InlineData("\U000E0041", "\\u{E0041}")]
    [InlineData("x\u200By", "x\\u{200B}y")]
    [InlineData("esc\u001B[31m", "esc\\u{001B}[31m")]
    [InlineData("bell\u0007", "bell\\u{0007}")]
    [InlineData("nel\u0085", "nel\\u{0085}")]
    [InlineData("ls\u2028", "ls\\u{2028}")]
    [InlineData("\U0001F600\U000E0158", "\U0001F600\\u{E0158}")]
    public void Escapes_invisible_and_control_characters(string input, string expected)
    {
        Assert.Equal(expected, HiddenUnicodeEscaper.Escape(input));
    }

    [Fact]
    public void Escapes_lone_surrogates()
    {
        Assert.Equal("lone \\u{D800} and \\u{DC00}", HiddenUnicodeEscaper.Escape("lone \uD800 and \uDC00"));
    }

    [Theory]
    [InlineData("plain ascii\twith tab")]
    [InlineData("caf\u00E9 \u05E9\u05DC\u05D5\u05DD \u4E2D\u6587 \U0001F600")]
    public void Leaves_visible_text_unchanged(string input)
    {
        Assert.Equal(input, HiddenUnicodeEscaper.Escape(input));
    }

    [Fact]
    public void Snippet_of_a_long_line_is_a_window_around_the_character()
    {
        var line = new string('a', 5000) + "\u202E" + new string('b', 5000);
        var snippet = HiddenUnicodeEscaper.Snippet(line, 5000);
        Assert.StartsWith("…", snippet);
        Assert.EndsWith("…", snippet);
        Assert.Contains("\\u{202E}", snippet);
        Assert.True(snippet.Length < HiddenUnicodeEscaper.MaxSnippetLength + 20);
    }

    [Fact]
    public void No_finding_text_contains_characters_that_need_escaping()
    {
        var text = "a\u202Eb\u2066 c\n is\u200Badmin\n \U000E0041\U000E001B\U000E0042\n x\U0001F600\uFE00\U000E0111\u001B\n \u200E\n";
        var findings = Analyze("mixed.js", text);
        Assert.Equal(5, findings.Count);
        foreach (var f in findings)
        {
            Assert.True(IsClean(f.Message), f.Message);
            Assert.True(IsClean(f.Snippet!), f.Snippet);
            Assert.All(f.Properties.Values, v => Assert.True(IsClean(v), v));
        }
    }

    [Fact]
    public void Malformed_text_does_not_throw()
    {
        var findings = Analyze("bad.txt", "\uD800\uDC00\uDC00\uD800\U000E0041\uD800\n\uFE0F\r\n\u202E\r");
        Assert.Contains(findings, f => f.RuleId == "agent.hidden-unicode.tag-characters");
        Assert.Contains(findings, f => f.RuleId == "agent.hidden-unicode.bidi-control" && f.Location.StartLine == 3);
    }

    [Fact]
    public void A_hostile_file_stops_at_the_finding_cap_with_a_diagnostic()
    {
        var text = string.Concat(Enumerable.Repeat("a\u200Bb\n", 2000));
        var file = SourceFile.FromText("many.js", text);
        var context = new FileAnalysisContext(new ScanRequest { Paths = [], BaseDirectory = "." }, CancellationToken.None);
        new HiddenUnicodeAnalyzer().Analyze(file, context);

        Assert.Equal(HiddenUnicodeAnalyzer.MaxFindingsPerFile, context.Findings.Count);
        var diagnostic = Assert.Single(context.Diagnostics);
        Assert.Equal(DiagnosticKind.Warning, diagnostic.Kind);
        Assert.Contains("stopped after 500", diagnostic.Message);
    }
}
