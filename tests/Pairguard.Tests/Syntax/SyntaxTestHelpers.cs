using Pairguard.Syntax;

namespace Pairguard.Tests.Syntax;

/// <summary>Parsing helpers for the syntax tests.</summary>
internal static class SyntaxTestHelpers
{
    /// <summary>Parses text and asserts a tree came back.</summary>
    public static ParseResult ParseOk(string text, string language, bool requireNoErrors = true)
    {
        var result = SyntaxParser.Parse(text, language);
        Assert.True(result.Status == ParseStatus.Parsed, $"{language}: {result.Status} {result.Message}");
        if (requireNoErrors)
        {
            Assert.True(result.Tree!.ErrorCount == 0, $"{language}: {result.Tree.ErrorCount} syntax errors\n{SyntaxPrinter.ToText(result.Tree.Root)}");
        }

        return result;
    }

    /// <summary>The single node of a kind whose text is <paramref name="text"/>.</summary>
    public static Node Single(SyntaxTree tree, string kind, string text) =>
        Assert.Single(tree.Root.FindAll(kind), n => n.Text == text);
}
