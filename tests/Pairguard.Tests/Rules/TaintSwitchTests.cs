using Pairguard.Scanning;

namespace Pairguard.Tests.Rules;

/// <summary>switch/case/match arms are branches: taint from any live arm survives, a constant subject keeps only its arm.</summary>
public class TaintSwitchTests
{
    private const string Rule = """
        mode: taint
        pattern-sources:
          - pattern: source()
        pattern-sinks:
          - pattern: sink(...)
        """;

    [Theory]
    // a constant subject: only `case 6` runs, whose last assignment is tainted; the default arm's null does not clean it
    [InlineData(Languages.CSharp, "class A { void F() {\n string d = null;\n switch (6) {\n case 6:\n  d = \"\";\n  d = source();\n  break;\n default:\n  d = null;\n  break;\n }\n sink(d);\n} }\n", new[] { 12 })]
    // a constant subject selecting the clean arm: no finding
    [InlineData(Languages.CSharp, "class A { void F() {\n string d = null;\n switch (5) {\n case 6:\n  d = source();\n  break;\n default:\n  d = \"foo\";\n  break;\n }\n sink(d);\n} }\n", new int[0])]
    [InlineData(Languages.Java, "class A { void f() {\n String d = null;\n switch (6) {\n case 6:\n  d = source();\n  break;\n default:\n  d = null;\n  break;\n }\n sink(d);\n} }\n", new[] { 11 })]
    // an unknown subject: the tainted arm joins the clean one
    [InlineData(Languages.JavaScript, "let d = 'x';\nswitch (mode) {\n  case 'a':\n    d = source();\n    break;\n  default:\n    d = 'y';\n}\nsink(d);\n", new[] { 9 })]
    [InlineData(Languages.Php, "<?php\n$d = 'x';\nswitch ($m) {\n  case 1: $d = source(); break;\n  default: $d = 'y';\n}\nsink($d);\n", new[] { 7 })]
    [InlineData(Languages.Go, "package m\nfunc f() {\n  d := \"x\"\n  switch 6 {\n  case 6:\n    d = source()\n  default:\n    d = \"y\"\n  }\n  sink(d)\n}\n", new[] { 10 })]
    [InlineData(Languages.Go, "package m\nfunc f() {\n  d := \"x\"\n  switch 5 {\n  case 6:\n    d = source()\n  default:\n    d = \"y\"\n  }\n  sink(d)\n}\n", new int[0])]
    [InlineData(Languages.Python, "d = 'x'\nmatch mode:\n    case 'a':\n        d = source()\n    case _:\n        d = 'y'\nsink(d)\n", new[] { 7 })]
    [InlineData(Languages.Ruby, "d = 'x'\ncase mode\nwhen 'a'\n  d = source()\nelse\n  d = 'y'\nend\nsink(d)\n", new[] { 8 })]
    // every arm overwrites with a constant: clean afterwards
    [InlineData(Languages.JavaScript, "let d = source();\nswitch (mode) {\n  case 'a':\n    d = 'p';\n    break;\n  default:\n    d = 'q';\n}\nsink(d);\n", new int[0])]
    public void ArmsAreBranches(string language, string code, int[] expected) =>
        Assert.Equal(expected, EngineHarness.Lines(language, Rule, code));
}
