using Pairguard.Scanning;
using Pairguard.Tests.Support;

namespace Pairguard.Tests.Scanning;

public class FingerprintTests
{
    [Fact]
    public void IgnoresWhitespaceButNotContent()
    {
        Assert.Equal(Fingerprint.Compute("r", "a.py", "x  =\tDANGER", null, 0), Fingerprint.Compute("r", "a.py", "  x = DANGER\r\n", null, 0));
        Assert.NotEqual(Fingerprint.Compute("r", "a.py", "x = DANGER", null, 0), Fingerprint.Compute("r", "a.py", "y = DANGER", null, 0));
        Assert.NotEqual(Fingerprint.Compute("r", "a.py", "x", null, 0), Fingerprint.Compute("r2", "a.py", "x", null, 0));
        Assert.NotEqual(Fingerprint.Compute("r", "a.py", "x", null, 0), Fingerprint.Compute("r", "b.py", "x", null, 0));
        Assert.NotEqual(Fingerprint.Compute("r", "a.py", "x", "f", 0), Fingerprint.Compute("r", "a.py", "x", "g", 0));
        Assert.NotEqual(Fingerprint.Compute("r", "a.py", "x", null, 0), Fingerprint.Compute("r", "a.py", "x", null, 1));
        Assert.Equal(32, Fingerprint.Compute("r", "a", "x", null, 0).Length);
    }

    [Fact]
    public async Task StableWhenLinesAreAddedAboveOrFileIsReindented()
    {
        using var tree = new TestTree();
        tree.Write("a.py", "def f():\n    q = DANGER\n    r = DANGER\n");
        var before = (await Scans.Run(tree.Root, new MarkerAnalyzer())).Findings.Select(f => f.Fingerprint).ToList();
        tree.Write("a.py", "\n\n# header\nimport os\ndef f():\n        q = DANGER\n        r = DANGER\n");
        var after = (await Scans.Run(tree.Root, new MarkerAnalyzer())).Findings.Select(f => f.Fingerprint).ToList();
        Assert.Equal(2, before.Count);
        Assert.Equal(before, after);
        Assert.NotEqual(before[0], before[1]);
    }

    [Fact]
    public async Task IdenticalLinesGetDistinctFingerprints()
    {
        using var tree = new TestTree();
        tree.Write("a.py", "x = DANGER\nx = DANGER\n");
        var result = await Scans.Run(tree.Root, new MarkerAnalyzer());
        Assert.Equal(2, result.Findings.Select(f => f.Fingerprint).Distinct().Count());
    }
}
