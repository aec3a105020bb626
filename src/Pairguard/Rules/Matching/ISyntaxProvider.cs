namespace Pairguard.Rules.Matching;

/// <summary>Parses text into managed trees for the rule engine (implemented over the tree-sitter syntax layer).</summary>
public interface ISyntaxProvider
{
    /// <summary>True when the language has a grammar.</summary>
    bool Supports(string language);

    /// <summary>Parses text of a language; null with an error message when it cannot be parsed at all.</summary>
    AstNode? Parse(string text, string language, out int errorNodes, out string? error, CancellationToken cancellationToken = default);

    /// <summary>
    /// Like <see cref="Parse"/>, but the provider may build the tree from nodes it reuses once the caller gives the tree back with
    /// <see cref="Release"/> (and nothing refers to its nodes any more).
    /// </summary>
    AstNode? ParseReusable(string text, string language, out int errorNodes, out string? error, CancellationToken cancellationToken = default) =>
        Parse(text, language, out errorNodes, out error, cancellationToken);

    /// <summary>Gives back a tree from <see cref="ParseReusable"/>; its nodes must not be used afterwards.</summary>
    void Release(AstNode root)
    {
    }
}
