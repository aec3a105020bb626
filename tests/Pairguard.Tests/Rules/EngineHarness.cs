using Pairguard.Rules;
using Pairguard.Scanning;
using Pairguard.Syntax;

namespace Pairguard.Tests.Rules;

/// <summary>Runs a one-rule YAML body against a code snippet and returns the 1-based lines reported.</summary>
public static class EngineHarness
{
    private static readonly Dictionary<string, string> Extensions = new()
    {
        [Languages.Python] = "py",
        [Languages.JavaScript] = "js",
        [Languages.TypeScript] = "ts",
        [Languages.Java] = "java",
        [Languages.CSharp] = "cs",
        [Languages.Go] = "go",
        [Languages.Php] = "php",
        [Languages.Ruby] = "rb",
        [Languages.Tsx] = "tsx",
    };

    /// <summary>Lines (sorted) where the rule reports, given the rule body (everything after <c>languages:</c>), the language and code.</summary>
    public static IReadOnlyList<int> Lines(string language, string ruleBody, string code) =>
        Findings(language, ruleBody, code).Select(f => f.Location.StartLine).Distinct().Order().ToList();

    public static IReadOnlyList<Finding> Findings(string language, string ruleBody, string code)
    {
        var yaml = "rules:\n  - id: test.rule\n    message: found $X\n    severity: HIGH\n    languages: [" + language + "]\n"
            + string.Join('\n', ruleBody.Replace("\r\n", "\n").Split('\n').Select(l => "    " + l)) + "\n";
        var set = RuleLoader.Parse(yaml, "test.yaml");
        Assert.Empty(set.Errors);
        var analyzer = new RuleAnalyzer(set.Rules, TreeSitterSyntaxProvider.Instance);
        var diagnostics = new List<Diagnostic>();
        var file = SourceFile.FromText("t." + Extensions[language], code, language);
        var found = analyzer.Run(file, CancellationToken.None, diagnostics.Add);
        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics.Select(d => d.Message)));
        return found;
    }
}
