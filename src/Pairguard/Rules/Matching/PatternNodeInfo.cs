namespace Pairguard.Rules.Matching;

/// <summary>What the matcher asks of a pattern node on every match attempt, computed once per node.</summary>
internal sealed class PatternNodeInfo
{
    /// <summary>The node without redundant parentheses and statement wrappers.</summary>
    public required AstNode Unwrapped { get; init; }

    /// <summary>The metavariable the (unwrapped) node stands for, or null.</summary>
    public required string? Metavariable { get; init; }

    /// <summary>The type a typed metavariable (<c>(T $X)</c>) requires of what it binds, or null.</summary>
    public required string? MetavariableType { get; init; }

    /// <summary><see cref="MetavariableType"/> without pointer marks or generic arguments (<see cref="StructuralMatcher.QualifiedTypeName"/>), or null.</summary>
    public string? QualifiedType { get; init; }

    /// <summary>The simple name of <see cref="QualifiedType"/> (<see cref="StructuralMatcher.SimpleTypeName"/>), or null.</summary>
    public string? SimpleType { get; init; }

    /// <summary>True for <c>...</c> (and its variants).</summary>
    public required bool IsEllipsis { get; init; }

    /// <summary>The <c>$...X</c> name the node stands for, or null.</summary>
    public required string? SequenceName { get; init; }

    /// <summary>For <c>&lt;... P ...&gt;</c>: the inner pattern P.</summary>
    public required AstNode? DeepInner { get; init; }

    /// <summary>True when the unwrapped node is a string literal kind.</summary>
    public required bool IsString { get; init; }

    /// <summary>True when the unwrapped node is an argument list holding a keyword argument.</summary>
    public required bool HasKeywordArguments { get; init; }

    /// <summary>For an interpolated string literal with holes (<c>f"...{$X}"</c>): its text pieces and holes, else null.</summary>
    public required List<StructuralMatcher.StringPart>? StringParts { get; init; }

    /// <summary>For a dotted name that imports may abbreviate (<c>os.path.join</c>): its names, else null.</summary>
    public required List<AstNode>? Chain { get; init; }

    /// <summary>True for a plain <c>=</c> assignment, which also matches a declaration with an initial value.</summary>
    public required bool IsAssignment { get; init; }

    /// <summary>For a string literal whose content is one metavariable (<c>'$NAME'</c>): that name, else null.</summary>
    public required string? StringMetavariable { get; init; }

    /// <summary>For a Python <c>import a.b</c> pattern: the module, which any import of it or from it matches; else null.</summary>
    public required string? ImportedModule { get; init; }

    /// <summary>True when the unwrapped node has decorator children.</summary>
    public required bool HasDecorators { get; init; }

    /// <summary>True when the node has significant children and all are ellipses (a list that may also be left out).</summary>
    public required bool OnlyEllipses { get; init; }

    /// <summary>
    /// True when the node matches a target in at most one way, child by child in order: no deep pattern, ellipsis, <c>$...X</c>,
    /// keyword argument or decorator anywhere below it.
    /// </summary>
    public required bool Fixed { get; init; }
}
