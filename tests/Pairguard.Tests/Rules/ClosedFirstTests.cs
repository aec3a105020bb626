using Pairguard.Rules;
using Pairguard.Rules.Matching;
using Pairguard.Scanning;
using Pairguard.Syntax;

namespace Pairguard.Tests.Rules;

/// <summary>
/// Java, C# and PHP patterns are first parsed with their closing <c>;</c>, which spares the failed parse of a statement written
/// without it; these tests hold that every pattern compiles to the same tree as when the attempts are made in their written order.
/// </summary>
public class ClosedFirstTests
{
    /// <summary>Patterns whose <c>;</c> may not end a statement, or that do not need one, beside ordinary statements and expressions.</summary>
    public static TheoryData<string, string> EdgeCases => new()
    {
        { Languages.Java, "foo($X)" },
        { Languages.Java, "$X.exec(...)" },
        { Languages.Java, "class $C { ... }" },
        { Languages.Java, "@RequestMapping(...)" },
        { Languages.Java, "$T $V = $E" },
        { Languages.Java, "if ($C) { ... }" },
        { Languages.Java, "return $X" },
        { Languages.Java, "Cipher.ECB" },
        { Languages.Java, "$X = $Y;\n$X = $Z" },
        { Languages.Java, "do { ... } while ($C)" },
        { Languages.CSharp, "Foo($X)" },
        { Languages.CSharp, "CipherMode.ECB" },
        { Languages.CSharp, "[Authorize]" },
        { Languages.CSharp, "using $NS" },
        { Languages.CSharp, "var $V = $E" },
        { Languages.CSharp, "public $R $M(...) { ... }" },
        { Languages.CSharp, "new $T { ..., $P = false, ... }" },
        { Languages.CSharp, "\"...\"" },
        { Languages.CSharp, "$X = $Y;\n$F($X)" },
        { Languages.Php, "foo($X)" },
        { Languages.Php, "$X->query(...)" },
        { Languages.Php, "echo $X" },
        { Languages.Php, "function $F(...) { ... }" },
        { Languages.Php, "$_GET[...]" },
        { Languages.Php, "include $X" },
        { Languages.Php, "$X = $Y;\n$X = $Z" },
        { Languages.Php, "?>" },
        { Languages.Php, "<div>" },
        { Languages.Php, "label:" },
        { Languages.Php, "foo() ?>" },
        { Languages.CSharp, "#region X" },
        { Languages.CSharp, "label:" },
        { Languages.Java, "label:" },
    };

    [Theory]
    [MemberData(nameof(EdgeCases))]
    public void A_pattern_compiles_to_the_same_tree_whichever_attempt_comes_first(string language, string pattern) =>
        Assert.Equal(Compiled(pattern, language, closedFirst: false), Compiled(pattern, language, closedFirst: true));

    [Theory]
    [InlineData(Languages.Java)]
    [InlineData(Languages.CSharp)]
    [InlineData(Languages.Php)]
    public void Every_pattern_of_the_built_in_rules_compiles_to_the_same_tree_whichever_attempt_comes_first(string language)
    {
        var patterns = BuiltInRules.All.Rules.Where(r => r.Languages.Contains(language))
            .SelectMany(RulePatterns.Of)
            .Where(p => (p.Language ?? language) == language)
            .Select(p => p.Pattern.Code)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.True(patterns.Count > 100, $"{patterns.Count} patterns");
        foreach (var pattern in patterns)
        {
            Assert.Equal(Compiled(pattern, language, closedFirst: false), Compiled(pattern, language, closedFirst: true));
        }
    }

    /// <summary>The compiled pattern's nodes (kind, field and text of each, in pre-order), or the error.</summary>
    private static string Compiled(string pattern, string language, bool closedFirst)
    {
        var compiler = new PatternCompiler(TreeSitterSyntaxProvider.Instance) { TryClosedFirst = closedFirst };
        var compiled = compiler.Compile(pattern, language, out var error);
        return compiled is null
            ? "error: " + error
            : pattern + " =>\n" + string.Join('\n', compiled.Nodes.SelectMany(n => n.DescendantsAndSelf()).Select(n => $"{n.Kind} {n.Field} {n.Text}"));
    }
}
