using System.Text.Json;
using Pairguard.Reporting;
using Pairguard.Scanning;

namespace Pairguard.Tests.Reporting;

public class JsonReporterTests
{
    private static string Write(ScanResult result, bool includeSuppressed = true) =>
        ReportFixtures.Render(new JsonReporter(), result, new ReportOptions { IncludeSuppressed = includeSuppressed });

    private static void AssertSameLocation(Location expected, Location actual) => Assert.Equal(expected, actual);

    private static void AssertSameFinding(Finding expected, Finding actual)
    {
        Assert.Equal(expected.RuleId, actual.RuleId);
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Message, actual.Message);
        Assert.Equal(expected.Severity, actual.Severity);
        Assert.Equal(expected.Confidence, actual.Confidence);
        Assert.Equal(expected.Cwe, actual.Cwe);
        Assert.Equal(expected.Owasp, actual.Owasp);
        Assert.Equal(expected.Analyzer, actual.Analyzer);
        AssertSameLocation(expected.Location, actual.Location);
        Assert.Equal(expected.Snippet, actual.Snippet);
        Assert.Equal(expected.Fix, actual.Fix);
        Assert.Equal(expected.HelpUri, actual.HelpUri);
        Assert.Equal(expected.Context, actual.Context);
        Assert.Equal(expected.Fingerprint, actual.Fingerprint);
        Assert.Equal(expected.Suppression, actual.Suppression);
        Assert.Equal(expected.Trace, actual.Trace);
        Assert.Equal(expected.Properties.OrderBy(p => p.Key), actual.Properties.OrderBy(p => p.Key));
    }

    [Fact]
    public void Write_then_parse_gives_back_the_same_findings_diagnostics_and_rules()
    {
        var result = ReportFixtures.Full();
        var report = JsonReport.Parse(Write(result));

        Assert.Equal(result.Findings.Count, report.Findings.Count);
        foreach (var (expected, actual) in result.Findings.Zip(report.Findings))
        {
            AssertSameFinding(expected, actual.ToFinding());
        }

        Assert.Equal(result.Diagnostics, report.Diagnostics.Select(d => d.ToDiagnostic()));
        Assert.Equal(["python.crypto.md5", "python.flask.xss.render-string", "secrets.generic.api-key"], report.Rules.Select(r => r.Id));
        var xss = report.Rules.Single(r => r.Id == ReportFixtures.XssRule.Id).ToRuleDescriptor();
        Assert.Equal(ReportFixtures.XssRule.Cwe, xss.Cwe);
        Assert.Equal(ReportFixtures.XssRule.Languages, xss.Languages);
        Assert.Equal(ReportFixtures.XssRule with { Cwe = xss.Cwe, Languages = xss.Languages, Tags = xss.Tags }, xss);
        Assert.Equal(ReportFixtures.XssRule.Tags, xss.Tags);
        Assert.Equal(result.BaseDirectory, report.BaseDirectory);
        Assert.Equal(new JsonStats { FilesDiscovered = 12, FilesAnalyzed = 6, FilesSkipped = 4, BytesAnalyzed = 12345, DurationMs = 321 }, report.Stats);
    }

    [Fact]
    public void Two_writes_of_the_same_result_are_byte_identical_whatever_the_property_insertion_order()
    {
        var result = ReportFixtures.Full();
        var reordered = result with
        {
            Findings = result.Findings.Select(f => f with { Properties = f.Properties.Reverse().ToDictionary() }).ToList(),
        };

        var first = Write(result);
        Assert.Equal(first, Write(result));
        Assert.Equal(first, Write(reordered));
        Assert.True(first.IndexOf("\"engine\"", StringComparison.Ordinal) < first.IndexOf("\"framework\"", StringComparison.Ordinal));
        Assert.DoesNotContain('\r', first);
        Assert.EndsWith("}\n", first);
    }

    [Fact]
    public void Document_carries_schema_version_and_tool_and_uses_camel_case_and_lower_case_enums()
    {
        using var doc = JsonDocument.Parse(Write(ReportFixtures.Full()));
        var root = doc.RootElement;

        Assert.Equal(
            ["version", "tool", "baseDirectory", "summary", "stats", "findings", "diagnostics", "rules"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("1.0", root.GetProperty("version").GetString());
        Assert.Equal("Pairguard", root.GetProperty("tool").GetProperty("name").GetString());
        Assert.Equal("0.1.0", root.GetProperty("tool").GetProperty("version").GetString());

        var secret = root.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "secrets.generic.api-key");
        Assert.Equal("critical", secret.GetProperty("severity").GetString());
        Assert.Equal("medium", secret.GetProperty("confidence").GetString());
        Assert.Equal(3, secret.GetProperty("location").GetProperty("startLine").GetInt32());
        Assert.False(secret.TryGetProperty("suppression", out _));

        var kinds = root.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("kind").GetString()).Distinct();
        Assert.Equal(["skipped", "read-error", "analyzer-error"], kinds);
        var suppressionKinds = root.GetProperty("findings").EnumerateArray()
            .Where(f => f.TryGetProperty("suppression", out _))
            .Select(f => f.GetProperty("suppression").GetProperty("kind").GetString());
        Assert.Equal(["inline", "baseline"], suppressionKinds);
    }

    [Fact]
    public void Summary_counts_active_findings_and_suppressed_are_left_out_by_default()
    {
        var report = JsonReport.Parse(Write(ReportFixtures.Full(), includeSuppressed: false));

        Assert.Equal(new JsonSeverityCounts(1, 1, 0, 1, 0), report.Summary.Active);
        Assert.Equal(3, report.Summary.Total);
        Assert.Equal(1, report.Summary.Suppressed);
        Assert.Equal(1, report.Summary.Baselined);
        Assert.False(report.Summary.IncludesSuppressed);
        Assert.All(report.Findings, f => Assert.Null(f.Suppression));
        Assert.DoesNotContain(report.Rules, r => r.Id == "python.crypto.md5");
    }

    [Fact]
    public void Hidden_characters_are_escaped_in_the_JSON_text_and_survive_the_round_trip()
    {
        var json = Write(ReportFixtures.Full());

        Assert.DoesNotContain('\u202E', json);
        Assert.DoesNotContain('\u001b', json);
        var hostile = JsonReport.Parse(json).Findings.Single(f => f.RuleId == ReportFixtures.Hostile.RuleId);
        Assert.Equal(ReportFixtures.Hostile.Snippet, hostile.Snippet);
        Assert.Equal(ReportFixtures.Hostile.Message, hostile.Message);
    }

    [Theory]
    [InlineData("{\"version\":\"2.0\",\"tool\":{\"name\":\"Pairguard\",\"version\":\"9\"},\"baseDirectory\":\"/\",\"summary\":{\"active\":{\"critical\":0,\"high\":0,\"medium\":0,\"low\":0,\"info\":0}},\"stats\":{},\"findings\":[],\"diagnostics\":[],\"rules\":[]}", "unsupported")]
    [InlineData("{\"tool\":{\"name\":\"Pairguard\",\"version\":\"9\"}}", "not a Pairguard JSON report")]
    [InlineData("[1, 2", "not a Pairguard JSON report")]
    [InlineData("null", "not a Pairguard JSON report")]
    public void Parse_rejects_other_major_versions_and_malformed_input(string json, string expected)
    {
        var e = Assert.Throws<FormatException>(() => JsonReport.Parse(json));
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void Parse_accepts_a_newer_minor_version_with_unknown_fields()
    {
        var json = Write(ReportFixtures.Full()).Replace("\"version\": \"1.0\"", "\"version\": \"1.7\", \"futureField\": {\"x\": 1}", StringComparison.Ordinal);

        var report = JsonReport.Parse(json);

        Assert.Equal("1.7", report.Version);
        Assert.Equal(5, report.Findings.Count);
    }
}
