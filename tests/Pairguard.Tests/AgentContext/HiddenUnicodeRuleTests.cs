using Pairguard.AgentContext;
using Pairguard.Scanning;
using Pairguard.Tests.Samples;

namespace Pairguard.Tests.AgentContext;

public class HiddenUnicodeRuleTests
{
    public static TheoryData<string> RuleIds() => new(HiddenUnicodeRules.All.Select(r => r.Id));

    [Fact]
    public void Analyzer_exposes_every_rule_once()
    {
        var analyzer = new HiddenUnicodeAnalyzer();
        Assert.Equal("hidden-unicode", analyzer.Id);
        Assert.Equal(5, analyzer.Rules.Count);
        Assert.Equal(analyzer.Rules.Count, analyzer.Rules.Select(r => r.Id).Distinct().Count());
        Assert.Contains(AnalyzerCatalog.CreateDefault(), a => a is HiddenUnicodeAnalyzer);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_has_complete_metadata(string id)
    {
        var rule = HiddenUnicodeRules.All.Single(r => r.Id == id);
        Assert.StartsWith("agent.hidden-unicode.", rule.Id);
        Assert.Equal(HiddenUnicodeRules.AnalyzerId, rule.Analyzer);
        Assert.NotEmpty(rule.Cwe);
        Assert.Equal("A03:2021-Injection", rule.Owasp);
        Assert.False(string.IsNullOrWhiteSpace(rule.Description));
        Assert.False(string.IsNullOrWhiteSpace(rule.HelpMarkdown));
        Assert.True(HiddenUnicodeTestHelper.IsClean(rule.Description + rule.HelpMarkdown + rule.Title));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_has_a_documentation_page(string id)
    {
        var rule = HiddenUnicodeRules.All.Single(r => r.Id == id);
        var path = Pairguard.Tests.Support.RepoPaths.Combine($"docs/rules/{id}.md");
        Assert.True(File.Exists(path), path);
        var doc = File.ReadAllText(path);

        Assert.StartsWith($"# {id} — {rule.Title}", doc);
        foreach (var section in new[] { "## What it does", "## Why is this dangerous?", "## Example", "Use instead", "## References" })
        {
            Assert.Contains(section, doc);
        }

        foreach (var cwe in rule.Cwe)
        {
            Assert.Contains($"CWE-{cwe}", doc);
        }

        Assert.Contains(rule.Owasp!, doc);
        Assert.Contains(rule.Severity.ToName(), doc);

        // Examples are written with escapes: the page itself must hold no raw invisible or reordering character.
        Assert.All(doc.Split('\n'), line => Assert.True(HiddenUnicodeTestHelper.IsClean(line.TrimEnd('\r')), line));
    }
}
