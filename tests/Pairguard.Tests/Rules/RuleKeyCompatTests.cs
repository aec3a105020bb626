using Pairguard.Rules;
using Pairguard.Scanning;

namespace Pairguard.Tests.Rules;

/// <summary>Rule keys written for Semgrep that Pairguard accepts: <c>fix-regex</c> (checked, not applied), <c>not_conflicting</c>.</summary>
public class RuleKeyCompatTests
{
    private const string Head = "rules:\n  - id: a.b\n    message: m\n    severity: LOW\n    languages: [python]\n";

    [Fact]
    public void FixRegexIsAcceptedAndTheRuleStillReports()
    {
        var body = "pattern: md5($X)\nfix-regex:\n  regex: md5\n  replacement: sha256\n  count: 1";
        Assert.Equal([1], EngineHarness.Lines(Languages.Python, body, "md5(a)\nsha256(b)\n"));
        Assert.Equal([2], EngineHarness.Lines(Languages.JavaScript, body, "sha256(a);\nmd5(b);\n"));
    }

    [Fact]
    public void FixRegexWithoutReplacementIsAnError()
    {
        var set = RuleLoader.Parse(Head + "    pattern: md5($X)\n    fix-regex:\n      regex: md5\n", "r.yaml");
        var error = Assert.Single(set.Errors);
        Assert.Contains("missing 'replacement'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FixRegexWithAnUnknownKeyIsAnError()
    {
        var set = RuleLoader.Parse(Head + "    pattern: md5($X)\n    fix-regex:\n      regex: md5\n      replacement: x\n      flags: g\n", "r.yaml");
        Assert.Contains("unknown key 'flags'", Assert.Single(set.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnderscoreNotConflictingIsTheSameOptionAsTheDashedOne()
    {
        var yaml = Head + "    mode: taint\n    pattern-sources:\n      - pattern: input()\n    pattern-sanitizers:\n      - pattern: clean(...)\n        not_conflicting: true\n    pattern-sinks:\n      - pattern: eval(...)\n";
        var set = RuleLoader.Parse(yaml, "r.yaml");
        Assert.Empty(set.Errors);
        Assert.True(Assert.Single(set.Rules).Taint!.Sanitizers[0].NotConflicting);
    }

    [Fact]
    public void OptionWithANestedMappingIsAnErrorOfThatRuleOnly()
    {
        var yaml = Head + "    pattern: md5($X)\n    options:\n      symbolic_propagation: true\n      odd: {a: 1}\n"
            + "  - id: c.d\n    message: m\n    severity: LOW\n    languages: [python]\n    pattern: sha1($X)\n    options:\n      interfile: true\n";
        var set = RuleLoader.Parse(yaml, "r.yaml");
        Assert.Contains("'options.odd': expected a value or a list", Assert.Single(set.Errors).Message, StringComparison.Ordinal);
        Assert.Equal("c.d", Assert.Single(set.Rules).Id);
    }
}
