using Pairguard.Scanning;

namespace Pairguard.Tests.Rules;

public class EngineJavaScriptTests
{
    private const string Rule = """
        mode: taint
        pattern-sources:
          - pattern: req.body
        pattern-sinks:
          - patterns:
              - pattern: db.query($Q)
              - focus-metavariable: $Q
        """;

    [Fact]
    public void DestructuringTaintsEveryBoundName()
    {
        var code = """
            app.post("/", (req, res) => {
              const { name, age: a, ...rest } = req.body;
              db.query("SELECT " + name);
              db.query("SELECT " + a);
              db.query("SELECT " + rest.x);
              const [first, second = "x"] = req.body;
              db.query("SELECT " + second);
              const { safe } = { safe: "constant" };
              db.query("SELECT " + safe);
            });
            """;
        Assert.Equal([3, 4, 5, 7], EngineHarness.Lines(Languages.JavaScript, Rule, code));
    }

    [Fact]
    public void DestructuringFromCleanValueKillsEarlierTaint()
    {
        var code = """
            app.post("/", (req, res) => {
              let name = req.body;
              ({ name } = { name: "constant" });
              db.query("SELECT " + name);
            });
            """;
        Assert.Empty(EngineHarness.Findings(Languages.JavaScript, Rule, code));
    }

    [Fact]
    public void ObjectLiteralKeysAreNotReadsButShorthandEntriesAre()
    {
        var code = """
            app.post("/", (req, res) => {
              const name = req.body;
              db.query({ name: "constant" });
              db.query({ name });
              db.query({ sql: "SELECT 1", values: [name] });
            });
            """;
        Assert.Equal([4, 5], EngineHarness.Lines(Languages.JavaScript, Rule, code));
    }

    [Fact]
    public void TrailingEllipsisInSequenceSpansToTheEndOfTheBlock()
    {
        var rule = """
            patterns:
              - pattern: fs.readFile($P)
              - pattern-not-inside: |
                  if (<... $P.startsWith(...) ...>) { ... }
                  ...
            """;
        var code = """
            function read(p) {
              if (!p.startsWith(BASE)) {
                return null;
              }
              const first = fs.readFile(p);
              fs.readFile(p);
              return first;
            }
            function other(p) {
              fs.readFile(p);
            }
            """;
        Assert.Equal([10], EngineHarness.Lines(Languages.JavaScript, rule, code));
    }
}
