using Pairguard.Configuration;
using Pairguard.Scanning;
using Pairguard.Tests.Support;

namespace Pairguard.Tests.Scanning;

public class ScannerTests
{
    [Fact]
    public async Task OrderIsDeterministicAcrossRunsAndJobCounts()
    {
        using var tree = new TestTree();
        for (var i = 0; i < 30; i++)
        {
            tree.Write($"d{i % 3}/f{i}.txt", string.Concat(Enumerable.Repeat("DANGER ", i % 4 + 1)) + "\nDANGER\n");
        }

        var one = await Scans.Run(Scans.Request(tree.Root) with { Jobs = 1 }, new MarkerAnalyzer());
        var many = await Scans.Run(Scans.Request(tree.Root) with { Jobs = 8 }, new MarkerAnalyzer());
        var keys = one.Findings.Select(f => $"{f.Location}|{f.Fingerprint}").ToList();
        Assert.Equal(keys, many.Findings.Select(f => $"{f.Location}|{f.Fingerprint}"));
        Assert.Equal(keys.Order(StringComparer.Ordinal).Count(), keys.Count);
        Assert.Equal(one.Findings.Select(f => f.Location.Path).ToList(), one.Findings.Select(f => f.Location.Path).OrderBy(p => p, StringComparer.Ordinal).ToList());
    }

    [Fact]
    public async Task UncooperativeAnalyzerIsAbandonedAfterTheBudget_OtherFilesGoOn()
    {
        using var tree = new TestTree();
        tree.Write("slow.py", "DANGER\n");
        tree.Write("fast.py", "DANGER\n");
        // the budget is far below the hanging analyzer's 30 s, and far above what the marker needs even while the whole suite runs
        // on two cores (at 200 ms, fast.py's marker was itself abandoned now and then, waiting for a thread)
        var request = Scans.Request(tree.Root) with { PerFileTimeout = TimeSpan.FromSeconds(2) };
        var result = await Scans.Run(request, new HangingAnalyzer(), new MarkerAnalyzer());
        var timeout = Assert.Single(result.Diagnostics, d => d.Kind == DiagnosticKind.Timeout && d.Analyzer == "hanging");
        Assert.Equal("slow.py", timeout.Path);
        Assert.All(result.Diagnostics, d => Assert.Equal("slow.py", d.Path));
        Assert.Contains(result.Findings, f => f.Location.Path == "fast.py");
    }

    [Fact]
    public async Task CooperativeAnalyzerIsCancelledAtTheBudget()
    {
        using var tree = new TestTree();
        tree.Write("slow.py", "x\n");
        var request = Scans.Request(tree.Root) with { PerFileTimeout = TimeSpan.FromMilliseconds(100) };
        var result = await Scans.Run(request, new CooperativeSlowAnalyzer());
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticKind.Timeout, d.Kind);
        Assert.Equal("cooperative", d.Analyzer);
    }

    [Fact]
    public async Task AnalyzerExceptionBecomesADiagnostic()
    {
        using var tree = new TestTree();
        tree.Write("boom.py", "DANGER\n");
        tree.Write("ok.py", "DANGER\n");
        var result = await Scans.Run(tree.Root, new ThrowingAnalyzer(), new MarkerAnalyzer());
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticKind.AnalyzerError, d.Kind);
        Assert.Equal("boom.py", d.Path);
        Assert.Contains("analyzer bug", d.Message);
        Assert.Equal(2, result.Findings.Count);
    }

    [Fact]
    public async Task ConfigurationDisablesRulesAndAnalyzersAndOverridesSeverity()
    {
        using var tree = new TestTree();
        tree.Write("a.py", "DANGER\n");
        var lowered = ConfigLoader.Parse("rules:\n  test.*: low\n", "c");
        var result = await Scans.Run(Scans.Request(tree.Root, lowered), new MarkerAnalyzer());
        Assert.Equal(Severity.Low, Assert.Single(result.Findings).Severity);
        Assert.False(result.HasFindingsAtOrAbove(Severity.Medium));
        Assert.True(result.HasFindingsAtOrAbove(Severity.Low));

        var ruleOff = await Scans.Run(Scans.Request(tree.Root, ConfigLoader.Parse("rules:\n  test.marker: off\n", "c")), new MarkerAnalyzer());
        Assert.Empty(ruleOff.Findings);

        var analyzerOff = await Scans.Run(Scans.Request(tree.Root, ConfigLoader.Parse("analyzers:\n  marker: off\n", "c")), new MarkerAnalyzer());
        Assert.Empty(analyzerOff.Findings);
        Assert.DoesNotContain(analyzerOff.Rules, r => r.Id == MarkerAnalyzer.RuleId);
    }

    [Fact]
    public async Task SnippetIsTheMatchedLineAndStatsAreCounted()
    {
        using var tree = new TestTree();
        tree.Write("a.py", "first\n  x = DANGER\n");
        var result = await Scans.Run(tree.Root, new MarkerAnalyzer());
        var f = Assert.Single(result.Findings);
        Assert.Equal("  x = DANGER", f.Snippet);
        Assert.Equal(new Location("a.py", 2, 7, 2, 13), f.Location);
        Assert.Equal(1, result.Stats.FilesAnalyzed);
        Assert.Equal(19, result.Stats.BytesAnalyzed);
    }

    [Fact]
    public async Task ExplicitInMemoryFilesAreScannedInsteadOfTheDisk()
    {
        using var tree = new TestTree();
        tree.Write("a.py", "clean\n");
        var request = Scans.Request(tree.Root) with { ExplicitFiles = [WorkspaceFile.InMemory("a.py", "x = DANGER\n"u8.ToArray())] };
        var result = await Scans.Run(request, new MarkerAnalyzer());
        Assert.Equal("a.py", Assert.Single(result.Findings).Location.Path);
    }
}
