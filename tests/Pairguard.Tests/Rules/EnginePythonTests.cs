namespace Pairguard.Tests.Rules;

/// <summary>Engine behaviour the Python rule pack relies on.</summary>
public class EnginePythonTests
{
    private const string Python = Pairguard.Scanning.Languages.Python;

    private const string AnyFunction = """
        patterns:
          - pattern-inside: |
              def $F(...):
                  ...
          - pattern: return token()
        """;

    [Fact]
    public void FunctionPatternWithoutReturnTypeMatchesAnnotatedFunctions()
    {
        var code = "def a() -> str:\n    return token()\n\ndef b():\n    return token()\n";
        Assert.Equal([2, 5], EngineHarness.Lines(Python, AnyFunction, code));
    }

    [Fact]
    public void FunctionPatternWithoutAsyncMatchesAsyncFunctions()
    {
        var code = "async def a(x: int) -> dict:\n    return token()\n";
        Assert.Equal([2], EngineHarness.Lines(Python, AnyFunction, code));
    }

    [Fact]
    public void ReturnTypeInThePatternStillHasToMatch()
    {
        var body = """
            patterns:
              - pattern-inside: |
                  def $F(...) -> int:
                      ...
              - pattern: return token()
            """;
        var code = "def a() -> str:\n    return token()\n\ndef b() -> int:\n    return token()\n\ndef c():\n    return token()\n";
        Assert.Equal([5], EngineHarness.Lines(Python, body, code));
    }

    [Fact]
    public void AsyncInThePatternStillHasToMatch()
    {
        var body = """
            patterns:
              - pattern-inside: |
                  async def $F(...):
                      ...
              - pattern: return token()
            """;
        var code = "def a():\n    return token()\n\nasync def b():\n    return token()\n";
        Assert.Equal([5], EngineHarness.Lines(Python, body, code));
    }

    [Fact]
    public void TrailingEllipsisSequenceAsInsideCoversTheFollowingStatements()
    {
        var body = """
            patterns:
              - pattern-inside: |
                  $K = b"..."
                  ...
              - pattern: encrypt($K)
            """;
        var code = "encrypt(key)\nkey = b\"secret\"\nx = 1\nencrypt(key)\nencrypt(other)\n";
        Assert.Equal([4], EngineHarness.Lines(Python, body, code));
    }

    [Fact]
    public void DecoratorsInThePatternMatchASubsetOfTheTargetsDecorators()
    {
        var body = """
            pattern: |
              @route("/admin")
              def $F(...): ...
            """;
        var code = "@cached\n@route(\"/admin\")\n@log\ndef a():\n    pass\n\n@route(\"/admin\")\ndef b():\n    pass\n\n@log\ndef c():\n    pass\n";
        Assert.Equal([1, 7], EngineHarness.Lines(Python, body, code));
    }

    [Fact]
    public void DecoratorOrderInThePatternIsKept()
    {
        var body = """
            pattern: |
              @first
              @second
              def $F(...): ...
            """;
        var code = "@second\n@first\ndef a():\n    pass\n\n@first\n@other\n@second\ndef b():\n    pass\n";
        Assert.Equal([6], EngineHarness.Lines(Python, body, code));
    }
}
