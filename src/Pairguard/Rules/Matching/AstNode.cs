namespace Pairguard.Rules.Matching;

/// <summary>A managed copy of a syntax-tree node (kind, field, span, children), so matching never touches native memory.</summary>
/// <remarks>
/// A file's tree has as many nodes as a fifth of its characters, and they live while its rules run: what only the root or only a few
/// nodes need (the source text and the tree's indexes, a pattern node's facts) is kept in shared or on-demand objects, not in every
/// node. The rule engine reuses nodes from file to file (<see cref="Pairguard.Syntax.TreeArena"/>), so the two caches most nodes end up
/// with (significant children, own binding) are fields.
/// </remarks>
public sealed class AstNode
{
    private static readonly AstNode[] NoChildren = [];
    private AstTree _tree;
    private NodeCaches? _caches;
    private bool _unwrapsToItself;
    private AstNode[]? _significant;

    public AstNode(string kind, string? field, bool isNamed, int start, int end, string source)
        : this(kind, field, isNamed, start, end, new AstTree(source), kind.Contains("comment", StringComparison.Ordinal))
    {
    }

    /// <summary>A node of a tree whose nodes share <paramref name="tree"/>, whose kind is already known to be a comment or not (the copy reads it once per grammar symbol).</summary>
    internal AstNode(string kind, string? field, bool isNamed, int start, int end, AstTree tree, bool isComment, int order = -1) =>
        Reuse(kind, field, isNamed, start, end, tree, isComment, order);

    public string Kind { get; private set; }

    /// <summary>Field name of this node in its parent (e.g. <c>function</c>, <c>arguments</c>), when the grammar names one.</summary>
    public string? Field { get; private set; }

    public bool IsNamed { get; private set; }

    /// <summary>Start offset (characters) in <see cref="Source"/>.</summary>
    public int Start { get; private set; }

    /// <summary>End offset (characters, exclusive).</summary>
    public int End { get; private set; }

    /// <summary>The whole text the node belongs to.</summary>
    public string Source => _tree.Source;

    public AstNode? Parent { get; internal set; }

    /// <summary>The children in order (an array, so that loops over them index it directly, with no enumerator or interface call); not to be modified.</summary>
    public AstNode[] Children { get; private set; } = NoChildren;

    /// <summary>Index of this node among its parent's children (0 for a root); found by a search of the parent's children, not stored.</summary>
    public int IndexInParent
    {
        get
        {
            if (Parent is null)
            {
                return 0;
            }

            var siblings = Parent.Children;
            for (var i = 0; i < siblings.Length; i++)
            {
                if (ReferenceEquals(siblings[i], this))
                {
                    return i;
                }
            }

            return -1;
        }
    }

    /// <summary>On a tree's root: every node of the tree in pre-order (as <see cref="DescendantsAndSelf"/> lists them), when the tree was built with them.</summary>
    internal ArraySegment<AstNode> PreOrder => ReferenceEquals(_tree.Root, this) ? _tree.PreOrder : default;

    /// <summary>On a tree's root, when the copy made it: the tree's nodes by kind, each list in pre-order (the rule engine's index).</summary>
    internal Dictionary<string, List<AstNode>>? KindIndex => ReferenceEquals(_tree.Root, this) ? _tree.KindIndex : null;

    /// <summary>The root of this node's tree: the one the copy recorded, else found by climbing the parents.</summary>
    internal AstNode TreeRoot
    {
        get
        {
            if (_tree.Root is { } root)
            {
                return root;
            }

            var top = this;
            while (top.Parent is { } up)
            {
                top = up;
            }

            return top;
        }
    }

    /// <summary>Position of this node in its whole tree's pre-order (the root is 0), or -1 when the tree was built without positions.</summary>
    internal int Order { get; set; } = -1;

    public string Text => Source[Start..End];

