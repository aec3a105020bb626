using Pairguard.Rules;
using Pairguard.Scanning;

namespace Pairguard.Tests.Rules;

/// <summary><c>pattern-inside</c> used as a term of its own (either alternative, only positive term of <c>patterns</c>, taint spec item), as Semgrep allows.</summary>
public class InsideTermTests
{
    public static TheoryData<string, string, string, int[]> Cases => new()
    {
        // an either of contexts filters the other positive terms: kept when inside any alternative
        {
            Languages.Python,
            "patterns:\n  - pattern-either:\n      - pattern-inside: |\n          def $F(...):\n              ...\n      - pattern-inside: |\n          class $C:\n              ...\n  - pattern: run($X)",
            "run(1)\ndef f():\n    run(2)\nclass K:\n    run(3)\nwhile x:\n    run(4)\n",
            [3, 5]
        },
        {
            Languages.JavaScript,
            "patterns:\n  - pattern-either:\n      - pattern-inside: |\n          if ($C) { ... }\n      - pattern-inside: |\n          while ($C) { ... }\n  - pattern: run($X)",
            "run(1);\nif (a) {\n  run(2);\n}\nwhile (b) {\n  run(3);\n}\nfor (;;) {\n  run(4);\n}\n",
            [3, 6]
        },
        {
            Languages.Go,
            "patterns:\n  - pattern: run($X)\n  - pattern-either:\n      - pattern-inside: |\n          func $F(...) {\n            ...\n          }\n",
            "package p\n\nvar v = run(1)\n\nfunc f() {\n\trun(2)\n}\n",
            [6]
        },

        // an either that mixes a context and a plain pattern: inside the context, or the same range as the pattern
        {
            Languages.Python,
            "patterns:\n  - pattern: run($X)\n  - pattern-either:\n      - pattern-inside: |\n          def $F(...):\n              ...\n      - pattern: run(1)",
            "run(1)\nrun(2)\ndef f():\n    run(3)\n",
            [1, 4]
        },
        {
            Languages.Java,
            "patterns:\n  - pattern: run($X);\n  - pattern-either:\n      - pattern-inside: |\n          synchronized ($L) { ... }\n      - pattern: run(1);",
            "class A {\n  void f() {\n    run(1);\n    run(2);\n    synchronized (this) {\n      run(3);\n    }\n  }\n}\n",
            [3, 6]
        },

        // bindings of the context join the match: the same $X must be bound in both
        {
            Languages.Python,
            "patterns:\n  - pattern-either:\n      - pattern-inside: |\n          $X = source()\n          ...\n  - pattern: sink($X)",
            "a = source()\nsink(a)\nsink(b)\n",
            [2]
        },

        // pattern-inside as the only positive term: its matches are the ranges (here focused on a parameter)
        {
            Languages.Python,
            "patterns:\n  - pattern-inside: |\n      def handler($EVENT, ...):\n          ...\n  - focus-metavariable: $EVENT",
            "def other(a):\n    pass\n\ndef handler(\n        event, ctx):\n    pass\n",
            [5]
        },
        {
            Languages.JavaScript,
            "patterns:\n  - pattern-inside: function handler($EVENT, ...) { ... }\n  - pattern-not-inside: function handler($EVENT, safe) { ... }\n  - focus-metavariable: $EVENT",
            "function other(a) {}\nfunction handler(\n  event, ctx) {}\nfunction handler(\n  evt, safe) {}\n",
            [3]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void InsideTermKeepsExactlyTheExpectedLines(string language, string rule, string code, int[] expected)
    {
        Assert.Equal(expected, EngineHarness.Lines(language, rule, code));
    }

    [Fact]
    public void TaintSourceMadeOfAContextAndAFocusTaintsTheParameter()
    {
        var rule = """
            mode: taint
            pattern-sources:
              - patterns:
                  - pattern-inside: |
                      def handler($EVENT, ...):
                          ...
                  - focus-metavariable: $EVENT
            pattern-sinks:
              - patterns:
                  - pattern: os.system($CMD)
                  - focus-metavariable: $CMD
            """;
        var code = """
            def handler(event, ctx):
                cmd = event["cmd"]
                os.system(cmd)
                os.system("ls")

            def other(event):
                os.system(event)
            """;
        Assert.Equal([3], EngineHarness.Lines(Languages.Python, rule, code));
    }

    [Fact]
    public void JavaScriptTaintSourceMadeOfAContextAndAFocus()
    {
        var rule = """
            mode: taint
            pattern-sources:
              - patterns:
                  - pattern-inside: function handler($EVENT, ...) { ... }
                  - focus-metavariable: $EVENT
            pattern-sinks:
              - pattern: eval(...)
            """;
        var code = """
            function handler(event, ctx) {
              const body = event.body;
              eval(body);
              eval("1 + 1");
            }
            function other(event) {
              eval(event);
            }
            """;
        Assert.Equal([3], EngineHarness.Lines(Languages.JavaScript, rule, code));
    }

    [Fact]
    public void TaintSanitizerGivenAsAContextCleansEverythingInside()
    {
        var rule = """
            mode: taint
            pattern-sources:
              - pattern: input()
            pattern-sanitizers:
              - pattern-inside: |
                  if is_safe(...):
                      ...
            pattern-sinks:
              - pattern: os.system(...)
            """;
        var code = """
            x = input()
            if is_safe(x):
                os.system(x)
            os.system(x)
            """;
        Assert.Equal([4], EngineHarness.Lines(Languages.Python, rule, code));
    }

    [Fact]
    public void PatternsWithoutAnyPositiveOrContextTermIsStillAnError()
    {
        var yaml = "rules:\n  - id: a.b\n    message: m\n    severity: LOW\n    languages: [python]\n    patterns:\n      - pattern-not: foo()\n";
        var error = Assert.Single(RuleLoader.Parse(yaml, "r.yaml").Errors);
        Assert.Contains("needs at least one positive term", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PatternNotInsideIsNotAnEitherAlternative()
    {
        var yaml = "rules:\n  - id: a.b\n    message: m\n    severity: LOW\n    languages: [python]\n    pattern-either:\n      - pattern-not-inside: foo()\n";
        var error = Assert.Single(RuleLoader.Parse(yaml, "r.yaml").Errors);
        Assert.Contains("'pattern-not-inside': not allowed here", error.Message, StringComparison.Ordinal);
    }
}
