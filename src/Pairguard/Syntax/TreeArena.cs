using Pairguard.Rules.Matching;

namespace Pairguard.Syntax;

/// <summary>
/// One thread's reusable nodes and children arrays for the trees the rule engine builds, one file at a time: a file's tree is
/// made of the nodes the previous file released, so that it is not new garbage for the collector to copy into older generations.
/// </summary>
/// <remarks>
/// A tree taken from the arena must be given back with <see cref="Release"/> once nothing refers to its nodes (the rule engine
/// turns matches into findings, which hold text and positions only). Only one tree is out at a time: while it is, a second
/// request gets no arena and the copy allocates as usual.
/// </remarks>
internal sealed class TreeArena
{
    /// <summary>
    /// Nodes kept for reuse at most (those of a source file of about 1 MB; with their children arrays about 25 MB per thread that has
    /// parsed such a file): a larger tree's extra nodes are made as usual and not kept, so a long-running process holds no more.
    /// </summary>
    internal const int MaxNodes = 250_000;

    /// <summary>Children arrays up to this length are kept for reuse, one free list per length.</summary>
    private const int MaxPooledChildren = 32;

    [ThreadStatic]
    private static TreeArena? t_arena;

    private readonly List<AstNode> _nodes = [];
    private readonly Stack<AstNode[]>?[] _children = new Stack<AstNode[]>?[MaxPooledChildren + 1];
    private readonly AstTree _tree = new("");
    private AstNode[] _preOrder = [];
    private int[] _subtreeEnds = [];
    private int _used;

    /// <summary>The kept nodes below this index may hold what a file's matching cached on them (or their last children array).</summary>
    private int _dirtyEnd;

    /// <summary>Trees given back since the kept nodes beyond the last tree were last cleared.</summary>
    private int _releasesSinceClear;
    private int _pooledArrays;
    private bool _out;

    /// <summary>This thread's arena, marked in use; null when a tree of it is still out.</summary>
    public static TreeArena? Take()
    {
        var arena = t_arena ??= new TreeArena();
        if (arena._out)
        {
            return null;
        }

        arena._out = true;
        arena._used = 0;
        return arena;
    }

    /// <summary>Gives back <paramref name="root"/>'s tree when it is the one this thread's arena lent; any other tree is left alone.</summary>
    public static void ReleaseIfLent(AstNode root)
    {
        if (t_arena is { _out: true } arena && ReferenceEquals(arena._tree.Root, root))
        {
            arena.Release();
        }
    }

    /// <summary>The arena's shared tree object, set for a new file's text.</summary>
    public AstTree Tree(string source)
    {
        _tree.Reset(source);
        return _tree;
    }

    /// <summary>A node for the tree being built: a released one set afresh, or a new one (kept when there is room).</summary>
    public AstNode Node(string kind, string? field, bool isNamed, int start, int end, AstTree tree, bool isComment, int order)
    {
        if (_used < _nodes.Count)
        {
            // the children array a node had in its last file is cold by now, and it is read twice (its length, to pool it, and its
            // slots, when the node or another of the same shape takes it back and the copy fills it): asked for a few nodes ahead,
            // it is in the cache by the time it is used
            // (in two steps: a node twice as far ahead is asked for first, as reading its children field would wait for it)
            if (_used + (2 * PrefetchDistance) < _nodes.Count)
            {
                Prefetch(_nodes[_used + (2 * PrefetchDistance)]);
            }

            if (_used + PrefetchDistance < _nodes.Count)
            {
                Prefetch(_nodes[_used + PrefetchDistance].Children);
            }

            // the node's children array from its last file goes to the pool first: a node of the same shape takes it straight back
            var reused = _nodes[_used++];
            Pool(reused.Children);
            reused.Reuse(kind, field, isNamed, start, end, tree, isComment, order);
            return reused;
        }

        var node = new AstNode(kind, field, isNamed, start, end, tree, isComment, order);
        if (_nodes.Count < MaxNodes)
        {
            _nodes.Add(node);
            _used++;
        }

        return node;
    }

