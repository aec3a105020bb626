using Pairguard.Rules;
using Pairguard.Rules.Matching;
using Pairguard.Rules.Taint;
using Pairguard.Scanning;
using Pairguard.Syntax;

namespace Pairguard.Tests.Rules;

/// <summary>
/// A formula's quick rejection, compiled into one array per language and compiler (<see cref="Rejection"/>): it rejects a file
/// exactly when the formula's operators say a needed word, literal, type or kind is missing, and never serves one formula's,
/// language's or compiler's program for another.
/// </summary>
public class RejectionTests
{
    private static Formula FormulaOf(string body, string language = Languages.Python)
    {
        var yaml = "rules:\n  - id: t\n    message: m\n    severity: HIGH\n    languages: [" + language + "]\n"
            + string.Join('\n', body.Replace("\r\n", "\n").Split('\n').Select(l => "    " + l)) + "\n";
        var set = RuleLoader.Parse(yaml, "t.yaml");
        Assert.Empty(set.Errors);
        return set.Rules.Single().Formula!;
    }

    private static MatchTarget Target(string code, string language = Languages.Python) =>
        new(TreeSitterSyntaxProvider.Instance.Parse(code, language, out _, out _)!, language);

    private static bool Rejects(Formula formula, string code, string language = Languages.Python) =>
        new FormulaEvaluator(new PatternCompiler(TreeSitterSyntaxProvider.Instance), TreeSitterSyntaxProvider.Instance).CannotMatch(formula, Target(code, language));

    [Theory]
    [InlineData("header('Access-Control-Allow-Origin: *');\n", false, 1)]
    [InlineData("header('ACCESS-CONTROL-ALLOW-ORIGIN: *');\n", false, 1)]
    [InlineData("header('X-Frame-Options: DENY');\n", true, 0)]
    [InlineData("header('Content-Type: text/html');\n", true, 0)]
    public void ACaseInsensitiveRegexLiteralNeedsOneWordOfEachAnchorSet(string code, bool rejected, int matches)
    {
        // no plain run every match holds in the same case: the file must hold the regex's word ignoring case
        var formula = FormulaOf("""
            pattern: header("=~/(?i)^access-control-allow-(origin|headers):.*/", ...)
            """, Languages.Php);
        var php = "<?php\n" + code;
        Assert.Equal(rejected, Rejects(formula, php, Languages.Php));
        var evaluator = new FormulaEvaluator(new PatternCompiler(TreeSitterSyntaxProvider.Instance), TreeSitterSyntaxProvider.Instance);
        Assert.Equal(matches, evaluator.Evaluate(formula, Target(php, Languages.Php), CancellationToken.None).Count);
    }

    [Fact]
    public void AnEitherIsRejectedOnlyWhenEveryAlternativeIs()
    {
        var either = FormulaOf("""
            pattern-either:
              - pattern: run_alpha($X)
              - pattern: run_beta($X)
            """);
        Assert.False(Rejects(either, "run_alpha(1)\n"));
        Assert.False(Rejects(either, "run_beta(1)\n"));
        Assert.True(Rejects(either, "run_gamma(1)\n"));
    }

    [Fact]
    public void APatternsFormulaIsRejectedByAnyTermOrConditionThatCannotHold()
    {
        var all = FormulaOf("""
            patterns:
              - pattern: send($X)
              - pattern-inside: |
                  def $F(...):
                    ...
              - pattern-in-file: configure_mail(...)
              - metavariable-regex:
                  metavariable: $X
                  regex: ^(token|secret)$
            """);
        const string whole = "configure_mail()\ndef f():\n    send(token)\n";
        Assert.False(Rejects(all, whole));
        // each missing piece alone: the positive's word, the context's kind, the file's other pattern, the regex's words
        Assert.True(Rejects(all, whole.Replace("send", "post")));
        Assert.True(Rejects(all, "configure_mail()\nsend(token)\n"));
        Assert.True(Rejects(all, whole.Replace("configure_mail", "configure")));
        Assert.True(Rejects(all, whole.Replace("token", "value")));
    }

    [Fact]
    public void ConditionsThatNeedNothingOfTheFileDoNotReject()
    {
        // a negated pattern-in-file, a pattern-not and a metavariable-pattern in another language ask for words the file may lack
        var all = FormulaOf("""
            patterns:
              - pattern: send($X)
              - pattern-not: send(safe_value)
              - pattern-not-inside: |
                  with sandbox():
                    ...
              - pattern-not-in-file: disable_mail()
              - metavariable-pattern:
                  metavariable: $X
                  language: javascript
                  pattern: document.cookie
            """);
        Assert.False(Rejects(all, "send(token)\n"));
    }

    [Fact]
    public void ALiteralsTextIsNeededExceptWherePythonJoinsLiterals()
    {
        var literal = FormulaOf("pattern: connect(\"hello world\")");
        Assert.False(Rejects(literal, "connect(\"hello world\")\n"));
        Assert.True(Rejects(literal, "connect(\"hello there\")\n"));
        // "hello " "world" is the same literal, which the text does not hold as written
        Assert.False(Rejects(literal, "connect(\"hello \" \"world\")\n"));
    }

    [Fact]
    public void ANodeKindThePatternNeedsRejectsAFileWithoutIt()
    {
        // Go's `for ... range` needs a range clause: the words alone are in both files
        var loop = FormulaOf("""
            pattern: |
              for $K, $V := range $M {
                ...
              }
            """, Languages.Go);
        Assert.False(Rejects(loop, "package p\nfunc f(m map[string]int) {\n\tfor k, v := range m {\n\t\tuse(k, v)\n\t}\n}\n", Languages.Go));
        Assert.True(Rejects(loop, "package p\nfunc f(m map[string]int) {\n\tfor i := 0; i < 3; i++ {\n\t\tuse(i, m)\n\t}\n}\n// range\n", Languages.Go));
    }

