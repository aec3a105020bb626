using Pairguard.Scanning;

namespace Pairguard.Tests.Rules;

/// <summary>Engine behaviour the Go rule pack relies on.</summary>
public class EngineGoTests
{
    private const string CookieRule = """
        mode: taint
        pattern-sources:
          - pattern: $C.Cookie(...)
        pattern-sinks:
          - patterns:
              - pattern: os.Remove($P)
              - focus-metavariable: $P
        """;

    [Fact]
    public void MultiValueAssignmentFromOneCallTaintsEveryTarget()
    {
        var code = "package m\nfunc h(c *gin.Context) {\n\tname, err := c.Cookie(\"n\")\n\tos.Remove(name)\n\tos.Remove(\"fixed\")\n\t_ = err\n}\n";
        Assert.Equal([4], EngineHarness.Lines(Languages.Go, CookieRule, code));
    }

    [Fact]
    public void PairwiseAssignmentKeepsEachValueWithItsTarget()
    {
        var code = "package m\nfunc h(c *gin.Context) {\n\ta, b := c.Cookie(\"n\"), \"safe\"\n\tos.Remove(b)\n\tos.Remove(a)\n}\n";
        Assert.Equal([5], EngineHarness.Lines(Languages.Go, CookieRule, code));
    }

    [Fact]
    public void ReassigningEveryTargetFromConstantsClearsTheTaint()
    {
        var code = "package m\nfunc h(c *gin.Context) {\n\tname, err := c.Cookie(\"n\")\n\tname, err = \"x\", nil\n\tos.Remove(name)\n\t_ = err\n}\n";
        Assert.Empty(EngineHarness.Lines(Languages.Go, CookieRule, code));
    }

    [Fact]
    public void PythonTupleUnpackingOfATaintedCallTaintsTheTargets()
    {
        var rule = """
            mode: taint
            pattern-sources:
              - pattern: request.args.get(...)
            pattern-sinks:
              - pattern: os.system(...)
            """;
        var code = "import os\ndef f():\n    a, b = split(request.args.get('x'))\n    os.system(a)\n";
        Assert.Equal([4], EngineHarness.Lines(Languages.Python, rule, code));
    }

    [Fact]
    public void TrailingEllipsisOfAStatementSequenceCoversTheRestOfTheBlock()
    {
        var rule = """
            patterns:
              - pattern: os.Open($P)
              - pattern-not-inside: |
                  if !strings.HasPrefix(...) { ... }
                  ...
            """;
        var code = "package m\nfunc h(p string) {\n\tos.Open(p)\n\tif !strings.HasPrefix(p, \"/data/\") {\n\t\treturn\n\t}\n\tos.Open(p)\n}\n";
        Assert.Equal([3], EngineHarness.Lines(Languages.Go, rule, code));
    }

    [Fact]
    public void SequenceWithTrailingEllipsisAsPatternInside()
    {
        var rule = """
            patterns:
              - pattern: $H.Write(...)
              - pattern-inside: |
                  $H := md5.New()
                  ...
            """;
        var code = "package m\nfunc h(pw string, w io.Writer) {\n\tw.Write(nil)\n\th := md5.New()\n\th.Write([]byte(pw))\n\tw.Write(nil)\n}\n";
        Assert.Equal([5], EngineHarness.Lines(Languages.Go, rule, code));
    }
}