    /// <summary>True when this node's text equals <paramref name="text"/> (compared in place).</summary>
    public bool TextIs(string text) => End - Start == text.Length && Source.AsSpan(Start, End - Start).SequenceEqual(text);

    /// <summary>True when both nodes have the same text (compared in place).</summary>
    public bool SameText(AstNode other) =>
        End - Start == other.End - other.Start && Source.AsSpan(Start, End - Start).SequenceEqual(other.Source.AsSpan(other.Start, other.End - other.Start));

    /// <summary>The binding of this one node (<see cref="Binding.Of"/>), made once.</summary>
    internal Binding? SelfBinding { get; set; }

    /// <summary>What <see cref="StructuralMatcher.Unwrap"/> gives for this node (itself, or the node its wrappers hold), once computed.</summary>
    internal AstNode? UnwrappedCache
    {
        get => _unwrapsToItself ? this : _caches?.Unwrapped;
        set
        {
            if (ReferenceEquals(value, this))
            {
                // most nodes wrap nothing: that answer needs no cache object
                _unwrapsToItself = true;
            }
            else
            {
                Caches.Unwrapped = value;
            }
        }
    }

    /// <summary>The matcher's facts about this node when it is part of a pattern (see <see cref="StructuralMatcher"/>), once computed.</summary>
    internal PatternNodeInfo? PatternInfo
    {
        get => _caches?.PatternInfo;
        set => Caches.PatternInfo = value;
    }

    /// <summary>True for comment nodes (any grammar).</summary>
    public bool IsComment { get; private set; }

    /// <summary>Children that carry meaning for matching: no comments, no separators or brackets.</summary>
    /// <remarks>
    /// An array like <see cref="Children"/>, not to be modified: most nodes have no comment or punctuation among their children, and
    /// the answer is then the children array itself.
    /// </remarks>
    public AstNode[] Significant => _significant ??= SignificantChildren();

    private NodeCaches Caches => _caches ??= new NodeCaches();

