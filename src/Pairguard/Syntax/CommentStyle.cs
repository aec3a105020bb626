namespace Pairguard.Syntax;

/// <summary>How a language writes comments: line prefixes and an optional block delimiter pair.</summary>
public sealed record CommentStyle(IReadOnlyList<string> LinePrefixes, string? BlockStart = null, string? BlockEnd = null)
{
    /// <summary><c>//</c> and <c>/* */</c>.</summary>
    public static CommentStyle CLike { get; } = new(["//"], "/*", "*/");

    /// <summary><c>#</c> only.</summary>
    public static CommentStyle Hash { get; } = new(["#"]);

    /// <summary>No comments (JSON).</summary>
    public static CommentStyle None { get; } = new([]);
}
