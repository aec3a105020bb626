using Pairguard.Rules;
using Pairguard.Syntax;
using Pairguard.Tests.Support;

namespace Pairguard.Tests.Rules;

/// <summary>Pairguard's file- and project-level conditions: app-wide protection silences a per-handler rule.</summary>
public class FileAndProjectConditionTests
{
    private const string Python = Pairguard.Scanning.Languages.Python;

    private const string AdminRoute = "@app.route(\"/admin\")\ndef admin():\n    return \"x\"\n";

    private const string InFileBody = """
        patterns:
          - pattern: |
              @app.route(...)
              def $F(...): ...
          - pattern-not-in-file: |
              @app.before_request
              def $G(...): ...
        """;

    [Fact]
    public void NotInFileDropsEveryMatchWhenTheFileHasTheGuard()
    {
        Assert.Equal([1], EngineHarness.Lines(Python, InFileBody, AdminRoute));
        var guarded = "@app.before_request\ndef check():\n    pass\n\n" + AdminRoute;
        Assert.Empty(EngineHarness.Lines(Python, InFileBody, guarded));
    }

    [Fact]
    public void InFileKeepsMatchesOnlyWhenTheFileHasTheFormula()
    {
        var body = "patterns:\n  - pattern: eval($X)\n  - pattern-in-file: import flask\n";
        Assert.Empty(EngineHarness.Lines(Python, body, "eval(x)\n"));
        Assert.Equal([2], EngineHarness.Lines(Python, body, "import flask\neval(x)\n"));
    }

    [Fact]
    public void InFileBindingsDoNotLeakIntoTheMatch()
    {
        // $X in the file condition is independent: the guard binds another name than the match
        var body = "patterns:\n  - pattern: eval($X)\n  - pattern-not-in-file: check($X)\n";
        Assert.Empty(EngineHarness.Lines(Python, body, "check(y)\neval(x)\n"));
    }

    [Fact]
    public void ProjectConditionWithoutAProjectLooksAtTheFileAlone()
    {
        var body = "patterns:\n  - pattern: eval($X)\n  - pattern-not-in-project: safe_mode()\n";
        Assert.Equal([1], EngineHarness.Lines(Python, body, "eval(x)\n"));
        Assert.Empty(EngineHarness.Lines(Python, body, "eval(x)\nsafe_mode()\n"));
    }

