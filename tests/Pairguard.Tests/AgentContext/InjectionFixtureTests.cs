using Pairguard.AgentContext;

namespace Pairguard.Tests.AgentContext;

/// <summary>Every positive fixture is found under the rule its name starts with; every negative fixture gives no finding.</summary>
public class InjectionFixtureTests
{
    public static TheoryData<string> Positives() => Files("positive");

    public static TheoryData<string> Negatives() => Files("negative");

    [Theory]
    [MemberData(nameof(Positives))]
    public void Positive_fixture_is_reported_under_its_rule(string fixture)
    {
        var expected = Path.GetFileName(fixture)[..Path.GetFileName(fixture).IndexOf("--", StringComparison.Ordinal)];
        var findings = AgentTestSupport.Injection(AgentTestSupport.ScanPath(fixture), File.ReadAllText(fixture));

        Assert.Contains(findings, f => f.RuleId == expected);
        Assert.All(findings.Where(f => f.RuleId == expected && f.RuleId != AgentRules.ConfusableCharacters.Id), f => Assert.Contains("Signals:", f.Message, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Negatives))]
    public void Negative_fixture_has_no_finding(string fixture)
    {
        var findings = AgentTestSupport.Injection(AgentTestSupport.ScanPath(fixture), File.ReadAllText(fixture));

        Assert.Empty(findings.Select(f => $"{f.RuleId} at {f.Location}: {f.Message}"));
    }

    [Fact]
    public void Every_injection_rule_has_a_positive_fixture()
    {
        var covered = Directory.GetFiles(Path.Combine(AgentTestSupport.FixtureDirectory(), "positive"))
            .Select(f => Path.GetFileName(f)[..Path.GetFileName(f).IndexOf("--", StringComparison.Ordinal)]).ToHashSet();
        var missing = AgentRules.InjectionRules.Select(r => r.Id).Where(id => id != AgentRules.TagCharacterInstructions.Id && !covered.Contains(id));

        Assert.Empty(missing);
    }

    private static TheoryData<string> Files(string folder)
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Path.Combine(AgentTestSupport.FixtureDirectory(), folder)).Order(StringComparer.Ordinal))
        {
            data.Add(f);
        }

        return data;
    }
}
