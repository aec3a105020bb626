using Pairguard.Tests.Support;

namespace Pairguard.Tests.Cli;

public class AutofixTests
{
    private const string Rule = """
        rules:
          - id: test.yaml-load
            languages: [python]
            severity: HIGH
            message: yaml.load without a safe loader
            pattern: yaml.load($X)
            fix: yaml.safe_load($X)
        """;

    [Fact]
    public async Task DryRunShowsTheDiffAndWritesNothing_AutofixWrites()
    {
        using var tree = new TestTree();
        var rule = tree.Write("rules/r.yaml", Rule);
        tree.Write("src/app.py", "import yaml\ncfg = yaml.load(text)\nother = yaml.load(b)\n");
        var dry = await CliRunner.Invoke("scan", Path.Combine(tree.Root, "src"), "--rules-only", rule, "--autofix", "--dry-run", "--fail-on", "never", "--format", "json", "--output", Path.Combine(tree.Root, "r.json"));
        Assert.Equal(0, dry.ExitCode);
        Assert.Contains("-yaml.load(text)", dry.Out);
        Assert.Contains("+yaml.safe_load(text)", dry.Out);
        Assert.Contains("2 fix(es) would be applied", dry.Err);
        Assert.Equal("import yaml\ncfg = yaml.load(text)\nother = yaml.load(b)\n", tree.Read("src/app.py"));

        var run = await CliRunner.Invoke("scan", Path.Combine(tree.Root, "src"), "--rules-only", rule, "--autofix", "--fail-on", "never", "--format", "json", "--output", Path.Combine(tree.Root, "r.json"));
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("import yaml\ncfg = yaml.safe_load(text)\nother = yaml.safe_load(b)\n", tree.Read("src/app.py"));
    }

    [Fact]
    public async Task DryRunWithoutAutofixIsAUsageError()
    {
        using var tree = new TestTree();
        var run = await CliRunner.Invoke("scan", tree.Root, "--dry-run");
        Assert.Equal(2, run.ExitCode);
    }
}
