namespace Pairguard.Syntax;

/// <summary>How a parse ended.</summary>
public enum ParseStatus
{
    /// <summary>A tree was produced (it may still contain ERROR or MISSING nodes).</summary>
    Parsed,

    /// <summary>The parse ran past its deadline and was abandoned.</summary>
    TimedOut,

    /// <summary>The text is larger than the size cap and was not parsed.</summary>
    TooLarge,

    /// <summary>No grammar exists for the language.</summary>
    UnsupportedLanguage,

    /// <summary>The native tree-sitter library could not be loaded.</summary>
    Unavailable,
}
