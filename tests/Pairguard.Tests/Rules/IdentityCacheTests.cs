using Pairguard.Rules;
using Pairguard.Rules.Matching;
using Pairguard.Scanning;
using Pairguard.Syntax;

namespace Pairguard.Tests.Rules;

/// <summary>The caches keyed by object identity (a rule's pattern, a typed metavariable's pattern node) give the answers the text-keyed ones give, and never mix two patterns up.</summary>
public class IdentityCacheTests
{
    [Fact]
    public void ARulesPatternCompilesToWhatItsTextCompilesTo()
    {
        var compiler = new PatternCompiler(TreeSitterSyntaxProvider.Instance);
        var first = new PatternFormula("foo($X)", 3);
        var twin = new PatternFormula("foo($X)", 9);
        var other = new PatternFormula("bar($X, 1)", 3);

        var byText = compiler.Compile("foo($X)", Languages.Python, out _);
        Assert.NotNull(byText);
        for (var i = 0; i < 2; i++)
        {
            // asked twice: the second answer comes from the identity cache
            Assert.Same(byText, compiler.Compile(first, Languages.Python, out var error));
            Assert.Null(error);
            Assert.Same(byText, compiler.Compile(twin, Languages.Python, out _));
            Assert.Same(compiler.Compile("bar($X, 1)", Languages.Python, out _), compiler.Compile(other, Languages.Python, out _));
            Assert.Same(compiler.Compile("foo($X)", Languages.JavaScript, out _), compiler.Compile(first, Languages.JavaScript, out _));
        }

        Assert.NotSame(compiler.Compile(first, Languages.Python, out _), compiler.Compile(first, Languages.JavaScript, out _));

        // a pattern that does not parse keeps its reason
        var broken = new PatternFormula("def (((", 1);
        Assert.Null(compiler.Compile(broken, Languages.Python, out var reason));
        Assert.NotNull(reason);
        Assert.Null(compiler.Compile(broken, Languages.Python, out var again));
        Assert.Equal(reason, again);
    }

    [Fact]
    public void TwoTypedMetavariablesInOneFileEachKeepTheirOwnDeclaredNames()
    {
        // the names declared with each type are remembered per pattern node: r is a request, w a writer, and each alternative
        // must report only the selectors on its own type, whichever is asked first
        const string rule = """
            pattern-either:
              - pattern: '($R : *http.Request).$F'
              - pattern: '($W : http.ResponseWriter).$F'
              - pattern: '($C : *sql.DB).$F'
            """;
        const string code = """
            package main

            func handle(w http.ResponseWriter, r *http.Request) {
            	a := r.Body
            	b := w.Header
            	c := other.Field
            	d := r.URL
            }
            """;
        Assert.Equal([4, 5, 7], EngineHarness.Lines(Languages.Go, rule, code));
    }

    [Fact]
    public void AWholePatternThatIsOneTypedMetavariableTriesOnlyWhatTheTypeCanBeInGo()
    {
        // the candidates are the names declared with the type (and their parentheses), not every node: n (an int) and the
        // untyped a are left out, the literal by the pattern-not
        const string rule = """
            patterns:
              - pattern: '($S : string)'
              - pattern-not: '"..."'
            """;
        const string code = """
            package main

            func f(s string, n int) {
            	a := s
            	b := (s)
            	c := n
            	d := "lit"
            	g(s, a, b, c, d)
            }
            """;
        Assert.Equal([3, 4, 5, 8], EngineHarness.Lines(Languages.Go, rule, code));
    }

    [Fact]
    public void AWholePatternThatIsOneTypedMetavariableStillMeetsCreationsAndLiteralsInJava()
    {
        const string code = """
            class A {
              void f(String s, int n) {
                String t = s;
                use((s));
                use(n);
                use(new String("x"));
              }
            }
            """;
        Assert.Equal([2, 3, 4, 6], EngineHarness.Lines(Languages.Java, "pattern: (String $S)", code));
        Assert.Equal([2, 5], EngineHarness.Lines(Languages.Java, "pattern: (int $N)", code));
    }

    [Fact]
    public void AnEvaluatorsMemosGoToTheNextEvaluatorEmptiedAndAReleasedEvaluatorStillAnswers()
    {
        var compiler = new PatternCompiler(TreeSitterSyntaxProvider.Instance);
        var formula = new PatternFormula("foo($X)", 1);
        MatchTarget Target(string code) => new(TreeSitterSyntaxProvider.Instance.Parse(code, Languages.Python, out _, out _)!, Languages.Python);

        var first = new FormulaEvaluator(compiler, TreeSitterSyntaxProvider.Instance);
        var target = Target("foo(1)\nfoo(2)\n");
        Assert.Equal(2, first.Evaluate(formula, target).Count);
        first.Release();

        // the next evaluator on this thread takes the emptied memos: a new file gives its own answers
        var second = new FormulaEvaluator(compiler, TreeSitterSyntaxProvider.Instance);
        Assert.Single(second.Evaluate(formula, Target("foo(3)\n")));
        Assert.True(second.CannotMatch(formula, Target("bar(3)\n")));
        Assert.False(second.CannotMatch(formula, target));
        second.Release();

        // and one used after its release makes new memos
        Assert.Equal(2, first.Evaluate(formula, target).Count);
        Assert.Empty(first.Evaluate(formula, Target("bar(1)\n")));
    }
}