    /// <summary>First child with the given field name.</summary>
    public AstNode? ChildByField(string field)
    {
        foreach (var c in Children)
        {
            if (c.Field == field)
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>This node and all its descendants, pre-order.</summary>
    public IEnumerable<AstNode> DescendantsAndSelf() =>
        _tree.PreOrder is { Array: { } all, Offset: var offset } && _tree.SubtreeEnds is { } ends && Order >= 0
            ? new ArraySegment<AstNode>(all, offset + Order, ends[Order] - Order)
            : Walk();

    /// <summary><see cref="DescendantsAndSelf"/> for a tree built without its pre-order list: a walk with a stack.</summary>
    private IEnumerable<AstNode> Walk()
    {
        var stack = new Stack<AstNode>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            yield return n;
            for (var i = n.Children.Length - 1; i >= 0; i--)
            {
                stack.Push(n.Children[i]);
            }
        }
    }

    /// <summary>True when <paramref name="other"/> lies within this node's span.</summary>
    public bool Contains(AstNode other) => other.Start >= Start && other.End <= End;

    /// <inheritdoc />
    public override string ToString() => $"{Kind} [{Start}..{End}] {(Text.Length > 40 ? Text[..40] + "…" : Text)}";

    /// <summary>The children without comments and punctuation; the children list itself when there are none to leave out.</summary>
    private AstNode[] SignificantChildren()
    {
        var children = Children;
        var kept = 0;
        foreach (var c in children)
        {
            if (!LeftOutOfSignificant(c))
            {
                kept++;
            }
        }

        if (kept == children.Length)
        {
            return children;
        }

        var significant = new AstNode[kept];
        var at = 0;
        foreach (var c in children)
        {
            if (!LeftOutOfSignificant(c))
            {
                significant[at++] = c;
            }
        }

        return significant;
    }

    private static bool LeftOutOfSignificant(AstNode n) => LeftOutOfSignificant(n.IsComment, n.IsNamed, n.Start, n.End, n.Source);

    /// <summary>
    /// Makes this node, released with its old tree (see <see cref="Pairguard.Syntax.TreeArena"/>), a fresh node of another tree:
    /// every field is set again and every cache dropped, as if it had just been constructed.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(_tree), nameof(Kind))]
    internal void Reuse(string kind, string? field, bool isNamed, int start, int end, AstTree tree, bool isComment, int order)
    {
        Kind = kind;
        Field = field;
        IsNamed = isNamed;
        Start = start;
        End = end;
        _tree = tree;
        IsComment = isComment;
        Order = order;
        Parent = null;
        Children = NoChildren;
        _caches = null;
        _unwrapsToItself = false;
        _significant = null;
        SelfBinding = null;
    }

    /// <summary>Drops what the matcher cached on this node (so that a released node holds nothing of its last file alive).</summary>
    internal void DropCaches()
    {
        _caches = null;
        _unwrapsToItself = false;
        _significant = null;
        SelfBinding = null;
        Parent = null;
        Children = NoChildren;
    }

    /// <summary>Sets the children of a node being built (the copy fills the array after this call, in order).</summary>
    internal void SetChildren(AstNode[] children) => Children = children;

    /// <summary>
    /// <see cref="SetChildren"/>, taking the array as <see cref="Significant"/> too: the copy calls <see cref="ForgetSignificant"/> when
    /// it puts a child there that <see cref="Significant"/> leaves out, so that no node's children are read again to tell.
    /// </summary>
    internal void SetChildrenAsSignificant(AstNode[] children)
    {
        Children = children;
        _significant = children;
    }

    /// <summary>Makes <see cref="Significant"/> be worked out from the children when first asked (a child it leaves out is among them).</summary>
    internal void ForgetSignificant() => _significant = null;

    /// <summary>True for a node <see cref="Significant"/> leaves out of its parent's children.</summary>
    internal static bool LeftOutOfSignificant(bool isComment, bool isNamed, int start, int end, string source) =>
        isComment || (!isNamed && end - start == 1 && source[start] is ',' or ';' or '(' or ')');

    /// <summary>Links parents and sibling indexes below a freshly built root.</summary>
    internal static void Link(AstNode root)
    {
        foreach (var n in root.DescendantsAndSelf())
        {
            for (var i = 0; i < n.Children.Length; i++)
            {
                n.Children[i].Parent = n;
            }
        }
    }
}

/// <summary>What the nodes of one tree share: the source text, and on the root's behalf the tree's indexes.</summary>
internal sealed class AstTree(string source)
{
    /// <summary>The whole text the nodes belong to (set again when a reused tree takes another file).</summary>
    public string Source { get; set; } = source;

    /// <summary>The node whose <see cref="AstNode.PreOrder"/> and <see cref="AstNode.KindIndex"/> these are.</summary>
    public AstNode? Root { get; set; }

    /// <summary>Every node of the tree in pre-order, when the copy listed them (a run of an array that may be longer: the arena's).</summary>
    public ArraySegment<AstNode> PreOrder { get; set; }

    /// <summary>For each node of <see cref="PreOrder"/>, the position just past its last descendant (its subtree is the run up to it).</summary>
    public int[]? SubtreeEnds { get; set; }

    /// <summary>The tree's nodes by kind, each list in pre-order, when the copy made it.</summary>
    public Dictionary<string, List<AstNode>>? KindIndex { get; set; }

    /// <summary>Makes this (reused) object a tree of <paramref name="source"/> with no nodes or indexes yet.</summary>
    public void Reset(string source)
    {
        Source = source;
        Root = null;
        PreOrder = default;
        SubtreeEnds = null;
        KindIndex = null;
    }
}

/// <summary>The matcher's caches of one node, made only for the nodes that need one.</summary>
internal sealed class NodeCaches
{
    public AstNode? Unwrapped { get; set; }

    public PatternNodeInfo? PatternInfo { get; set; }
}
