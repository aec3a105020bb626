namespace Pairguard.Syntax;

/// <summary>A tree-sitter query that does not compile (syntax, unknown node kind or field, bad predicate).</summary>
public sealed class QueryException : Exception
{
    public QueryException(string message)
        : base(message)
    {
    }
}
