using Pairguard.Scanning;

namespace Pairguard.Tests.Rules;

/// <summary><c>by-side-effect</c> taint sources and sanitizers: a matched l-value is tainted (cleaned) from that point on.</summary>
public class TaintSideEffectTests
{
    private static string SourceRule(string sideEffect) => $"""
        mode: taint
        pattern-sources:
          - patterns:
              - pattern: make_tainted($X)
              - focus-metavariable: $X
            {sideEffect}
        pattern-sinks:
          - pattern: sink(...)
        """;

    private const string SanitizerRule = """
        mode: taint
        pattern-sources:
          - pattern: source()
        pattern-sanitizers:
          - patterns:
              - pattern: check_if_safe($X)
              - focus-metavariable: $X
            by-side-effect: true
        pattern-sinks:
          - pattern: sink(...)
        """;

    [Theory]
    [InlineData(Languages.Python, "make_tainted(a)\nsink(a)\nsink(b)\n")]
    [InlineData(Languages.JavaScript, "make_tainted(a);\nsink(a);\nsink(b);\n")]
    public void SideEffectSourceTaintsTheVariableAfterwards(string language, string code)
    {
        Assert.Equal([2], EngineHarness.Lines(language, SourceRule("by-side-effect: true"), code));
        Assert.Equal([2], EngineHarness.Lines(language, SourceRule("by-side-effect: only"), code));
    }

    [Theory]
    [InlineData(Languages.Python, "make_tainted(a)\nsink(a)\n")]
    [InlineData(Languages.JavaScript, "make_tainted(a);\nsink(a);\n")]
    public void WithoutSideEffectOnlyTheMatchedOccurrenceIsTainted(string language, string code)
    {
        Assert.Empty(EngineHarness.Lines(language, SourceRule("exact: false"), code));
    }

    [Theory]
    [InlineData(Languages.Python, "x = source()\ny = source()\ncheck_if_safe(x)\nsink(x)\nsink(y)\n")]
    [InlineData(Languages.JavaScript, "let x = source();\nlet y = source();\ncheck_if_safe(x);\nsink(x);\nsink(y);\n")]
    public void SideEffectSanitizerCleansTheVariableAfterwards(string language, string code)
    {
        Assert.Equal([5], EngineHarness.Lines(language, SanitizerRule, code));
    }

    [Fact]
    public void SideEffectSanitizerDoesNotCleanEarlierUses()
    {
        var code = "x = source()\nsink(x)\ncheck_if_safe(x)\nsink(x)\n";
        Assert.Equal([2], EngineHarness.Lines(Languages.Python, SanitizerRule, code));
    }
}
