using Pairguard.Rules;
using Pairguard.Rules.Testing;
using Pairguard.Syntax;
using Pairguard.Tests.Support;

namespace Pairguard.Tests.Rules;

public class RuleFixtureTests
{
    [Fact]
    public void EveryRuleOnDiskPassesItsFixtures()
    {
        var report = new RuleTestRunner(TreeSitterSyntaxProvider.Instance).Run(RepoPaths.Rules);
        Assert.Empty(report.Problems);
        Assert.NotEmpty(report.Results);
        var failures = report.Results.Where(r => !r.Passed)
            .Select(r => $"{r.RuleId} [{Path.GetFileName(r.Fixture)}]: missing {string.Join(",", r.Missing)}; unexpected {string.Join(",", r.Unexpected)}; prefilter {string.Join(",", r.PrefilterRejected)}; {string.Join("; ", r.Errors)}")
            .ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        // a <id>.protected.<ext> fixture shows app- or project-wide protection silencing the rule: it holds only ok: cases
        Assert.All(report.Results.Where(r => !Path.GetFileName(r.Fixture).Contains(".protected.", StringComparison.Ordinal)),
            r => Assert.True(r.Expected >= 2, $"{r.RuleId} needs at least two ruleid: cases"));
    }

    [Fact]
    public void EveryRuleFileOnDiskIsShippedInsideTheTool()
    {
        var onDisk = Directory.EnumerateFiles(RepoPaths.Rules, "*.yaml", SearchOption.AllDirectories)
            .Where(f => !f.Replace('\\', '/').Contains("/secrets/", StringComparison.Ordinal))
            .SelectMany(f => RuleLoader.Parse(File.ReadAllText(f), f).Rules.Select(r => r.Id))
            .Order(StringComparer.Ordinal).ToList();
        var shipped = BuiltInRules.All.Rules.Select(r => r.Id).Order(StringComparer.Ordinal).ToList();
        Assert.Empty(BuiltInRules.All.Errors);
        Assert.Equal(onDisk, shipped);
        Assert.All(BuiltInRules.All.Rules, r => Assert.NotEmpty(BuiltInRules.FixturesOf(r)));
    }

    [Fact]
    public void FixtureAnnotationsApplyToTheNextCodeLineOrTheirOwnLine()
    {
        var text = "# ruleid: a.b\n# ok: c.d\nx = 1\ny = 2  # ruleid: e.f\n\n# todoruleid: g\n\nz = 3\n";
        var found = FixtureAnnotations.Parse(text, "python");
        Assert.Contains(found, a => a.RuleId == "a.b" && a.Kind == AnnotationKind.RuleId && a.Line == 3);
        Assert.Contains(found, a => a.RuleId == "c.d" && a.Kind == AnnotationKind.Ok && a.Line == 3);
        Assert.Contains(found, a => a.RuleId == "e.f" && a.Line == 4);
        Assert.Contains(found, a => a.RuleId == "g" && a.Kind == AnnotationKind.TodoRuleId && a.Line == 8);
    }
}

public class RuleDocsTests
{
    [Fact]
    public void CommittedRulePagesAreUpToDate()
    {
        var dir = Path.Combine(Pairguard.Tests.Support.RepoPaths.Root, "docs", "rules");
        var stale = Pairguard.Rules.RulePages.Build(Pairguard.Rules.BuiltInRules.All.Rules)
            .Where(p => !File.Exists(Path.Combine(dir, p.Name)) || File.ReadAllText(Path.Combine(dir, p.Name)) != p.Content)
            .Select(p => p.Name).ToList();
        Assert.True(stale.Count == 0, "stale rule pages (run: pairguard rules docs --output docs/rules): " + string.Join(", ", stale));
    }
}