    [Fact]
    public void UnknownOperatorErrorListsTheExtensions()
    {
        var set = RuleLoader.Parse("rules:\n  - id: t\n    message: m\n    severity: LOW\n    languages: [python]\n    patterns:\n      - pattern: a()\n      - pattern-not-in-repo: b()\n", "t.yaml");
        var error = Assert.Single(set.Errors);
        Assert.Contains("pattern-not-in-project", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotInProjectLooksAtEveryScannedFileOfTheLanguage()
    {
        using var tree = new TestTree();
        tree.Write("rules/admin.yaml", """
            rules:
              - id: test.admin-route
                message: admin route without app-wide auth
                severity: MEDIUM
                languages: [python]
                patterns:
                  - pattern: |
                      @app.route("/admin")
                      def $F(...): ...
                  - pattern-not-in-project: app.before_request(require_login)
            """);
        tree.Write("app/views.py", AdminRoute);
        tree.Write("app/other.js", "app.before_request(require_login)\n");
        var unprotected = await Scan(tree);
        var finding = Assert.Single(unprotected.Findings, f => f.RuleId == "test.admin-route");
        Assert.Equal("app/views.py", finding.Location.Path);

        // a guard in another file of the same language silences the rule in every file; one in JavaScript did not
        tree.Write("app/__init__.py", "app.before_request(require_login)\n");
        var protectedScan = await Scan(tree);
        Assert.DoesNotContain(protectedScan.Findings, f => f.RuleId == "test.admin-route");
    }

    [Fact]
    public async Task InProjectRequiresTheFormulaSomewhere()
    {
        using var tree = new TestTree();
        tree.Write("rules/r.yaml", """
            rules:
              - id: test.needs-flask
                message: eval in a Flask project
                severity: LOW
                languages: [python]
                patterns:
                  - pattern: eval($X)
                  - pattern-in-project: Flask(...)
            """);
        tree.Write("tool.py", "eval(x)\n");
        Assert.DoesNotContain((await Scan(tree)).Findings, f => f.RuleId == "test.needs-flask");
        tree.Write("web.py", "app = Flask(__name__)\n");
        Assert.Single((await Scan(tree)).Findings, f => f.RuleId == "test.needs-flask");
    }

    private static Task<Pairguard.Scanning.ScanResult> Scan(TestTree tree)
    {
        var request = Scans.Request(tree.Root) with { RulePaths = [Path.Combine(tree.Root, "rules")], RulesOnly = true };
        return new Pairguard.Scanning.Scanner().ScanAsync(request);
    }
}

/// <summary>Two rules describing one flaw on one line are reported once, by the more confident rule.</summary>
public class OnePerFlawTests
{
    [Fact]
    public void SameLineSameCweKeepsTheMoreConfidentRule()
    {
        var yaml = """
            rules:
              - id: t.pattern
                message: pattern
                severity: MEDIUM
                languages: [python]
                metadata: { cwe: "CWE-89", confidence: LOW }
                pattern: cur.execute($Q)
              - id: t.taint
                message: taint
                severity: HIGH
                languages: [python]
                metadata: { cwe: "CWE-89", confidence: HIGH }
                pattern: cur.execute(f"...")
              - id: t.other
                message: other CWE on the same line
                severity: LOW
                languages: [python]
                metadata: { cwe: "CWE-20", confidence: LOW }
                pattern: cur.execute(...)
            """;
        var rules = Pairguard.Rules.RuleLoader.Parse(yaml, "t.yaml").Rules;
        var analyzer = new Pairguard.Rules.RuleAnalyzer(rules, Pairguard.Syntax.TreeSitterSyntaxProvider.Instance);
        var found = analyzer.Run(Pairguard.Scanning.SourceFile.FromText("a.py", "cur.execute(f\"SELECT {x}\")\ncur.execute(q)\n"), CancellationToken.None);

        Assert.Equal(["t.taint", "t.other", "t.pattern", "t.other"], found.OrderBy(f => f.Location.StartLine).Select(f => f.RuleId).ToArray());
    }
}

/// <summary>Rules that share a formula share its evaluation on a file; rules whose formulas differ only in a condition do not.</summary>
public class SharedFormulaTests
{
    [Fact]
    public void SameCodeDifferentConditionsAreNotConfused()
    {
        var yaml = """
            rules:
              - id: t.md5
                message: m
                severity: LOW
                languages: [python]
                patterns:
                  - pattern: hashlib.$F($X)
                  - metavariable-regex: { metavariable: $F, regex: ^md5$ }
              - id: t.sha1
                message: m
                severity: LOW
                languages: [python]
                patterns:
                  - pattern: hashlib.$F($X)
                  - metavariable-regex: { metavariable: $F, regex: ^sha1$ }
              - id: t.any
                message: m
                severity: LOW
                languages: [python]
                pattern: hashlib.$F($X)
            """;
        var rules = Pairguard.Rules.RuleLoader.Parse(yaml, "t.yaml").Rules;
        var analyzer = new Pairguard.Rules.RuleAnalyzer(rules, Pairguard.Syntax.TreeSitterSyntaxProvider.Instance);
        var found = analyzer.Run(Pairguard.Scanning.SourceFile.FromText("a.py", "hashlib.md5(a)\nhashlib.sha1(b)\nhashlib.sha256(c)\n"), CancellationToken.None);

        Assert.Equal([1], found.Where(f => f.RuleId == "t.md5").Select(f => f.Location.StartLine));
        Assert.Equal([2], found.Where(f => f.RuleId == "t.sha1").Select(f => f.Location.StartLine));
        Assert.Equal([1, 2, 3], found.Where(f => f.RuleId == "t.any").Select(f => f.Location.StartLine).Order());
    }
}
