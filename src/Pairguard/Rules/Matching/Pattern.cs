namespace Pairguard.Rules.Matching;

/// <summary>A pattern parsed into the target language's tree: one node, or a sequence of statements.</summary>
public sealed class Pattern
{
    public Pattern(IReadOnlyList<AstNode> nodes, string text)
    {
        Nodes = nodes;
        Text = text;
    }

    /// <summary>The pattern's top nodes after stripping program/statement wrappers (more than one: a statement sequence).</summary>
    public IReadOnlyList<AstNode> Nodes { get; }

    /// <summary>The hash of this object's identity, for the rule engine's caches (<see cref="IdentityKey"/>).</summary>
    internal int IdentityHash { get; } = IdentityNumbers.Next();

    /// <summary>The numbers (<see cref="TextIds.OfKind"/>) of <see cref="RequiredKinds"/>, in the same order, once computed.</summary>
    internal int[]? RequiredKindIds { get; set; }

    /// <summary>The original pattern text.</summary>
    public string Text { get; }

    public bool IsSequence => Nodes.Count > 1;

    /// <summary>The texts any match must hold (see <see cref="StructuralMatcher.RequiredTexts(Pattern)"/>), once computed.</summary>
    internal string[]? RequiredTexts { get; set; }

    /// <summary>The texts the pattern's string literals need (see <see cref="StructuralMatcher.StringTexts"/>), once computed.</summary>
    internal string[]? StringTexts { get; set; }

    /// <summary>The texts any match must hold, as needed texts (leaves are whole tokens), once computed.</summary>
    internal NeededText[]? Needed { get; set; }

    /// <summary><see cref="Needed"/> and the texts of the pattern's string literals, once computed.</summary>
    internal NeededText[]? NeededWithStrings { get; set; }

    /// <summary>For the pattern's <c>"=~/regex/"</c> literals that need no plain text, their regexes' anchor sets (each match holds a word of each), once computed.</summary>
    internal RegexAnchors[]? StringAnchors { get; set; }

    /// <summary>The type names the pattern's typed metavariables need in the file (anywhere: declarations are elsewhere), once computed.</summary>
    internal NeededText[]? TypeTexts { get; set; }

    /// <summary>The names of the metavariables (<c>$X</c>, not <c>$...X</c>) the pattern's nodes stand for, once computed.</summary>
    internal string[]? Metavariables { get; set; }

    /// <summary>The node kinds any match must hold (see <see cref="StructuralMatcher.RequiredKinds"/>), once computed.</summary>
    internal string[]? RequiredKinds { get; set; }
}