    /// <summary>
    /// The array the tree's nodes are listed in, in pre-order: at least <paramref name="count"/> long, the same one from file to file
    /// up to <see cref="MaxNodes"/> (a larger tree gets an array of its own, not kept).
    /// </summary>
    public AstNode[]? PreOrder(int count) => Kept(ref _preOrder, count);

    /// <summary>The array of each listed node's subtree end (see <see cref="PreOrder"/>), kept the same way.</summary>
    public int[]? SubtreeEnds(int count) => Kept(ref _subtreeEnds, count);

    /// <summary>The kept array when it is long enough, else a longer one kept instead (doubling, up to <see cref="MaxNodes"/>); null past that bound.</summary>
    private static T[]? Kept<T>(ref T[] kept, int count)
    {
        if (count > MaxNodes)
        {
            return null;
        }

        if (kept.Length < count)
        {
            kept = new T[Math.Min(MaxNodes, Math.Max(count, kept.Length * 2))];
        }

        return kept;
    }

    /// <summary>A children array of exactly <paramref name="count"/> slots (its old contents are all overwritten by the copy).</summary>
    public AstNode[] Children(int count)
    {
        if (count <= MaxPooledChildren && _children[count] is { Count: > 0 } free)
        {
            _pooledArrays--;
            return free.Pop();
        }

        return new AstNode[count];
    }

    /// <summary>How many trees are given back between two clearings of the kept nodes the last tree did not take (see <see cref="Release"/>).</summary>
    internal const int ClearEvery = 16;

    /// <summary>
    /// Gives back the lent tree: its nodes and children arrays are reused by the next file. A reused node is set afresh as it is taken
    /// (see <see cref="Node"/>), so the tree is not walked here. The kept nodes an earlier, larger tree used and this one did not still
    /// hold what was cached on them (a binding holds its file's whole text): every <see cref="ClearEvery"/> trees they are cleared, so
    /// that no kept node holds anything of a file older than that. (Clearing them at every tree cost a few percent of the rule
    /// engine's time on folders of mixed file sizes: each one is a cache miss.)
    /// </summary>
    public void Release()
    {
        var used = Math.Min(_used, _nodes.Count);
        _dirtyEnd = Math.Max(_dirtyEnd, used);
        if (++_releasesSinceClear >= ClearEvery)
        {
            for (var i = used; i < _dirtyEnd; i++)
            {
                var node = _nodes[i];
                Pool(node.Children);
                node.DropCaches();
            }

            _dirtyEnd = used;
            _releasesSinceClear = 0;
        }

        _tree.Reset("");
        _used = 0;
        _out = false;
    }

    /// <summary>How many nodes ahead of the one being set the children arrays are asked for (<see cref="Node"/>).</summary>
    private const int PrefetchDistance = 16;

    /// <summary>
    /// Asks for the children array a node of <paramref name="count"/> children would take from the pool now (see <see cref="Children"/>):
    /// the copy calls this a few records ahead, so that the array is in the cache when the node's children are put into it.
    /// </summary>
    public void PrefetchChildren(int count)
    {
        if (count is > 0 and <= MaxPooledChildren && _children[count] is { } free && free.TryPeek(out var next))
        {
            Prefetch(next);
        }
    }

    /// <summary>Asks the processor to bring the object's first cache line in, without waiting for it (nothing where it cannot).</summary>
    private static unsafe void Prefetch(object target)
    {
        if (System.Runtime.Intrinsics.X86.Sse.IsSupported)
        {
            // the reference is read as an address, not followed (following it would wait for the very miss this is meant to hide); the
            // address is only a hint: were the collector to move the object meanwhile, the prefetch would warm a stale line, no more
            System.Runtime.Intrinsics.X86.Sse.Prefetch0((void*)System.Runtime.CompilerServices.Unsafe.As<object, nint>(ref target));
        }
    }

    /// <summary>Keeps a released children array for reuse (within the pool's bound).</summary>
    private void Pool(AstNode[] kids)
    {
        if (kids.Length is > 0 and <= MaxPooledChildren && _pooledArrays < MaxNodes)
        {
            _pooledArrays++;
            (_children[kids.Length] ??= new Stack<AstNode[]>()).Push(kids);
        }
    }
}
