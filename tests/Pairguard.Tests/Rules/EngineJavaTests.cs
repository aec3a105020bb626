namespace Pairguard.Tests.Rules;

/// <summary>Engine behaviour the Java rule pack relies on.</summary>
public class EngineJavaTests
{
    private const string Java = Pairguard.Scanning.Languages.Java;

    [Fact]
    public void TrailingEllipsisInASequenceCoversTheRestOfTheBlock()
    {
        var body = """
            patterns:
              - pattern-inside: |
                  PrintWriter $W = $RESP.getWriter();
                  ...
              - pattern: $W.print($X)
            """;
        var code = "class A {\n  void f(HttpServletResponse resp, String s) {\n    out.print(s);\n    PrintWriter out = resp.getWriter();\n    log(s);\n    out.print(s);\n  }\n}\n";
        Assert.Equal([6], EngineHarness.Lines(Java, body, code));
    }

    [Fact]
    public void TrailingEllipsisInANotInsideSilencesLaterStatementsOnly()
    {
        var body = """
            patterns:
              - pattern: sink($X)
              - pattern-not-inside: |
                  guard($X);
                  ...
            """;
        var code = "class A {\n  void f(String s) {\n    sink(s);\n    guard(s);\n    sink(s);\n  }\n}\n";
        Assert.Equal([3], EngineHarness.Lines(Java, body, code));
    }

    [Fact]
    public void StaticLibraryCallIsNotResolvedToASameNamedMethodOfTheFile()
    {
        var body = """
            mode: taint
            pattern-sources:
              - pattern: source()
            pattern-sinks:
              - pattern: sink(...)
            """;
        var code = "class A {\n  Object get(String n) { return source(); }\n  void f() {\n    sink(Paths.get(\"/a\"));\n    sink(this.get(\"/a\"));\n    sink(A.get(\"/b\"));\n  }\n}\n";
        Assert.Equal([5, 6], EngineHarness.Lines(Java, body, code));
    }
}
