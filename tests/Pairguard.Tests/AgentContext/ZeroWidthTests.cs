using Pairguard.Scanning;
using static Pairguard.Tests.AgentContext.HiddenUnicodeTestHelper;

namespace Pairguard.Tests.AgentContext;

public class ZeroWidthTests
{
    private const string Rule = "agent.hidden-unicode.zero-width";

    [Fact]
    public void Zero_width_space_inside_an_identifier_is_high()
    {
        var text = "def is_admin():\n    return True\n\ndef is_\u200Badmin():\n    return False\n";
        var finding = Assert.Single(Analyze("auth.py", text, Rule));
        Assert.Equal(4, finding.Location.StartLine);
        Assert.Equal(8, finding.Location.StartColumn);
        Assert.Equal(Severity.High, finding.Severity);
        Assert.Equal("word", finding.Properties["context"]);
        Assert.Contains("`is_\\u{200B}admin`", finding.Message);
        Assert.Equal("def is_\\u{200B}admin():", finding.Snippet);
    }

    [Fact]
    public void Zero_width_non_joiner_between_latin_letters_is_reported()
    {
        var finding = Assert.Single(Analyze("a.csx", "bool is\u200CAdmin() { return true; }\n", Rule));
        Assert.Equal("U+200C", finding.Properties["codepoints"]);
    }

    [Fact]
    public void Zero_width_joiner_between_latin_letters_is_reported()
    {
        Assert.Single(Analyze("a.js", "const tok\u200Den = 1;\n", Rule));
    }

    [Fact]
    public void A_run_is_grouped_into_one_finding()
    {
        var finding = Assert.Single(Analyze("a.js", "const key = 'ab\u200B\u200C\u200B\u200Ccd';\n", Rule));
        Assert.Equal("U+200B U+200C U+200B U+200C", finding.Properties["codepoints"]);
        Assert.Equal(16, finding.Location.StartColumn);
        Assert.Equal(20, finding.Location.EndColumn);
    }

    [Fact]
    public void Persian_zero_width_non_joiner_is_silent_in_prose_and_code()
    {
        // "mi-khaham" (I want) and "ketab-ha" (books): ZWNJ is required Persian orthography.
        const string persian = "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645 \u06A9\u062A\u0627\u0628\u200C\u0647\u0627";
        Assert.Empty(Analyze("docs/fa.md", persian + "\n"));
        Assert.Empty(Analyze("i18n.py", "TEXT = \"" + persian + "\"\n"));
    }

    [Fact]
    public void Indic_joiners_after_virama_are_silent()
    {
        // Devanagari KA + VIRAMA + ZWJ + SSA (half form), and Malayalam chillu with ZWJ; Bengali with ZWNJ.
        const string text = "\u0915\u094D\u200D\u0937 \u0D28\u0D4D\u200D \u0995\u09CD\u200C\u09B7\n";
        Assert.Empty(Analyze("hi.txt", text));
        Assert.Empty(Analyze("hi.py", "s = \"\u0915\u094D\u200D\u0937\"\n"));
    }

    [Fact]
    public void Emoji_zwj_sequences_are_silent()
    {
        // Technologist, rainbow flag (with VS16), family, heart on fire, woman health worker with skin tone.
        const string emoji = "\U0001F468\u200D\U0001F4BB \U0001F3F3\uFE0F\u200D\U0001F308 \U0001F468\u200D\U0001F469\u200D\U0001F467 \u2764\uFE0F\u200D\U0001F525 \U0001F469\U0001F3FD\u200D\u2695\uFE0F";
        Assert.Empty(Analyze("README.md", "Team: " + emoji + "\n"));
        Assert.Empty(Analyze("ui.tsx", "const label = \"" + emoji + "\";\n"));
    }

    [Fact]
    public void Thai_word_breaks_with_zero_width_space_are_silent()
    {
        Assert.Empty(Analyze("th.md", "\u0E20\u0E32\u0E29\u0E32\u200B\u0E44\u0E17\u0E22\n"));
    }