    [Fact]
    public void ATypedMetavariablesTypeMustBeNamedInTheFile()
    {
        var typed = FormulaOf("pattern: (Connection $C).prepareStatement($Q)", Languages.Java);
        Assert.False(Rejects(typed, "class A { void f(Connection c, String q) { c.prepareStatement(q); } }\n", Languages.Java));
        Assert.True(Rejects(typed, "class A { void f(Session c, String q) { c.prepareStatement(q); } }\n", Languages.Java));
    }

    [Fact]
    public void EachLanguageAndCompilerHasItsOwnProgramAndACopyOfAFormulaIsNotServedItsOriginals()
    {
        var formula = FormulaOf("pattern: eval($X)");
        var compiler = new PatternCompiler(TreeSitterSyntaxProvider.Instance);
        var python = Rejection.For(formula, Languages.Python, compiler);
        Assert.Same(python, Rejection.For(formula, Languages.Python, compiler));
        Assert.NotSame(python, Rejection.For(formula, Languages.JavaScript, compiler));
        Assert.Same(python, Rejection.For(formula, Languages.Python, compiler));

        // another compiler (its options change what parses) has its own
        var other = new PatternCompiler(TreeSitterSyntaxProvider.Instance) { TryClosedFirst = false };
        Assert.NotSame(python, Rejection.For(formula, Languages.Python, other));

        // a copy carries its original's programs and must not be served them: its pattern may be another one
        var copy = ((PatternFormula)formula) with { Code = "exec($X)" };
        var copied = Rejection.For(copy, Languages.Python, compiler);
        Assert.NotSame(python, copied);
        Assert.False(copied.Rejects(Target("exec(1)\n")));
        Assert.True(copied.Rejects(Target("eval(1)\n")));
        Assert.False(Rejection.For(formula, Languages.Python, compiler).Rejects(Target("eval(1)\n")));
    }

    [Fact]
    public void AFormulaAskedUnderManyCompilersStillAnswersForEach()
    {
        // the programs kept per formula are bounded: older ones are dropped and made again when asked
        var formula = FormulaOf("pattern: pickle.loads($X)");
        var compilers = Enumerable.Range(0, 7).Select(_ => new PatternCompiler(TreeSitterSyntaxProvider.Instance)).ToList();
        foreach (var compiler in compilers.Concat(compilers))
        {
            Assert.False(Rejection.For(formula, Languages.Python, compiler).Rejects(Target("import pickle\npickle.loads(b)\n")));
            Assert.True(Rejection.For(formula, Languages.Python, compiler).Rejects(Target("import json\njson.dumps(b)\n")));
        }
    }

    [Fact]
    public void AFormulasValueLeavesOutItsIdentityHashAndItsPrograms()
    {
        var a = new PatternFormula("eval($X)", 3);
        var b = new PatternFormula("eval($X)", 3);
        _ = Rejection.For(a, Languages.Python, new PatternCompiler(TreeSitterSyntaxProvider.Instance));
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a.IdentityHash, b.IdentityHash);
        Assert.NotEqual(a, new PatternFormula("eval($X)", 4));
        Assert.NotEqual(a, new PatternFormula("exec($X)", 3));
        Assert.NotEqual<Formula>(new InsideFormula(a, 3), new InsideFormula(new PatternFormula("exec($X)", 3), 3));
        Assert.Equal<Formula>(new InsideFormula(a, 3), new InsideFormula(b, 3));
    }

    [Fact]
    public void TheAnswersPerTextAndKindAreThoseOfEachTarget()
    {
        // two targets in turn, in both orders: an answer kept for one is never read for the other
        var formula = FormulaOf("pattern: yaml.load($X)");
        var compiler = new PatternCompiler(TreeSitterSyntaxProvider.Instance);
        var with = Target("import yaml\nyaml.load(s)\n");
        var without = Target("import json\njson.loads(s)\n");
        var evaluator = new FormulaEvaluator(compiler, TreeSitterSyntaxProvider.Instance);
        Assert.False(evaluator.CannotMatch(formula, with));
        Assert.True(evaluator.CannotMatch(formula, without));
        Assert.False(evaluator.CannotMatch(formula, with));
        Assert.Single(evaluator.Evaluate(formula, with));
        Assert.Empty(evaluator.Evaluate(formula, without));
    }

    [Fact]
    public void ATaintRuleMayFlowOnlyWhereASourceAndASinkMayMatch()
    {
        const string yaml = """
            rules:
              - id: t
                message: m
                severity: HIGH
                languages: [python]
                mode: taint
                pattern-sources:
                  - pattern: request.args.get(...)
                pattern-sinks:
                  - pattern: os.system(...)
            """;
        var taint = RuleLoader.Parse(yaml, "t.yaml").Rules.Single().Taint!;
        var evaluator = new FormulaEvaluator(new PatternCompiler(TreeSitterSyntaxProvider.Instance), TreeSitterSyntaxProvider.Instance);
        Assert.True(TaintEngine.MayFlow(taint, Target("import os\nx = request.args.get('a')\nos.system(x)\n"), evaluator));
        Assert.False(TaintEngine.MayFlow(taint, Target("import os\nx = input()\nos.system(x)\n"), evaluator));
        Assert.False(TaintEngine.MayFlow(taint, Target("x = request.args.get('a')\nprint(x)\n"), evaluator));
    }
}
