namespace Pairguard.Rules.Matching;

/// <summary>The parsed file a formula is evaluated on.</summary>
public sealed class MatchTarget
{
    private Dictionary<string, List<AstNode>>? _byKind;
    private TextOccurrences? _occurrences;
    private ArraySegment<AstNode>? _nodes;

    /// <summary>The hash of this object's identity, for the rule engine's caches (<see cref="IdentityKey"/>).</summary>
    internal int IdentityHash { get; } = IdentityNumbers.Next();

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
    internal TextOccurrences Occurrences => _occurrences ??= new TextOccurrences(Root.Source, KnownAbsent, KnownPositions);

    /// <summary>True when the tree holds nodes of the kind (its number <paramref name="id"/>, see <see cref="TextIds.OfKind"/>): looked up once per kind, then read from an array.</summary>
    internal bool HasKind(int id, string kind)
    {
        if (id < _kinds.Length && _kinds[id] != 0)
        {
            return _kinds[id] == 1;
        }

        if (id >= _kinds.Length)
        {
            Array.Resize(ref _kinds, Math.Max(id + 1, TextIds.KindCount));
        }

        _kinds[id] = ByKind.ContainsKey(kind) ? (sbyte)1 : (sbyte)-1;
        return _kinds[id] == 1;
    }

    private sbyte[] _kinds = [];

    /// <summary>True when the tree holds Python's implicit concatenations (<c>"a" "b"</c>), whose literals' contents the text does not hold as written; looked up once.</summary>
    internal bool HasConcatenatedStrings => _concatenated ??= ByKind.ContainsKey("concatenated_string");

    private bool? _concatenated;

    /// <summary>When set, answers for some words that the source text does not hold them (see <see cref="Prefilter.Knows"/>).</summary>
    internal Func<string, bool>? KnownAbsent { get; init; }

    /// <summary>When set, where the rule prefilter's pass found its ASCII words in the source text (see <see cref="Prefilter.Locate"/>).</summary>
    internal WordPositions? KnownPositions { get; init; }
}
