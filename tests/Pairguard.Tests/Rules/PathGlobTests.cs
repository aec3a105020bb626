using Pairguard.Rules;

namespace Pairguard.Tests.Rules;

public class PathGlobTests
{
    [Theory]
    [InlineData("tests/**", "tests/a/b.py", true)]
    [InlineData("tests/", "src/tests/b.py", true)]
    [InlineData("tests", "src/tests/b.py", true)]
    [InlineData("/tests", "src/tests/b.py", false)]
    [InlineData("*.min.js", "web/app.min.js", true)]
    [InlineData("*.min.js", "web/app.js", false)]
    [InlineData("src/**/*.py", "src/a/b/c.py", true)]
    [InlineData("src/**/*.py", "lib/a.py", false)]
    public void MatchesFilesAndFoldersAboveThem(string glob, string path, bool expected) => Assert.Equal(expected, PathGlob.IsMatch(glob, path));

    [Fact]
    public void RulePathsExcludeSkipsTheFile()
    {
        var body = "pattern: eval($X)\npaths:\n  exclude: [\"tests/\"]";
        Assert.Equal([1], EngineHarness.Lines(Pairguard.Scanning.Languages.Python, body, "eval(x)\n"));
        var yaml = "rules:\n  - id: t\n    message: m\n    severity: LOW\n    languages: [python]\n    pattern: eval($X)\n    paths:\n      exclude: [\"tests/\"]\n";
        var rules = RuleLoader.Parse(yaml, "t.yaml").Rules;
        var analyzer = new RuleAnalyzer(rules, Pairguard.Syntax.TreeSitterSyntaxProvider.Instance);
        Assert.Empty(analyzer.Run(Pairguard.Scanning.SourceFile.FromText("tests/t.py", "eval(x)\n"), CancellationToken.None));
        Assert.Single(analyzer.Run(Pairguard.Scanning.SourceFile.FromText("app/t.py", "eval(x)\n"), CancellationToken.None));
    }
}
