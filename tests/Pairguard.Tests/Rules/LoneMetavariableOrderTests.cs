using Pairguard.Scanning;

namespace Pairguard.Tests.Rules;

/// <summary>
/// <c>pattern: $X</c> (every node) is joined after the other plain terms of a <c>patterns</c> formula, within their ranges only: the
/// findings, and the binding each one's message shows, are those of the terms in the order written.
/// </summary>
public class LoneMetavariableOrderTests
{
    public static TheoryData<string, string, string, string> Cases => new()
    {
        {
            Languages.Python,
            "pattern: $X", "pattern-regex: <b>\\w+</b>",
            "x = \"<b>hi</b>\"\nshow((\"<b>there</b>\"))\ny = '<i>no</i>'\n"
        },
        {
            Languages.Ruby,
            "pattern: $X", "pattern: html_safe($A)",
            "a = html_safe(x)\nb = (html_safe(y))\nc = raw(z)\n"
        },
        {
            Languages.JavaScript,
            "pattern: $X", "pattern: $O.innerHTML = $V",
            "el.innerHTML = v;\n(a.b).innerHTML = w;\nel.textContent = v;\n"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void TheLoneMetavariableGivesTheSameFindingsFirstOrLast(string language, string lone, string other, string code)
    {
        // the harness's message is "found $X": it shows the lone metavariable's binding
        static string Rule(string first, string second) => $"patterns:\n  - {first}\n  - {second}\n";
        var loneFirst = Shown(EngineHarness.Findings(language, Rule(lone, other), code));
        var loneLast = Shown(EngineHarness.Findings(language, Rule(other, lone), code));
        Assert.NotEmpty(loneFirst);
        Assert.Equal(loneLast, loneFirst);
    }

    [Fact]
    public void ALoneMetavariableWithARegexFindsOnlyTheNodesAtTheRegexsRanges()
    {
        const string rule = "patterns:\n  - pattern: $X\n  - pattern-regex: \"'<b>\\\\w+</b>'\"\n";
        var found = EngineHarness.Findings(Languages.Python, rule, "x = '<b>hi</b>'\ny = '<i>no</i>'\nz = f('<b>yes</b>')\n");
        Assert.Equal(["1: found '<b>hi</b>'", "3: found '<b>yes</b>'"], Shown(found));
    }

    private static List<string> Shown(IEnumerable<Finding> findings) =>
        [.. findings.Select(f => $"{f.Location.StartLine}: {f.Message}").Order(StringComparer.Ordinal)];
}
