using Pairguard.Tests.Support;

namespace Pairguard.Tests.Cli;

public class ExitCodeTests
{
    private const string HiddenTag = "\U000E0041\U000E0042";

    [Fact]
    public async Task FindingsAtOrAboveTheThresholdExitOne()
    {
        using var tree = new TestTree();
        tree.Write("a.md", $"hello {HiddenTag}\n");
        Assert.Equal(1, (await CliRunner.Invoke("scan", tree.Root)).ExitCode);
        Assert.Equal(1, (await CliRunner.Invoke("scan", tree.Root, "--fail-on", "high")).ExitCode);
        Assert.Equal(0, (await CliRunner.Invoke("scan", tree.Root, "--fail-on", "critical")).ExitCode);
        Assert.Equal(0, (await CliRunner.Invoke("scan", tree.Root, "--fail-on", "never")).ExitCode);
    }

    [Fact]
    public async Task CleanTreeExitsZero()
    {
        using var tree = new TestTree();
        tree.Write("a.py", "print('hello')\n");
        var run = await CliRunner.Invoke("scan", tree.Root);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Err);
    }

    [Fact]
    public async Task ConfigFailOnAppliesUnlessTheFlagOverridesIt()
    {
        using var tree = new TestTree();
        tree.Write("a.md", $"hello {HiddenTag}\n");
        tree.Write(".pairguard.yml", "fail-on: critical\n");
        Assert.Equal(0, (await CliRunner.Invoke("scan", tree.Root)).ExitCode);
        Assert.Equal(1, (await CliRunner.Invoke("scan", tree.Root, "--fail-on", "medium")).ExitCode);
    }

    [Theory]
    [InlineData(new[] { "scan", "--format", "xml" }, "'xml'")]
    [InlineData(new[] { "scan", "--fail-on", "sometimes" }, "'sometimes'")]
    [InlineData(new[] { "scan", "--jobs", "0" }, "--jobs")]
    [InlineData(new[] { "scan", "--jobs", "many" }, "many")]
    [InlineData(new[] { "scan", "--max-file-size", "huge" }, "--max-file-size")]
    [InlineData(new[] { "scan", "--file-timeout", "-1" }, "--file-timeout")]
    [InlineData(new[] { "scan", "does-not-exist-anywhere" }, "path not found")]
    [InlineData(new[] { "scan", "--bogus" }, "--bogus")]
    [InlineData(new[] { "frobnicate" }, "frobnicate")]
    [InlineData(new[] { "scan", "--config", "no-such-config.yml" }, "configuration file not found")]
    [InlineData(new[] { "scan", "--baseline", "no-such-baseline.json" }, "cannot read baseline")]
    [InlineData(new[] { "scan", "--format", "json", "--format", "sarif" }, "only one report can go to standard output")]
    public async Task UsageErrorsExitTwoWithOneLine(string[] args, string expected)
    {
        using var tree = new TestTree();
        var full = args.Select(a => a == "does-not-exist-anywhere" ? Path.Combine(tree.Root, a) : a).ToList();
        if (full[0] == "scan" && !full.Skip(1).Any(a => !a.StartsWith('-') && (Directory.Exists(a) || a.Contains("does-not-exist"))))
        {
            full.Add(tree.Root);
        }

        var run = await CliRunner.Invoke([.. full]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Err);
        Assert.Single(run.Err.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("pairguard: ", run.Err);
    }

    [Fact]
    public async Task BadConfigExitsTwoNamingFileLineAndKey()
    {
        using var tree = new TestTree();
        tree.Write(".pairguard.yml", "version: 1\nrulez:\n  a: off\n");
        var run = await CliRunner.Invoke("scan", tree.Root);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(".pairguard.yml:2: unknown key 'rulez'", run.Err);
    }

    [Fact]
    public async Task HelpAndVersion()
    {
        var help = await CliRunner.Invoke("scan", "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("Examples:", help.Out);
        Assert.Contains("--fail-on", help.Out);
        var root = await CliRunner.Invoke("--help");
        Assert.Equal(0, root.ExitCode);
        Assert.Contains("scan", root.Out);
        Assert.Contains("baseline", root.Out);
        var version = await CliRunner.Invoke("--version");
        Assert.Equal(0, version.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", version.Out.Trim());
    }

    [Fact]
    public async Task BaselineCreateThenScanReportsOnlyNewFindings()
    {
        using var tree = new TestTree();
        tree.Write("a.md", $"old {HiddenTag}\n");
        var baselinePath = Path.Combine(tree.Root, "base.json");
        var create = await CliRunner.Invoke("baseline", "create", tree.Root, "--output", baselinePath);
        Assert.Equal(0, create.ExitCode);
        Assert.Contains("1 finding(s)", create.Out);

        var accepted = await CliRunner.Invoke("scan", tree.Root, "--baseline", baselinePath);
        Assert.Equal(0, accepted.ExitCode);
        Assert.Contains("1 finding(s) accepted by the baseline", accepted.Err);

        tree.Write("a.md", $"\n\nnew line above\nold {HiddenTag}\nnew {HiddenTag}\n");
        var again = await CliRunner.Invoke("scan", tree.Root, "--baseline", baselinePath);
        Assert.Equal(1, again.ExitCode);
    }

    [Fact]
    public async Task ReportsGoToTheirOwnFiles()
    {
        using var tree = new TestTree();
        tree.Write("src/a.md", $"x {HiddenTag}\n");
        var json = Path.Combine(tree.Root, "out", "r.json");
        var sarif = Path.Combine(tree.Root, "out", "r.sarif");
        var run = await CliRunner.Invoke("scan", Path.Combine(tree.Root, "src"), "--format", "json", "--output", json, "--format", "sarif", "-o", sarif, "--format", "text", "--fail-on", "never");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"ruleId\"", File.ReadAllText(json));
        Assert.Contains("2.1.0", File.ReadAllText(sarif));
        Assert.Contains("a.md", run.Out);
    }
}
