using Pairguard.Rules.Matching;
using Pairguard.Rules.Taint;
using Pairguard.Scanning;
using Pairguard.Syntax;

namespace Pairguard.Tests.Rules;

/// <summary>
/// A taint rule walks from the top only the functions that may produce taint on their own (those holding a source and those
/// calling one of them by name, directly or through others; nested functions count for the functions around them) and whose walk
/// may reach a sink (those holding a sink and those calling one of them, the same way).
/// </summary>
public class TaintFunctionSkipTests
{
    private const string JsRule = """
        mode: taint
        pattern-sources:
          - pattern: req.query.$P
        pattern-sinks:
          - pattern: res.send(...)
        """;

    [Theory]
    [InlineData(Languages.JavaScript,
        "function a() { return req.query.x; }\nfunction b() { return a(); }\nfunction c() { return this.b(); }\n"
            + "function d() { items.forEach(function e() { c(); }); }\nfunction f() { other(); }\nfunction g() { return 1; }\n"
            + "function h() { return [req.query.x].length; }\n",
        "req.query.x", "a b c d e h")]
    [InlineData(Languages.Python,
        "def a():\n    return request.args\ndef b():\n    return a()\ndef c():\n    return obj.b()\ndef d():\n    def e():\n        return c()\n    return e\n"
            + "def f():\n    return other()\n",
        "request.args", "a b c d e")]
    [InlineData(Languages.Ruby,
        "def a\n  params[:x]\nend\ndef b\n  a\nend\ndef c\n  b + 1\nend\ndef f\n  1\nend\n",
        "params[:x]", "a b c")]
    [InlineData(Languages.Go,
        "package main\nfunc a() string { return r.URL.Path }\nfunc b() string { return a() }\nfunc f() string { return other() }\n",
        "r.URL.Path", "a b")]
    public void OnlyFunctionsThatHoldOrReachASourceAreMarked(string language, string code, string source, string expected)
    {
        var root = TreeSitterSyntaxProvider.Instance.Parse(code, language, out _, out var error);
        Assert.True(root is not null, error);
        var shapes = AstShapes.For(language)!;
        var declarations = FileDeclarations.Of(new MatchTarget(root, language), shapes);
        var sources = new List<RangeMatch>();
        for (var at = code.IndexOf(source, StringComparison.Ordinal); at >= 0; at = code.IndexOf(source, at + 1, StringComparison.Ordinal))
        {
            sources.Add(new RangeMatch(at, at + source.Length, Bindings.Empty));
        }

        var marked = declarations.Reaching(sources);
        var names = new List<string>();
        for (var i = 0; i < declarations.All.Count; i++)
        {
            if (marked[i])
            {
                names.Add(shapes.FunctionName(declarations.All[i]) ?? "?");
            }
        }

        Assert.Equal(expected, string.Join(' ', names));
        Assert.All(declarations.Reaching([]), Assert.False);

        // a tree without pre-order positions (no kind index from the copy) is walked node by node, with the same answer
        using var parsed = SyntaxParser.Parse(code, language, ParseOptions.Default, CancellationToken.None);
        var (unindexed, _) = ManagedTree.CopyByCursor(parsed.Tree!);
        Assert.True(unindexed.Order < 0);
        var walked = FileDeclarations.Of(new MatchTarget(unindexed, language), shapes);
        Assert.Equal(declarations.All.Select(f => (f.Start, f.End)), walked.All.Select(f => (f.Start, f.End)));
        Assert.Equal(marked, walked.Reaching(sources));
        Assert.Equal(declarations.TypeNames.Order(), walked.TypeNames.Order());
    }

    [Fact]
    public void TheFunctionsThatHoldOrReachASinkAreMarkedTheSameWay()
    {
        var code = "function a(v) { res.send(v); }\nfunction b(v) { a(v); }\nfunction c() { return req.query.x; }\n"
            + "function d() { items.forEach(function e(x) { b(x); }); }\nfunction f() { return c(); }\n";
        var root = TreeSitterSyntaxProvider.Instance.Parse(code, Languages.JavaScript, out _, out var error);
        Assert.True(root is not null, error);
        var shapes = AstShapes.For(Languages.JavaScript)!;
        var declarations = FileDeclarations.Of(new MatchTarget(root, Languages.JavaScript), shapes);
        var sink = code.IndexOf("res.send(v)", StringComparison.Ordinal);
        var marked = declarations.Reaching([new RangeMatch(sink, sink + "res.send(v)".Length, Bindings.Empty)]);
        Assert.Equal("a b d e", string.Join(' ', declarations.All.Where((_, i) => marked[i]).Select(f => shapes.FunctionName(f) ?? "?")));
    }

    [Fact]
    public void AFlowFromASourceReachesASinkTwoCallsDownAndAFunctionThatReachesNoSinkFindsNothing()
    {
        // `start` holds the source and no sink: it is walked because it calls, through `relay`, the function that holds the sink;
        // `idle` holds the source and calls no function that reaches a sink
        var code = """
            function emit(v) { res.send(v); }
            function relay(v) { emit(v); }
            function start() { relay(req.query.q); }
            function idle() { log(req.query.q); }
            """;
        Assert.Equal([1], EngineHarness.Lines(Languages.JavaScript, JsRule, code));
        Assert.Equal(3, Assert.Single(EngineHarness.Findings(Languages.JavaScript, JsRule, code)).Trace[0].Location.StartLine);
    }

    [Fact]
    public void AFlowThroughAChainOfHelpersReachesASinkInAFunctionWithNoSource()
    {
        // only the first helper holds the source: the function with the sink is walked because it calls, through two others, that helper
        var code = """
            function read() { return req.query.q; }
            function relay() { return read(); }
            function again() { return relay(); }
            function page() {
              items.forEach(function (x) { res.send(again()); });
            }
            function quiet() { res.send(other()); }
            """;
        Assert.Equal([5], EngineHarness.Lines(Languages.JavaScript, JsRule, code));
    }
}
