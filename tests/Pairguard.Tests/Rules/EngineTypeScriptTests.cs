namespace Pairguard.Tests.Rules;

/// <summary>Engine behaviour the TypeScript rule pack relies on: destructuring in taint, a trailing <c>...</c> in a sequence.</summary>
public class EngineTypeScriptTests
{
    private const string TypeScript = Pairguard.Scanning.Languages.TypeScript;

    private const string TaintBody = """
        mode: taint
        pattern-sources:
          - pattern: req.body
        pattern-sinks:
          - pattern: sink(...)
        """;

    [Fact]
    public void DestructuringTakesTheTaintOfTheWholeRightHandSide()
    {
        var code = """
            function f(req) {
              const { file } = req.body;
              sink(file);
              const { a: renamed, ...rest } = req.body;
              sink(renamed);
              sink(rest);
              const [first] = req.body.items;
              sink(first);
            }
            """;
        Assert.Equal([3, 5, 6, 8], EngineHarness.Lines(TypeScript, TaintBody, code));
    }

    [Fact]
    public void DestructuringAConstantKillsEarlierTaintAndDefaultsAreNotBindings()
    {
        var code = """
            function f(req) {
              let file = req.body.file;
              [file] = ["a.txt"];
              sink(file);
              const { mode = fallback } = { mode: "r" };
              sink(fallback);
            }
            """;
        Assert.Empty(EngineHarness.Lines(TypeScript, TaintBody, code));
    }

    [Fact]
    public void TrailingEllipsisInASequenceCoversTheRestOfTheBlock()
    {
        var body = """
            patterns:
              - pattern-inside: |
                  if (!$P.startsWith($B)) { ... }
                  ...
              - pattern: use($P)
            """;
        var code = """
            function f(p) {
              use(p);
              if (!p.startsWith("/base/")) {
                return;
              }
              log("checked");
              use(p);
            }
            """;
        Assert.Equal([7], EngineHarness.Lines(TypeScript, body, code));
    }
}
