using Pairguard.Rules;
using Pairguard.Scanning;

namespace Pairguard.Tests.Rules;

public class TaintEngineTests
{
    private const string JsRule = """
        mode: taint
        pattern-sources:
          - pattern: req.query.$P
        pattern-sanitizers:
          - pattern: escapeHtml(...)
        pattern-sinks:
          - patterns:
              - pattern: res.send($BODY)
              - focus-metavariable: $BODY
        """;

    [Fact]
    public void JavaScriptFlowThroughTemplateAndHelper_WithTrace()
    {
        var code = """
            function wrap(s) { return "<p>" + s + "</p>"; }
            app.get("/", (req, res) => {
              const name = req.query.name;
              const html = `<h1>${wrap(name)}</h1>`;
              res.send(html);
              res.send(escapeHtml(name));
              res.send("static");
            });
            """;
        var f = Assert.Single(EngineHarness.Findings(Languages.JavaScript, JsRule, code));
        Assert.Equal(5, f.Location.StartLine);
        Assert.Equal("source", f.Trace[0].Kind);
        Assert.Equal(3, f.Trace[0].Location.StartLine);
        Assert.Equal("sink", f.Trace[^1].Kind);
        Assert.Contains(f.Trace, s => s.Kind == "call");
    }

    [Fact]
    public void ASinkArgumentFollowedIntoAHelperThatHasItsOwnSinksIsChecked()
    {
        // the outer call's sink (its focused argument) is a call of a function of the file whose body holds another res.send: checking
        // that body's sinks happens while the outer call's sinks are being gone through
        var code = """
            function page(res, body) {
              res.send(body);
              return body;
            }
            app.get("/", (req, res) => {
              res.send(page(res, req.query.q));
            });
            """;
        var lines = EngineHarness.Lines(Languages.JavaScript, JsRule, code);
        Assert.Contains(6, lines);
    }

    [Fact]
    public void TaintRulesOfOneFileEachFollowTheFlowThroughItsHelpers()
    {
        // the file's functions are listed once and shared by its taint rules: the second rule must see them as the first did
        var yaml = """
            rules:
              - id: to-send
                mode: taint
                message: m
                severity: HIGH
                languages: [javascript]
                pattern-sources: [{ pattern: req.query.$P }]
                pattern-sinks: [{ pattern: res.send(...) }]
              - id: to-exec
                mode: taint
                message: m
                severity: HIGH
                languages: [javascript]
                pattern-sources: [{ pattern: req.query.$P }]
                pattern-sinks: [{ pattern: exec(...) }]
            """;
        // each flow needs the helpers' bodies: param's return value is the source, and clean returns a constant whatever it is given
        var code = """
            function param(req) { return req.query.v; }
            function clean(s) { return "constant"; }
            app.get("/", (req, res) => {
              res.send(param(req));
              res.send(clean(req.query.w));
              exec(param(req));
              exec(clean(req.query.w));
            });
            """;
        var set = RuleLoader.Parse(yaml, "two.yaml");
        Assert.Empty(set.Errors);
        var analyzer = new RuleAnalyzer(set.Rules, Pairguard.Syntax.TreeSitterSyntaxProvider.Instance);
        var found = analyzer.Run(SourceFile.FromText("t.js", code, Languages.JavaScript), CancellationToken.None);

        Assert.Equal(["to-exec 6", "to-send 4"], found.Select(f => $"{f.RuleId} {f.Location.StartLine}").Order(StringComparer.Ordinal));
        Assert.All(found, f => Assert.Contains(f.Trace, s => s.Kind == "call"));
    }

    [Fact]
    public void SanitizerCutsTheFlowAndReassignmentKillsIt()
    {
        var code = """
            app.get("/", (req, res) => {
              let v = req.query.v;
              v = escapeHtml(v);
              res.send(v);
              let w = req.query.w;
              w = "constant";
              res.send(w);
            });
            """;
        Assert.Empty(EngineHarness.Findings(Languages.JavaScript, JsRule, code));
    }

    [Fact]
    public void GoFlowFromFormValueToExec()
    {
        var rule = """
            mode: taint
            pattern-sources:
              - pattern: $R.FormValue(...)
            pattern-sinks:
              - patterns:
                  - pattern: exec.Command($CMD, ...)
                  - focus-metavariable: $CMD
            """;
        var code = "package m\nfunc h(w http.ResponseWriter, r *http.Request) {\n\tname := r.FormValue(\"n\")\n\tcmd := \"ls \" + name\n\texec.Command(cmd)\n\texec.Command(\"ls\")\n}\n";
        Assert.Equal([5], EngineHarness.Lines(Languages.Go, rule, code));
    }

    [Fact]
    public void CSharpFlowIntoAHelperMethodParameter()
    {
        var rule = """
            mode: taint
            pattern-sources:
              - pattern: Request.Query[...]
            pattern-sinks:
              - patterns:
                  - pattern: Process.Start($CMD, ...)
                  - focus-metavariable: $CMD
            """;
        var code = "class C {\n  void Run(string c) {\n    Process.Start(c);\n  }\n  void Handle() {\n    var q = Request.Query[\"c\"];\n    Run(q);\n    Run(\"date\");\n  }\n}\n";
        var f = Assert.Single(EngineHarness.Findings(Languages.CSharp, rule, code));
        Assert.Equal(3, f.Location.StartLine);
        Assert.Contains(f.Trace, s => s.Kind == "parameter");
    }

    [Fact]
    public void TypeScriptContainerElementTaintsTheContainer()
    {
        var rule = """
            mode: taint
            pattern-sources:
              - pattern: location.hash
            pattern-sinks:
              - pattern: eval(...)
            """;
        var code = "const parts = [location.hash, 'x'];\neval(parts);\nconst clean = ['a', 'b'];\neval(clean);\n";
        Assert.Equal([2], EngineHarness.Lines(Languages.TypeScript, rule, code));
    }
}
