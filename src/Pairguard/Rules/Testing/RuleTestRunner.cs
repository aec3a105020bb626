using Pairguard.Rules.Matching;
using Pairguard.Scanning;

namespace Pairguard.Rules.Testing;

/// <summary>The outcome of one rule on one fixture: lines that should have matched and did not, and the reverse.</summary>
public sealed record RuleTestResult(
    string RuleId,
    string RuleFile,
    string Fixture,
    IReadOnlyList<int> Missing,
    IReadOnlyList<int> Unexpected,
    IReadOnlyList<int> PrefilterRejected,
    int Expected,
    int TodoRuleId,
    int TodoOk,
    IReadOnlyList<string> Errors)
{
    public bool Passed => Missing.Count == 0 && Unexpected.Count == 0 && PrefilterRejected.Count == 0 && Errors.Count == 0;
}

/// <summary>A whole <c>rules test</c> run: per-rule results and files that could not be tested.</summary>
public sealed record RuleTestReport(IReadOnlyList<RuleTestResult> Results, IReadOnlyList<string> Problems)
{
    public bool Passed => Problems.Count == 0 && Results.All(r => r.Passed);
}

/// <summary>
/// Runs each rule file against its same-named fixture files (Semgrep's convention): <c>ruleid:</c> lines must be reported,
/// <c>ok:</c> lines must not; <c>todoruleid:</c>/<c>todook:</c> are counted as known gaps. Also proves that the prefilter
/// never rejects a rule's own positive fixture.
/// </summary>
public sealed class RuleTestRunner
{
    private readonly ISyntaxProvider _syntax;

    public RuleTestRunner(ISyntaxProvider syntax)
    {
        _syntax = syntax;
    }

    /// <summary>Tests every rule file under a file or folder.</summary>
    public RuleTestReport Run(string path)
    {
        var ruleFiles = File.Exists(path)
            ? [path]
            : Directory.EnumerateFiles(path, "*.*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
                .Where(f => !f.Replace('\\', '/').Contains("/secrets/", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal).ToList();
        var results = new List<RuleTestResult>();
        var problems = new List<string>();
        foreach (var ruleFile in ruleFiles)
        {
            var set = RuleLoader.Parse(File.ReadAllText(ruleFile), ruleFile, requireRulesKey: true);
            problems.AddRange(set.Errors.Select(e => e.ToString()));
            if (set.Rules.Count == 0)
            {
                continue;
            }

            var stem = Path.Combine(Path.GetDirectoryName(ruleFile)!, Path.GetFileNameWithoutExtension(ruleFile));
            var fixtures = Directory.EnumerateFiles(Path.GetDirectoryName(ruleFile)!, Path.GetFileName(stem) + ".*")
                .Where(f => !f.EndsWith(".yaml", StringComparison.Ordinal) && !f.EndsWith(".yml", StringComparison.Ordinal) && !f.EndsWith(".md", StringComparison.Ordinal))
                .Where(f => !IsAutofixOutput(Path.GetFileName(f), Path.GetFileName(stem)))
                .Order(StringComparer.Ordinal).ToList();
            if (fixtures.Count == 0)
            {
                problems.Add($"{ruleFile}: no fixture file beside it (expected {Path.GetFileName(stem)}.<ext>)");
                continue;
            }

            foreach (var fixture in fixtures)
            {
                var text = File.ReadAllText(fixture);
                results.AddRange(TestFixture(set.Rules, ruleFile, fixture, text));
            }
        }

        return new RuleTestReport(results, problems);
    }

    /// <summary>
    /// True for <c>STEM.fixed.EXT</c>: in Semgrep's convention that file holds the expected result of applying the rule's fix to
    /// <c>STEM.EXT</c>, not annotated test code, so it is not run as a fixture.
    /// </summary>
    public static bool IsAutofixOutput(string fileName, string stem) =>
        fileName.StartsWith(stem + ".fixed.", StringComparison.Ordinal);

    /// <summary>Tests rules against one fixture's text.</summary>
    public IReadOnlyList<RuleTestResult> TestFixture(IReadOnlyList<Rule> rules, string ruleFile, string fixtureName, string text)
    {
        var source = SourceFile.FromText(Path.GetFileName(fixtureName), text);
        var annotations = FixtureAnnotations.Parse(text, source.Language);
        var analyzer = new RuleAnalyzer(rules, _syntax);
        var diagnostics = new List<Diagnostic>();
        var found = analyzer.Run(source, CancellationToken.None, diagnostics.Add, usePrefilter: false);
        var foundFiltered = analyzer.Run(source, CancellationToken.None, null, usePrefilter: true);
        var results = new List<RuleTestResult>();
        foreach (var rule in rules)
        {
            var mine = annotations.Where(a => a.RuleId == rule.Id).ToList();
            var lines = found.Where(f => f.RuleId == rule.Id).Select(f => f.Location.StartLine).ToHashSet();
            var filteredLines = foundFiltered.Where(f => f.RuleId == rule.Id).Select(f => f.Location.StartLine).ToHashSet();
            var expected = mine.Where(a => a.Kind == AnnotationKind.RuleId).Select(a => a.Line).Distinct().ToList();
            var todo = mine.Where(a => a.Kind is AnnotationKind.TodoRuleId or AnnotationKind.TodoOk).Select(a => a.Line).ToHashSet();
            var missing = expected.Where(l => !lines.Contains(l)).Order().ToList();
            var unexpected = lines.Where(l => !expected.Contains(l) && !todo.Contains(l)).Order().ToList();
            var rejected = expected.Where(l => lines.Contains(l) && !filteredLines.Contains(l)).Order().ToList();
            var errors = diagnostics.Where(d => d.Message.Contains($"'{rule.Id}'", StringComparison.Ordinal)).Select(d => d.Message).Distinct().ToList();
            if (mine.Count == 0)
            {
                errors.Add($"fixture {Path.GetFileName(fixtureName)} has no ruleid:/ok: annotation for {rule.Id}");
            }

            results.Add(new RuleTestResult(rule.Id, ruleFile, fixtureName, missing, unexpected, rejected, expected.Count,
                mine.Count(a => a.Kind == AnnotationKind.TodoRuleId), mine.Count(a => a.Kind == AnnotationKind.TodoOk), errors));
        }

        return results;
    }
}
