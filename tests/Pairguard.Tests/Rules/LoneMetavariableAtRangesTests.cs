using Pairguard.Rules.Matching;
using Pairguard.Scanning;
using Pairguard.Syntax;

namespace Pairguard.Tests.Rules;

/// <summary>
/// <c>pattern: $X</c> joined after another term is matched only at the nodes whose range is exactly one of that term's matches
/// (<see cref="StructuralMatcher.FindAllAt"/>): the same matches, in the same order, as matching every node within those ranges and
/// keeping the ones a join by range keeps; and the same findings as the formula written so that the engine takes its general path.
/// </summary>
public class LoneMetavariableAtRangesTests
{
    public static TheoryData<string, string, string> Cases => new()
    {
        { Languages.Python, "foo($A)", "foo(1)\nx = (foo(2))\nbar(foo(foo(3)))\n" },
        { Languages.JavaScript, "$O.innerHTML = $V", "el.innerHTML = v;\n(a.b).innerHTML = (w);\nif (x) { y.innerHTML = z }\n" },
        { Languages.Go, "fmt.Sprintf($F, ...)", "package main\nfunc f() {\n\ts := fmt.Sprintf(\"%s\", fmt.Sprintf(\"%d\", 1))\n\tg((fmt.Sprintf(\"x\")))\n}\n" },
        { Languages.Ruby, "html_safe($A)", "a = html_safe(x)\nb = (html_safe(y))\nhtml_safe(html_safe(z))\n" },
        { Languages.CSharp, "Foo($A)", "class C { void M() { Foo(1); var x = (Foo(Foo(2))); } }\n" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void TheNodesAtTheRangesMatchAsTheNodesWithinThemDo(string language, string other, string code)
    {
        var root = TreeSitterSyntaxProvider.Instance.Parse(code, language, out _, out var error);
        Assert.True(root is not null, error);
        var target = new MatchTarget(root, language);
        var compiler = new PatternCompiler(TreeSitterSyntaxProvider.Instance);
        var matcher = new StructuralMatcher();
        var current = matcher.FindAllList(compiler.Compile(other, language, out var otherError)!, target);
        Assert.True(otherError is null, otherError);
        Assert.NotEmpty(current);
        var lone = compiler.Compile("$X", language, out _)!;

        var ranges = current.Select(m => (m.Start, m.End)).ToHashSet();
        var within = matcher.FindAllWithin(lone, target, new RangeIndex(current), CancellationToken.None)
            .Where(m => ranges.Contains((m.Start, m.End))).Select(Shown).ToList();
        var at = matcher.FindAllAt(lone, target, current, CancellationToken.None);
        Assert.NotNull(at);
        Assert.Equal(within, at.Select(Shown));
        // a node and the wrappers of the same range around it are all there
        Assert.True(at.Count >= ranges.Count);

        // in pre-order whatever the order of the ranges asked
        Assert.Equal(within, matcher.FindAllAt(lone, target, Enumerable.Reverse(current), CancellationToken.None)!.Select(Shown));
    }

    [Theory]
    [InlineData(Languages.Python, "foo($A)", "'^foo\\(1'", "foo(1)\nx = (foo(2))\nbar(foo(1 + 1))\n")]
    [InlineData(Languages.JavaScript, "require($M)", "'^require\\(\"(fs|child_process)'", "const a = require(\"fs\");\nconst b = (require(\"path\"));\nrequire(\"child_process\").exec(x);\n")]
    [InlineData(Languages.Java, "$O.exec($C)", "'^Runtime'", "class A { void f() { Runtime.getRuntime().exec(c); p.exec(d); } }\n")]
    public void TheFindingsAreThoseOfTheGeneralPathWithOrWithoutARegex(string language, string other, string regex, string code)
    {
        static string Rule(string lone, string other, string? regex) =>
            $"patterns:\n  - pattern: {other}\n  - {lone}\n"
            + (regex is null ? "" : $"  - metavariable-regex:\n      metavariable: $X\n      regex: {regex}\n");
        foreach (var r in new[] { null, regex })
        {
            var joined = Shown(EngineHarness.Findings(language, Rule("pattern: $X", other, r), code));
            var general = Shown(EngineHarness.Findings(language, Rule("pattern-either:\n      - pattern: $X", other, r), code));
            Assert.NotEmpty(joined);
            Assert.Equal(general, joined);
        }
    }

    private static string Shown(RangeMatch m) => $"{m.Start}-{m.End} $X={(m.Bindings.TryGet("$X", out var x) ? $"{x.Start}-{x.End}" : "none")}";

    private static List<string> Shown(IEnumerable<Finding> findings) =>
        [.. findings.Select(f => $"{f.Location.StartLine}: {f.Message}").Order(StringComparer.Ordinal)];
}