    [Fact]
    public void Byte_order_mark_at_file_start_is_silent_but_in_the_middle_is_reported()
    {
        Assert.Empty(Analyze("a.py", "\uFEFFimport os\n"));
        var finding = Assert.Single(Analyze("a.py", "import os\n\uFEFFimport sys\n", Rule));
        Assert.Equal(2, finding.Location.StartLine);
    }

    [Fact]
    public void Soft_hyphen_in_an_identifier_is_reported_but_in_prose_is_typography()
    {
        Assert.Single(Analyze("a.py", "pass\u00ADword = input()\n", Rule));
        Assert.Empty(Analyze("README.md", "An extra\u00ADordinarily long word.\n"));
    }

    [Fact]
    public void Hangul_filler_used_as_an_identifier_is_high()
    {
        var findings = Analyze("server.js", "const { timeout,\u3164} = req.query;\nexec(\u3164);\n", Rule);
        Assert.Equal([1, 2], findings.Select(f => f.Location.StartLine));
        Assert.All(findings, f => Assert.Equal(Severity.High, f.Severity));
        Assert.Single(Analyze("server.js", "exec(\uFFA0);\n", Rule));
    }

    [Fact]
    public void Conjoining_hangul_fillers_inside_jamo_sequences_are_silent()
    {
        // CHOSEONG FILLER + JUNGSEONG A, and CHOSEONG KIYEOK + JUNGSEONG FILLER.
        Assert.Empty(Analyze("ko.txt", "\u115F\u1161 \u1100\u1160\n"));
    }

    [Fact]
    public void Combining_grapheme_joiner_before_a_mark_is_silent_but_between_letters_is_reported()
    {
        Assert.Empty(Analyze("he.txt", "\u05D1\u05B0\u034F\u05B5\n"));
        Assert.Single(Analyze("a.rb", "def ad\u034Fmin; end\n", Rule));
    }

    [Fact]
    public void Other_invisible_characters_are_reported()
    {
        Assert.Single(Analyze("a.py", "x = f\u2060oo\n", Rule));
        Assert.Single(Analyze("a.py", "x = a\u2062b\n", Rule));
        Assert.Single(Analyze("a.py", "x = \"a\u180Eb\"\n", Rule));
    }

    [Fact]
    public void In_code_an_invisible_character_between_spaces_is_medium()
    {
        var finding = Assert.Single(Analyze("a.py", "if x == \" \u200B \":\n", Rule));
        Assert.Equal(Severity.Medium, finding.Severity);
        Assert.Equal("text", finding.Properties["context"]);
    }

    [Fact]
    public void In_prose_only_invisible_characters_inside_words_are_reported()
    {
        Assert.Empty(Analyze("README.md", "Line \u200B break hint.\n"));
        var finding = Assert.Single(Analyze("AGENTS.md", "Please ig\u200Bnore the tests.\n", Rule));
        Assert.Equal(Severity.Medium, finding.Severity);
    }

    [Fact]
    public void In_prose_a_run_at_a_word_edge_is_typography()
    {
        // Machine-translated text often carries ZWSP pairs after a space.
        Assert.Empty(Analyze("README-nl.md", "om een \u200B\u200Bsoftware-ingenieur te worden\n"));
        Assert.Single(Analyze("README-nl.md", "om een soft\u200B\u200Bware-ingenieur\n", Rule));
    }

    [Fact]
    public void Zero_width_space_between_japanese_or_chinese_characters_is_silent()
    {
        Assert.Empty(Analyze("README-ja.md", "\u898B\u7A4D\u3082\u308A\u306E\u200B\u200B\u969B\u306F 80/20\n"));
        Assert.Empty(Analyze("README-cn.md", "\u4E2D\u6587\u200B\u6587\u672C\n"));
    }

    [Fact]
    public void Soft_hyphen_in_code_outside_a_word_is_silent()
    {
        Assert.Empty(Analyze("data.bin.js", "x = [1,\u00AD 2];\n"));
    }
}
