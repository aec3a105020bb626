using Pairguard.Configuration;
using Pairguard.Scanning;
using Pairguard.Tests.Support;

namespace Pairguard.Tests.Configuration;

public class InlineSuppressionTests
{
    [Theory]
    [InlineData("app.py", "x = 1  # pairguard-ignore[test.marker]: fixture data")]
    [InlineData("app.js", "x = 1; // pairguard-ignore[test.marker]: fixture data")]
    [InlineData("app.cs", "/* pairguard-ignore[test.marker]: fixture data */")]
    [InlineData("README.md", "<!-- pairguard-ignore[test.marker]: fixture data -->")]
    [InlineData("q.sql", "-- pairguard-ignore[test.marker]: fixture data")]
    [InlineData("a.ini", "; pairguard-ignore[test.marker]: fixture data")]
    [InlineData("Dockerfile", "# pairguard-ignore[test.marker]: fixture data")]
    [InlineData("index.php", "// pairguard-ignore[test.marker]: fixture data")]
    public void RecognisedInEachCommentSyntax(string file, string line)
    {
        var found = InlineSuppressions.Find(SourceFile.FromText(file, "a\n" + line + "\n"));
        var d = Assert.Single(found);
        Assert.Equal(2, d.Line);
        Assert.Equal(["test.marker"], d.RuleIds);
        Assert.Equal("fixture data", d.Reason);
    }

    [Fact]
    public void MarkerOutsideACommentIsIgnored()
    {
        Assert.Empty(InlineSuppressions.Find(SourceFile.FromText("a.py", "s = 'pairguard-ignore[test.marker]: no'\n")));
    }

    [Fact]
    public void SeveralIdsAndNoReason()
    {
        var d = Assert.Single(InlineSuppressions.Find(SourceFile.FromText("a.py", "# pairguard-ignore[a.b, c.*]\n")));
        Assert.Equal(["a.b", "c.*"], d.RuleIds);
        Assert.Null(d.Reason);
        Assert.True(d.Covers("c.d"));
        Assert.False(d.Covers("e.f"));
    }

    [Fact]
    public async Task SuppressesOnSameLineAndLineAbove_AndKeepsTheFindingMarked()
    {
        using var tree = new TestTree();
        tree.Write("a.py", """
            x = DANGER  # pairguard-ignore[test.marker]: test data only
            # pairguard-ignore[test.marker]: reviewed, constant input
            y = DANGER
            z = DANGER
            """);
        var result = await Scans.Run(tree.Root, new MarkerAnalyzer());
        var markers = result.Findings.Where(f => f.RuleId == MarkerAnalyzer.RuleId).ToList();
        Assert.Equal(3, markers.Count);
        Assert.Equal(Suppression.InSource, markers[0].Suppression?.Kind);
        Assert.Equal("test data only", markers[0].Suppression?.Justification);
        Assert.Equal("reviewed, constant input", markers[1].Suppression?.Justification);
        Assert.Null(markers[2].Suppression);
        Assert.Equal(4, Assert.Single(result.Active).Location.StartLine);
    }

    [Fact]
    public async Task SuppressionWithoutReasonIsReportedLow()
    {
        using var tree = new TestTree();
        tree.Write("a.py", "x = DANGER  # pairguard-ignore[test.marker]\n");
        var result = await Scans.Run(tree.Root, new MarkerAnalyzer());
        Assert.NotNull(result.Findings.Single(f => f.RuleId == MarkerAnalyzer.RuleId).Suppression);
        var meta = Assert.Single(result.Active);
        Assert.Equal(ScannerRules.MissingReason.Id, meta.RuleId);
        Assert.Equal(Severity.Low, meta.Severity);
        Assert.Equal(1, meta.Location.StartLine);
    }

    [Fact]
    public async Task WrongRuleIdDoesNotSuppress_AndIsReportedAsUnusedOnRequest()
    {
        using var tree = new TestTree();
        tree.Write("a.py", "x = DANGER  # pairguard-ignore[test.other]: wrong id\n# pairguard-ignore[test.marker]: nothing here\n\nz = 1\n");
        var request = Scans.Request(tree.Root) with { ReportUnusedSuppressions = true };
        var result = await Scans.Run(request, new MarkerAnalyzer());
        Assert.Null(result.Findings.Single(f => f.RuleId == MarkerAnalyzer.RuleId).Suppression);
        var unused = result.Active.Where(f => f.RuleId == ScannerRules.Unused.Id).Select(f => f.Location.StartLine).ToList();
        Assert.Equal([1, 2], unused);

        var quiet = await Scans.Run(tree.Root, new MarkerAnalyzer());
        Assert.DoesNotContain(quiet.Findings, f => f.RuleId == ScannerRules.Unused.Id);
    }
}
