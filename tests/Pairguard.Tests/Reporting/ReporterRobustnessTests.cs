using Pairguard.Reporting;
using Pairguard.Scanning;

namespace Pairguard.Tests.Reporting;

/// <summary>Hostile and degenerate finding data must never crash a reporter, and SARIF must stay schema-valid.</summary>
public class ReporterRobustnessTests
{
    private static readonly string[] Pieces =
    [
        "", " ", "plain", "[red]", "[/]", "[[", "]]", "\u001b[2J", "\r\n", "\n", "\r", "\t", "\u202E", "\u200B", "\uFEFF",
        char.ConvertFromUtf32(0xE0041), char.ConvertFromUtf32(0x1F680), "\uD800", "\uDC00", "é日本", "\"quoted\"", "\\", "<script>",
        "%SRCROOT%", "#", "?", "../..", new string('x', 3000),
    ];

    private static string RandomText(Random rng, int parts) =>
        string.Concat(Enumerable.Range(0, parts).Select(_ => Pieces[rng.Next(Pieces.Length)]));

    private static Location RandomLocation(Random rng) => new(
        RandomText(rng, 2).Replace("\n", "", StringComparison.Ordinal) + "/f.py",
        rng.Next(-2, 5000),
        rng.Next(-2, 300),
        rng.Next(-2, 5000),
        rng.Next(-2, 300));

    private static ScanResult RandomResult(int seed)
    {
        var rng = new Random(seed);
        var findings = Enumerable.Range(0, 60).Select(i => new Finding
        {
            RuleId = "rule." + rng.Next(5) + RandomText(rng, 1),
            Title = RandomText(rng, 3),
            Message = RandomText(rng, 6),
            Severity = (Severity)rng.Next(5),
            Confidence = (Confidence)rng.Next(3),
            Cwe = Enumerable.Range(0, rng.Next(4)).Select(_ => rng.Next(1, 1500)).ToList(),
            Owasp = rng.Next(2) == 0 ? null : RandomText(rng, 2),
            Analyzer = RandomText(rng, 1),
            Location = rng.Next(10) == 0 ? new Location("", 0, 0, 0, 0) : RandomLocation(rng),
            Snippet = rng.Next(3) == 0 ? null : RandomText(rng, 8),
            Fix = rng.Next(2) == 0 ? null : RandomText(rng, 5),
            Fingerprint = rng.Next(5) == 0 ? "" : i.ToString("x32", System.Globalization.CultureInfo.InvariantCulture),
            Suppression = rng.Next(4) switch
            {
                0 => new Suppression(Suppression.InSource, RandomText(rng, 2), RandomLocation(rng)),
                1 => new Suppression(Suppression.Baseline, null),
                _ => null,
            },
            Trace = Enumerable.Range(0, rng.Next(3)).Select(_ => new TraceStep(RandomText(rng, 1), RandomText(rng, 3), RandomLocation(rng), RandomText(rng, 2))).ToList(),
            Properties = Enumerable.Range(0, rng.Next(3)).ToDictionary(k => "k" + k + RandomText(rng, 1), _ => RandomText(rng, 2)),
        }).ToList();
        var diagnostics = Enumerable.Range(0, 20)
            .Select(_ => new Diagnostic((DiagnosticKind)rng.Next(5), rng.Next(5) == 0 ? "" : RandomText(rng, 2), RandomText(rng, 3), rng.Next(2) == 0 ? null : "x"))
            .ToList();
        return new ScanResult
        {
            Findings = findings,
            Diagnostics = diagnostics,
            Rules = [],
            Stats = new ScanStats(),
            BaseDirectory = OperatingSystem.IsWindows() ? @"C:\base dir" : "/base dir",
        };
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Hostile_data_never_crashes_a_reporter_and_SARIF_stays_valid(int seed)
    {
        var result = RandomResult(seed);

        foreach (var color in new[] { false, true })
        {
            var text = ReportFixtures.Render(new TextReporter(), result, new ReportOptions { Color = color, IncludeSuppressed = true, Width = 80 });
            Assert.Contains("Summary", text);
            Assert.DoesNotContain('\u202E', text);
            if (!color)
            {
                Assert.DoesNotContain('\u001b', text);
            }
        }

        var json = ReportFixtures.Render(new JsonReporter(), result, new ReportOptions { IncludeSuppressed = true });
        Assert.Equal(result.Findings.Count, JsonReport.Parse(json).Findings.Count);

        var sarif = ReportFixtures.Render(new SarifReporter(), result);
        var errors = SarifSchemaFile.Schema.Validate(sarif);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Kind} at {e.Path}")));
    }
}
