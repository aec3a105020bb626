using Pairguard.Scanning;

namespace Pairguard.Tests.Rules;

/// <summary>Engine behaviour the C# rule pack relies on: method patterns, unmentioned modifiers and attributes, trailing ellipses.</summary>
public class EngineCSharpTests
{
    [Fact]
    public void MethodPatternMatchesClassMethods()
    {
        const string Code = "class A {\n public int F(int a) { return a; }\n private void G() { }\n}\n";
        Assert.Equal([2], EngineHarness.Lines(Languages.CSharp, "pattern: |\n  public $R $M(...) { ... }", Code));
    }

    [Fact]
    public void ModifiersAndAttributesThePatternDoesNotMentionAreSkipped()
    {
        const string Code = "[ApiController]\npublic sealed class UsersController : ControllerBase { }\nclass Other : Thing { }\n";
        Assert.Equal([1], EngineHarness.Lines(Languages.CSharp, "pattern: |\n  class $C : ControllerBase { ... }", Code));
    }

    [Fact]
    public void AttributePatternFindsTheAttributeAmongOthers()
    {
        const string Code = "class A {\n [HttpDelete(\"{id}\")]\n [Authorize(Roles = \"Admin\")]\n public void D() { }\n [HttpDelete(\"{id}\")]\n public void E() { }\n}\n";
        Assert.Equal([2], EngineHarness.Lines(Languages.CSharp, "pattern: |\n  [Authorize(...)]\n  public $R $M(...) { ... }", Code));
    }

    [Fact]
    public void TrailingEllipsisCoversTheRestOfTheBlock()
    {
        const string Code = "class A { void F(string p) {\n if (!p.StartsWith(root)) { return; }\n Log(1);\n Use(p);\n} }\n";
        const string Rule = "patterns:\n  - pattern: Use($X)\n  - pattern-inside: |\n      if (!$X.StartsWith(...)) { ... }\n      ...";
        Assert.Equal([4], EngineHarness.Lines(Languages.CSharp, Rule, Code));
    }
}
