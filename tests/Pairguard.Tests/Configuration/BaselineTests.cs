using Pairguard.Configuration;
using Pairguard.Scanning;
using Pairguard.Tests.Support;

namespace Pairguard.Tests.Configuration;

public class BaselineTests
{
    [Fact]
    public async Task FindingSurvivesLinesInsertedAbove_NewFindingIsReported()
    {
        using var tree = new TestTree();
        tree.Write("app.py", "import os\n\ndef f():\n    return DANGER\n");
        var first = await Scans.Run(tree.Root, new MarkerAnalyzer());
        var baseline = Baseline.Parse(Baseline.FromFindings(first.Findings).ToJson(), "b.json");
        Assert.Single(baseline.Entries);

        tree.Write("app.py", "import os\nimport sys\n# a comment\n\ndef f():\n    return DANGER\n\ndef g():\n    return DANGER + 1\n");
        var request = Scans.Request(tree.Root) with { Baseline = baseline };
        var second = await Scans.Run(request, new MarkerAnalyzer());

        Assert.Equal(2, second.Findings.Count);
        var old = second.Findings.Single(f => f.Location.StartLine == 6);
        Assert.Equal(Suppression.Baseline, old.Suppression?.Kind);
        var fresh = Assert.Single(second.Active);
        Assert.Equal(9, fresh.Location.StartLine);
        Assert.Equal(1, second.BaselinedCount);
    }

    [Fact]
    public void FileIsStableSortedAndDiffFriendly()
    {
        var a = new Baseline([new BaselineEntry("ff", "r.b", "z.py"), new BaselineEntry("aa", "r.a", "a.py"), new BaselineEntry("bb", "r.a", "a.py"), new BaselineEntry("aa", "r.a", "a.py")]);
        var b = new Baseline([new BaselineEntry("bb", "r.a", "a.py"), new BaselineEntry("aa", "r.a", "a.py"), new BaselineEntry("ff", "r.b", "z.py")]);
        Assert.Equal(a.ToJson(), b.ToJson());
        Assert.Equal(["aa", "bb", "ff"], a.Entries.Select(e => e.Fingerprint));
        Assert.DoesNotContain("\r", a.ToJson());
        Assert.Contains("\n  \"findings\": [\n", a.ToJson());
        Assert.EndsWith("\n", a.ToJson());
        Assert.Equal(a.ToJson(), Baseline.Parse(a.ToJson(), "x").ToJson());
    }

    [Theory]
    [InlineData("{ not json", "invalid baseline JSON")]
    [InlineData("{\"version\": 1}", "no 'findings' list")]
    [InlineData("{\"version\": 7, \"findings\": []}", "unsupported baseline version 7")]
    [InlineData("{\"version\": 1, \"findings\": [{\"ruleId\": \"a\", \"path\": \"b\"}]}", "no 'fingerprint'")]
    public void MalformedBaselineIsAClearError(string json, string expected)
    {
        var e = Assert.Throws<ConfigException>(() => Baseline.Parse(json, "base.json"));
        Assert.Contains("base.json", e.Message);
        Assert.Contains(expected, e.Message);
    }
}
