namespace Pairguard.Rules.Matching;

/// <summary>The parsed file a formula is evaluated on.</summary>
public sealed class MatchTarget
{
    private Dictionary<string, List<AstNode>>? _byKind;
    private TextOccurrences? _occurrences;
    private ArraySegment<AstNode>? _nodes;

    public MatchTarget(AstNode root, string language)
    {
        Root = root;
        Language = language;
    }

    /// <summary>A target for part of a file whose text positions are already indexed (a metavariable's bound node).</summary>
    internal MatchTarget(AstNode root, string language, TextOccurrences occurrences)
        : this(root, language)
    {
        _occurrences = occurrences;
    }

    public AstNode Root { get; }

    public string Language { get; }

    public string Text => Root.Source;

    /// <summary>Nodes by kind, built on first use.</summary>
    public Dictionary<string, List<AstNode>> ByKind => _byKind ??= Root.KindIndex ?? StructuralMatcher.IndexByKind(Nodes);

    /// <summary>The root and all its descendants in pre-order (as <see cref="AstNode.DescendantsAndSelf"/>), built on first use.</summary>
    internal ArraySegment<AstNode> Nodes => _nodes ??= Root.PreOrder is { Count: > 0 } listed ? listed : new ArraySegment<AstNode>([.. Root.DescendantsAndSelf()]);

    /// <summary>Where words occur in the source text, found on first use of each word.</summary>
    internal TextOccurrences Occurrences => _occurrences ??= new TextOccurrences(Root.Source, KnownAbsent);

    /// <summary>When set, answers for some words that the source text does not hold them (see <see cref="Prefilter.Knows"/>).</summary>
    internal Func<string, bool>? KnownAbsent { get; init; }
}
