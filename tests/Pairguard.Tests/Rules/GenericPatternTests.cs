using Pairguard.Rules;
using Pairguard.Scanning;
using Pairguard.Syntax;

namespace Pairguard.Tests.Rules;

/// <summary>Semgrep's generic mode: rules with <c>languages: [generic]</c> and <c>metavariable-pattern</c> with <c>language: generic</c>.</summary>
public class GenericPatternTests
{
    public static TheoryData<string, string, int[]> Cases => new()
    {
        // words and punctuation are tokens, whitespace between them does not matter
        { "pattern: debug = $V", "debug = true\ndebug=false\n# debug\n", [1, 2] },
        { "pattern: allow_origin *", "allow_origin *\nallow_origin example\n", [1] },

        // an ellipsis stays inside the brackets it starts in
        { "pattern: ( a ... b )", "(a x) (y b)\n(a z b)\n", [2] },

        // an ellipsis spans at most 10 lines
        { "pattern: begin ... end", "begin\nx\nend\n\nbegin\n" + string.Concat(Enumerable.Repeat("x\n", 11)) + "end\n", [1] },

        // $$ is a literal dollar sign; a metavariable binds one word and the same name must bind the same word
        { "pattern: $$HOME", "path = $HOME\npath = HOME\n", [1] },
        { "pattern: $A == $A", "x == x\nx == y\n", [1] },

        // filters work on generic matches too
        { "patterns:\n  - pattern: \"{% tag ... %}\"\n  - pattern-not: \"{% tag safe %}\"", "{% tag user %}\n{% tag safe %}\n{% other %}\n", [1] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void GenericRuleReportsExactlyTheExpectedLines(string body, string text, int[] expected)
    {
        var yaml = "rules:\n  - id: g.rule\n    message: m\n    severity: LOW\n    languages: [generic]\n"
            + string.Join('\n', body.Split('\n').Select(l => "    " + l)) + "\n";
        var set = RuleLoader.Parse(yaml, "g.yaml");
        Assert.Empty(set.Errors);
        var diagnostics = new List<Diagnostic>();
        var found = new RuleAnalyzer(set.Rules, TreeSitterSyntaxProvider.Instance).Run(SourceFile.FromText("site.conf", text), CancellationToken.None, diagnostics.Add, usePrefilter: false);
        Assert.Empty(diagnostics);
        Assert.Equal(expected, found.Select(f => f.Location.StartLine).Distinct().Order());
    }

    [Theory]
    [InlineData(Languages.Python, "render(\"<script src=x>\")\nrender(\"<b>hi</b>\")\n")]
    [InlineData(Languages.JavaScript, "render(\"<script src=x>\");\nrender(\"<b>hi</b>\");\n")]
    public void MetavariablePatternInGenericModeLooksAtTheStringContent(string language, string code)
    {
        var rule = "patterns:\n  - pattern: render($HTML)\n  - metavariable-pattern:\n      metavariable: $HTML\n      language: generic\n      pattern: <script ...>";
        Assert.Equal([1], EngineHarness.Lines(language, rule, code));
    }

    [Fact]
    public void GenericMetavariableBindingsReachTheNestedFilters()
    {
        var rule = "patterns:\n  - pattern: render($HTML)\n  - metavariable-pattern:\n      metavariable: $HTML\n      language: generic\n      patterns:\n        - pattern: <$TAG ...>\n        - metavariable-regex:\n            metavariable: $TAG\n            regex: ^(script|iframe)$";
        Assert.Equal([2], EngineHarness.Lines(Languages.Python, rule, "render(\"<b>x</b>\")\nrender(\"<iframe src=y>\")\n"));
    }
}
