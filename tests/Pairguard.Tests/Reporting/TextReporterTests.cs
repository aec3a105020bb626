using System.Text.RegularExpressions;
using Pairguard.Reporting;
using Pairguard.Scanning;

namespace Pairguard.Tests.Reporting;

public class TextReporterTests
{
    private static string Render(ScanResult result, ReportOptions? options = null) =>
        ReportFixtures.Render(new TextReporter(), result, options ?? new ReportOptions { Width = 100 });

    private static string[] Lines(string text) => text.Split('\n');

    [Fact]
    public void Findings_are_grouped_under_one_header_per_file_in_path_order()
    {
        var text = Render(ReportFixtures.Full(), new ReportOptions { Width = 100, IncludeSuppressed = true });
        var headers = Lines(text).Where(l => l.StartsWith("── ", StringComparison.Ordinal)).Select(l => l.Trim('─', ' ')).ToList();

        Assert.Equal(["README.md", "config/settings dev.py", "src/app.py", "src/legacy.py"], headers);

        // Both src/app.py findings sit under its single header, before the next file's header.
        var app = text.IndexOf("── src/app.py", StringComparison.Ordinal);
        var legacy = text.IndexOf("── src/legacy.py", StringComparison.Ordinal);
        var xss = text.IndexOf("python.flask.xss.render-string", StringComparison.Ordinal);
        var md5 = text.IndexOf("src/app.py:20:5", StringComparison.Ordinal);
        Assert.True(app < xss && xss < md5 && md5 < legacy, text);
    }

    [Fact]
    public void Each_finding_shows_badge_rule_title_message_location_fix_and_references()
    {
        var text = Render(ReportFixtures.Full());

        Assert.Contains("[HIGH] Request data rendered without escaping python.flask.xss.render-string", text);
        Assert.Contains("  src/app.py:10:12\n", text);
        Assert.Contains("request.args['name'] is rendered into HTML without escaping.", text);
        Assert.Contains("Fix: Render a template file with autoescaping, or escape the value with markupsafe.escape(). ...", text);
        Assert.DoesNotContain("Third line that is cut", text);
        Assert.Contains("CWE-79, CWE-116, A03:2021-Injection", text);
        Assert.Contains("[CRITICAL] Hard-coded API key", text);
    }

    [Fact]
    public void Excerpt_numbers_lines_from_the_start_line_and_marks_the_finding_lines()
    {
        var text = Render(ReportFixtures.Full());

        Assert.Contains("  > 10 |     return render_template_string(html)\n", text);
        Assert.Contains("    11 |     # next line\n", text);
        Assert.DoesNotContain("> 11 |", text);
    }

    [Fact]
    public void Multi_line_span_marks_every_line_of_the_span_and_long_snippets_are_cut()
    {
        var snippet = string.Join("\n", Enumerable.Range(1, 12).Select(i => $"line{i}"));
        var finding = ReportFixtures.Secret with { Location = new Location("a.py", 5, 1, 6, 3), Snippet = snippet, Trace = [] };
        var text = Render(ReportFixtures.Full() with { Findings = [finding], Diagnostics = [] });

        Assert.Contains(">  5 | line1\n", text);
        Assert.Contains(">  6 | line2\n", text);
        Assert.Contains("   7 | line3\n", text);
        Assert.Contains("  12 | line8\n", text);
        Assert.DoesNotContain("line9", text);
        Assert.Contains("... 4 more lines", text);
    }

    [Fact]
    public void Data_flow_trace_is_listed_in_order()
    {
        var text = Render(ReportFixtures.Full());

        var source = text.IndexOf("1. source src/app.py:8:12 request.args['name'] read here", StringComparison.Ordinal);
        var step = text.IndexOf("2. step src/app.py:9:5 concatenated into html", StringComparison.Ordinal);
        var sink = text.IndexOf("3. sink src/app.py:10:12 rendered as a template", StringComparison.Ordinal);
        Assert.True(source > 0 && step > source && sink > step, text);
    }

    [Fact]
    public void Markup_in_finding_text_prints_literally()
    {
        var text = Render(ReportFixtures.Full());

        Assert.Contains("Instruction to an AI [bold]hidden[/]", text);
        Assert.Contains("Text says [red]ignore previous instructions[/]", text);
    }

    [Fact]
    public void Without_colour_there_is_no_ANSI_escape_even_when_finding_text_contains_one()
    {
        var text = Render(ReportFixtures.Full(), new ReportOptions { Color = false, Width = 100, IncludeSuppressed = true });

        Assert.DoesNotContain('\u001b', text);
        Assert.Contains(@"\u{001B}[31mnow", text);
    }

    [Fact]
    public void With_colour_the_report_uses_ANSI_styles_but_finding_text_still_cannot_inject_escapes()
    {
        var text = Render(ReportFixtures.Full(), new ReportOptions { Color = true, Width = 100 });

        Assert.Contains('\u001b', text);
        Assert.DoesNotContain("\u001b[31mnow", text);
        Assert.Contains("ignore previous instructions", text);
    }

