using Pairguard.Scanning;
using static Pairguard.Tests.AgentContext.HiddenUnicodeTestHelper;

namespace Pairguard.Tests.AgentContext;

public class BidiControlTests
{
    private const string Rule = "agent.hidden-unicode.bidi-control";
    private const string MarkRule = "agent.hidden-unicode.bidi-mark";

    [Fact]
    public void Commenting_out_attack_is_high_and_unterminated()
    {
        var text = "int main() {\n    bool isAdmin = false;\n    /*\u202E } \u2066if (isAdmin)\u2069 \u2066 begin admins only */\n}\n";
        var finding = Assert.Single(Analyze("attack.c", text, Rule));
        Assert.Equal(3, finding.Location.StartLine);
        Assert.Equal(7, finding.Location.StartColumn);
        Assert.Equal(Severity.High, finding.Severity);
        Assert.Equal(Confidence.High, finding.Confidence);
        Assert.Equal("override,isolate,pop", finding.Properties["class"]);
        Assert.Equal("true", finding.Properties["unterminated"]);
        Assert.Equal("2", finding.Properties["unterminatedCount"]);
        Assert.Equal("U+202E U+2066 U+2069 U+2066", finding.Properties["codepoints"]);
        Assert.Contains("RLO, LRI, PDI, LRI", finding.Message);
        Assert.Contains("/*\\u{202E} } \\u{2066}if (isAdmin)\\u{2069}", finding.Snippet);
    }

    [Fact]
    public void Early_return_with_a_lone_isolate_is_reported()
    {
        var text = "def main():\n    ''' Say hello; newline\u2067 /*/ return 0 ;\n";
        var finding = Assert.Single(Analyze("early.py", text, Rule));
        Assert.Equal("isolate", finding.Properties["class"]);
        Assert.Equal("true", finding.Properties["unterminated"]);
    }

    [Fact]
    public void Balanced_controls_in_code_are_still_high_but_not_unterminated()
    {
        var text = "var label = \"\u2066abc\u2069\";\n";
        var finding = Assert.Single(Analyze("label.js", text, Rule));
        Assert.Equal(Severity.High, finding.Severity);
        Assert.Equal(Confidence.Medium, finding.Confidence);
        Assert.Equal("false", finding.Properties["unterminated"]);
    }

    [Fact]
    public void Pdf_does_not_close_an_open_isolate()
    {
        var finding = Assert.Single(Analyze("x.ts", "const s = '\u2067abc\u202C';\n", Rule));
        Assert.Equal("true", finding.Properties["unterminated"]);
    }

    [Fact]
    public void Pdi_closes_embeddings_opened_inside_its_isolate()
    {
        var finding = Assert.Single(Analyze("x.ts", "const s = '\u2068a\u202Bb\u2069';\n", Rule));
        Assert.Equal("false", finding.Properties["unterminated"]);
        Assert.Equal("isolate,embedding,pop", finding.Properties["class"]);
    }

    [Fact]
    public void A_stray_pop_in_code_is_medium()
    {
        var finding = Assert.Single(Analyze("x.go", "x := 1 // note\u202C\n", Rule));
        Assert.Equal(Severity.Medium, finding.Severity);
        Assert.Equal("pop", finding.Properties["class"]);
    }

    [Fact]
    public void Unterminated_override_in_prose_is_medium()
    {
        var finding = Assert.Single(Analyze("README.md", "Run the \u202Etpircs\u2069 first.\n", Rule));
        Assert.Equal(Severity.Medium, finding.Severity);
    }

    [Fact]
    public void Right_to_left_prose_with_balanced_isolates_is_silent()
    {
        // Hebrew sentence with an English product name wrapped in LRI...PDI, and Arabic with FSI...PDI.
        var text = "# \u05E9\u05DC\u05D5\u05DD\n\n\u05D4\u05EA\u05E7\u05E0\u05EA \u2066Pairguard\u2069 \u05E7\u05DC\u05D4.\n\n\u0645\u0631\u062D\u0628\u0627 \u2068v1.2\u2069 \u0628\u0643\u0645\n";
        Assert.Empty(Analyze("docs/he.md", text));
    }

    [Fact]
    public void Right_to_left_marks_in_rtl_prose_are_silent()
    {
        var text = "\u05D2\u05E8\u05E1\u05D4 3.1\u200F \u05D6\u05DE\u05D9\u05E0\u05D4\n\u0627\u0644\u0625\u0635\u062F\u0627\u0631\u061C 2\n";
        Assert.Empty(Analyze("docs/notes.md", text));
    }

    [Fact]
    public void Mark_inside_an_arabic_string_in_code_is_silent()
    {
        Assert.Empty(Analyze("i18n.py", "GREETING = \"\u0645\u0631\u062D\u0628\u0627\u200F!\"\n"));
    }

    [Fact]
    public void Mark_on_an_ascii_line_of_code_is_reported_as_a_mark()
    {
        var finding = Assert.Single(Analyze("auth.py", "if role == \"admin\u200E\":\n"));
        Assert.Equal(MarkRule, finding.RuleId);
        Assert.Equal(Severity.Medium, finding.Severity);
        Assert.Equal("mark", finding.Properties["class"]);
    }

    [Fact]
    public void Lone_mark_in_ascii_prose_is_low()
    {
        var finding = Assert.Single(Analyze("README.md", "Version 1.0\u200F is out.\n"));
        Assert.Equal(MarkRule, finding.RuleId);
        Assert.Equal(Severity.Low, finding.Severity);
    }

    [Fact]
    public void Message_never_contains_raw_controls()
    {
        var finding = Assert.Single(Analyze("a.c", "/*\u202E*/\n", Rule));
        Assert.DoesNotContain('\u202E', finding.Message);
        Assert.DoesNotContain('\u202E', finding.Snippet!);
    }
}
