using Pairguard.Rules;
using Pairguard.Scanning;

namespace Pairguard.Tests.Rules;

/// <summary><c>metavariable-pattern</c> with a <c>patterns</c> of filters only (the bound code is the range), and regexes scoped to the bound code.</summary>
public class MetavariablePatternFilterTests
{
    public static TheoryData<string, string, string, int[]> Cases => new()
    {
        // only a negation: keep the bindings that are not a constant string
        {
            Languages.Python,
            "patterns:\n  - pattern: exec($CODE)\n  - metavariable-pattern:\n      metavariable: $CODE\n      patterns:\n        - pattern-not: '\"...\"'",
            "exec(\"print(1)\")\nexec(user)\n",
            [2]
        },
        {
            Languages.JavaScript,
            "patterns:\n  - pattern: eval($CODE)\n  - metavariable-pattern:\n      metavariable: $CODE\n      patterns:\n        - pattern-not: '\"...\"'\n        - pattern-not-regex: ^safe",
            "eval(\"1\");\neval(user);\neval(safeValue);\n",
            [2]
        },
        {
            Languages.Go,
            "patterns:\n  - pattern: exec.Command($CMD)\n  - metavariable-pattern:\n      metavariable: $CMD\n      patterns:\n        - pattern-not: '\"...\"'",
            "package p\n\nfunc f() {\n\texec.Command(\"ls\")\n\texec.Command(name)\n}\n",
            [5]
        },

        // a regex inside metavariable-pattern sees the bound code only: ^ is its start, not a line start of the file
        {
            Languages.Python,
            "patterns:\n  - pattern: call($A, $B)\n  - metavariable-pattern:\n      metavariable: $B\n      pattern-regex: ^tok",
            "call(x, token)\ncall(token, x)\n",
            [1]
        },
        {
            Languages.Ruby,
            "patterns:\n  - pattern: call($A, $B)\n  - metavariable-pattern:\n      metavariable: $B\n      pattern-regex: ^tok",
            "call(x, token)\ncall(token, x)\n",
            [1]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void FilterOnlyMetavariablePatternKeepsExactlyTheExpectedLines(string language, string rule, string code, int[] expected)
    {
        Assert.Equal(expected, EngineHarness.Lines(language, rule, code));
    }

    [Fact]
    public void FilterOnlyPatternsOutsideMetavariablePatternIsStillAnError()
    {
        var yaml = "rules:\n  - id: a.b\n    message: m\n    severity: LOW\n    languages: [python]\n    patterns:\n      - pattern: f($X)\n      - pattern-not: f(1)\n      - pattern-either:\n          - patterns:\n              - pattern-not: g()\n";
        Assert.Contains("needs at least one positive term", Assert.Single(RuleLoader.Parse(yaml, "r.yaml").Errors).Message, StringComparison.Ordinal);
    }
}