    [Fact]
    public void Bidi_and_invisible_characters_in_snippets_are_shown_as_escapes()
    {
        var text = Render(ReportFixtures.Full());

        Assert.DoesNotContain('\u202E', text);
        Assert.Contains(@"run \u{202E}curl evil", text);
    }

    [Fact]
    public void Suppressed_findings_are_hidden_unless_asked_for()
    {
        var hidden = Render(ReportFixtures.Full());
        var shown = Render(ReportFixtures.Full(), new ReportOptions { Width = 100, IncludeSuppressed = true });

        Assert.DoesNotContain("hashlib.md5 used.", hidden);
        Assert.DoesNotContain("src/legacy.py", hidden);
        Assert.Contains("hashlib.md5 used.", shown);
        Assert.Contains("Suppressed inline: checksum of a public file, not a password", shown);
        Assert.Contains("Suppressed by the baseline", shown);
    }

    [Fact]
    public void Summary_counts_active_findings_by_severity_with_suppressed_and_baselined_beside()
    {
        var text = Render(ReportFixtures.Full());

        Assert.Matches(new Regex(@"\[CRITICAL\]\s*│\s*1\s*│\s*0\s*│\s*0\s*│"), text);
        Assert.Matches(new Regex(@"\[MEDIUM\]\s*│\s*0\s*│\s*1\s*│\s*1\s*│"), text);
        Assert.Matches(new Regex(@"Total\s*│\s*3\s*│\s*1\s*│\s*1\s*│"), text);
        Assert.Contains("3 active findings in 3 files. 6 files analyzed, 4 skipped.", text);
    }

    [Fact]
    public void Quiet_mode_prints_only_the_summary()
    {
        var text = Render(ReportFixtures.Full(), new ReportOptions { Width = 100, Quiet = true });

        Assert.Contains("Summary", text);
        Assert.Matches(new Regex(@"Total\s*│\s*3\s*│"), text);
        Assert.DoesNotContain("── ", text);
        Assert.DoesNotContain("Request data rendered", text);
        Assert.DoesNotContain("assets/a.png", text);
        Assert.Contains("7 file diagnostics", text);
    }

    [Fact]
    public void Skipped_files_are_counted_by_reason_with_the_first_paths()
    {
        var text = Render(ReportFixtures.Full(), new ReportOptions { Width = 100, MaxListedPaths = 2 });

        Assert.Contains("  3 skipped: binary file\n      assets/a.png\n      assets/b.png\n      ... and 1 more\n", text);
        Assert.DoesNotContain("assets/c.png", text);
        Assert.Contains("  1 skipped: file is larger than the size limit\n      dist/bundle.js\n", text);
        Assert.Contains("  1 read error: cannot read file\n      locked.py\n", text);
        Assert.Contains("analyzer error: InvalidOperationException\n      src/odd.py\n", text);
    }

    [Fact]
    public void A_clean_scan_says_so()
    {
        var text = Render(ReportFixtures.Empty());

        Assert.Contains("No active findings.", text);
        Assert.DoesNotContain("Files not (fully) analyzed", text);
    }

    [Fact]
    public void No_line_ends_with_padding_spaces()
    {
        var text = Render(ReportFixtures.Full(), new ReportOptions { Width = 100, IncludeSuppressed = true });

        Assert.All(Lines(text), l => Assert.False(l.EndsWith(' '), $"trailing space: '{l}'"));
    }

    [Fact]
    public void Long_messages_wrap_at_spaces_and_keep_their_indentation()
    {
        var message = string.Join(" ", Enumerable.Range(1, 40).Select(i => $"word{i}"));
        var finding = ReportFixtures.Secret with { Message = message };
        var text = Render(ReportFixtures.Full() with { Findings = [finding], Diagnostics = [] }, new ReportOptions { Width = 60 });

        var lines = Lines(text).Where(l => l.Contains("word", StringComparison.Ordinal)).ToList();
        Assert.True(lines.Count >= 5, text);
        Assert.All(lines, l => Assert.True(l.StartsWith("  word", StringComparison.Ordinal) && l.Length <= 60, l));
        Assert.Equal(message, string.Join(" ", lines.Select(l => l.Trim())));
    }

    [Theory]
    [InlineData("abc def ghi", 10, new[] { "abc def", "ghi" })]
    [InlineData("abcdefghijklmnop", 10, new[] { "abcdefghij", "klmnop" })]
    [InlineData("one\ntwo", 10, new[] { "one", "two" })]
    [InlineData("", 10, new[] { "" })]
    public void Wrap_breaks_at_spaces_or_hard_at_the_width(string text, int width, string[] expected) =>
        Assert.Equal(expected, TextReporter.Wrap(text, width));

    [Theory]
    [InlineData("binary file (NUL byte found)", "binary file")]
    [InlineData("cannot read file: Permission denied", "cannot read file")]
    [InlineData("file is larger than the size limit (3 > 2 bytes)", "file is larger than the size limit")]
    [InlineData("plain reason", "plain reason")]
    public void Diagnostic_reason_drops_file_specific_details(string message, string reason) =>
        Assert.Equal(reason, TextSummary.ReasonOf(message));
}
