namespace Pairguard.Rules.Matching;

/// <summary>Parses text into managed trees for the rule engine (implemented over the tree-sitter syntax layer).</summary>
public interface ISyntaxProvider
{
    /// <summary>True when the language has a grammar.</summary>
    bool Supports(string language);

    /// <summary>Parses text of a language; null with an error message when it cannot be parsed at all.</summary>
    AstNode? Parse(string text, string language, out int errorNodes, out string? error, CancellationToken cancellationToken = default);
}
