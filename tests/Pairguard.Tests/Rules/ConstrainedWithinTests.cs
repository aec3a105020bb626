using Pairguard.Scanning;

namespace Pairguard.Tests.Rules;

/// <summary>
/// <c>pattern: $X</c> inside a context with a <c>metavariable-regex</c> on <c>$X</c>: the regex is checked as each node is bound and
/// the subtrees that lack a word the regex needs are not visited. The findings are those of the same formula written so that the
/// engine takes its general path (the lone metavariable wrapped in a <c>pattern-either</c>).
/// </summary>
public class ConstrainedWithinTests
{
    public static TheoryData<string, string, string, string> Cases => new()
    {
        {
            Languages.JavaScript, "log(...)", "(?i).*secret.*",
            "log(user.secret, \"no\", mySecretValue + 1);\nother(secret);\nlog(\"SECRET!\", x);\n"
        },
        {
            Languages.Python, "log(...)", "^(get|post)_(user|admin)$",
            "log(get_user, post_x, x_admin, post_admin)\nget_user()\nlog(get_admin.post_user)\n"
        },
        {
            Languages.Go, "fmt.Println(...)", ".*[^$]+{[^{}]*}.*",
            "package main\nfunc f() {\n\tfmt.Println(\"a {b}\", T{x: 1}, \"${c}\")\n\tg(\"{d}\")\n}\n"
        },
        {
            Languages.Java, "log(...)", "^(?!tmp).*Token$",
            "class A { void f() { log(userToken, tmpToken, other); accessToken(); } }\n"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void TheConstrainedWalkFindsWhatTheGeneralPathFinds(string language, string context, string regex, string code)
    {
        static string Rule(string positive, string context, string regex) =>
            $"patterns:\n  - pattern-inside: {context}\n  - {positive}\n  - metavariable-regex:\n      metavariable: $X\n      regex: '{regex}'\n";
        var walked = Shown(EngineHarness.Findings(language, Rule("pattern: $X", context, regex), code));
        var general = Shown(EngineHarness.Findings(language, Rule("pattern-either:\n      - pattern: $X", context, regex), code));
        Assert.NotEmpty(walked);
        Assert.Equal(general, walked);
    }

    [Fact]
    public void OnlyTheNodesInsideTheContextWhoseTextMatchesAreFound()
    {
        // (one finding per rule and line: of `mySecret + 1` and `mySecret`, the first found)
        const string rule = "patterns:\n  - pattern-inside: log(...)\n  - pattern: $X\n  - metavariable-regex:\n      metavariable: $X\n      regex: '(?i)my.*secret'\n";
        var found = Shown(EngineHarness.Findings(Languages.JavaScript, rule, "log(a, mySecret + 1, \"no\");\nother(mySecret);\nlog(MY_SECRET);\n"));
        Assert.Equal(["1: found mySecret + 1", "3: found MY_SECRET"], found);
    }

    private static List<string> Shown(IEnumerable<Finding> findings) =>
        [.. findings.Select(f => $"{f.Location.StartLine}: {f.Message}").Order(StringComparer.Ordinal)];
}
