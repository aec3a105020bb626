namespace Pairguard.Syntax;

/// <summary>Thrown when the tree-sitter library (libpairguard-treesitter.so) or a grammar cannot be loaded.</summary>
public sealed class SyntaxUnavailableException : Exception
{
    public SyntaxUnavailableException(string message)
        : base(message)
    {
    }
}
