using Pairguard.Rules;
using Pairguard.Scanning;
using Pairguard.Syntax;

namespace Pairguard.Tests.Rules;

/// <summary>A pattern that does not parse is reported once for its rule, whatever part of the rule the scanned file reaches.</summary>
public class UnparsedPatternTests
{
    private const string TaintRule = """
        rules:
          - id: t.unparsed-source
            message: m
            severity: HIGH
            languages: [python]
            mode: taint
            pattern-sources:
              - pattern: source(
            pattern-sinks:
              - pattern: sink(...)
        """;

    [Fact]
    public void An_unparsed_source_is_reported_in_a_file_without_sinks()
    {
        var set = RuleLoader.Parse(TaintRule, "r.yaml");
        Assert.Empty(set.Errors);
        var analyzer = new RuleAnalyzer(set.Rules, TreeSitterSyntaxProvider.Instance);
        var diagnostics = new List<Diagnostic>();

        // the file has no sink, so the sources are never evaluated
        analyzer.Run(SourceFile.FromText("a.py", "x = 1\n", Languages.Python), CancellationToken.None, diagnostics.Add, usePrefilter: false);
        var d = Assert.Single(diagnostics);
        Assert.Contains("t.unparsed-source", d.Message, StringComparison.Ordinal);
        Assert.Contains("line 8", d.Message, StringComparison.Ordinal);
        Assert.Contains("does not parse", d.Message, StringComparison.Ordinal);

        // once per rule: a second file, with a sink this time, adds nothing
        analyzer.Run(SourceFile.FromText("b.py", "sink(y)\n", Languages.Python), CancellationToken.None, diagnostics.Add, usePrefilter: false);
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_rule_whose_patterns_all_parse_reports_nothing()
    {
        var set = RuleLoader.Parse(TaintRule.Replace("source(\n", "source(...)\n", StringComparison.Ordinal), "r.yaml");
        var analyzer = new RuleAnalyzer(set.Rules, TreeSitterSyntaxProvider.Instance);
        var diagnostics = new List<Diagnostic>();
        var found = analyzer.Run(SourceFile.FromText("a.py", "x = source()\nsink(x)\n", Languages.Python), CancellationToken.None, diagnostics.Add, usePrefilter: false);
        Assert.Empty(diagnostics);
        Assert.Single(found);
    }
}
