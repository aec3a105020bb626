using Pairguard.Rules.Testing;
using Pairguard.Syntax;

namespace Pairguard.Tests.Rules;

/// <summary>Semgrep's <c>STEM.fixed.EXT</c> files (expected autofix output) are not run as fixtures; every other <c>STEM.*</c> file is.</summary>
public sealed class AutofixOutputFixtureTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("pg-fixed-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void FixedFileIsSkippedAndTheAnnotatedFixtureStillRuns()
    {
        File.WriteAllText(Path.Combine(_dir, "use-sha.yaml"), "rules:\n  - id: use-sha\n    message: m\n    severity: LOW\n    languages: [python]\n    pattern: md5($X)\n    fix: sha256($X)\n");
        File.WriteAllText(Path.Combine(_dir, "use-sha.py"), "# ruleid: use-sha\nmd5(a)\n");
        // expected fix output: no annotations and an md5 call left, so it would fail if it were run as a fixture
        File.WriteAllText(Path.Combine(_dir, "use-sha.fixed.py"), "sha256(a)\nmd5(b)\n");
        File.WriteAllText(Path.Combine(_dir, "use-sha.protected.py"), "# ok: use-sha\nsha256(c)\n");

        var report = new RuleTestRunner(TreeSitterSyntaxProvider.Instance).Run(_dir);

        Assert.True(report.Passed, string.Join("\n", report.Problems.Concat(report.Results.Select(r => $"{r.Fixture}: {string.Join(',', r.Unexpected)}"))));
        Assert.Equal(["use-sha.protected.py", "use-sha.py"], report.Results.Select(r => Path.GetFileName(r.Fixture)).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("rule.fixed.py", "rule", true)]
    [InlineData("rule.py", "rule", false)]
    [InlineData("rule.fixedup.py", "rule", false)]
    [InlineData("other.fixed.py", "rule", false)]
    public void AutofixOutputIsRecognisedByItsSuffix(string file, string stem, bool expected)
    {
        Assert.Equal(expected, RuleTestRunner.IsAutofixOutput(file, stem));
    }
}
