using System.Buffers;
using System.Runtime.CompilerServices;
using Pairguard.Rules.Matching;
using Pairguard.Syntax.Native;

namespace Pairguard.Syntax;

/// <summary>Copies a native syntax tree into managed <see cref="AstNode"/>s, so the native tree can be freed at once: one native call
/// (native/flatten.c) writes a fixed-size record per node, and the nodes are built from those records.</summary>
internal static unsafe class ManagedTree
{
    /// <summary>The managed copy of the tree, and the number of ERROR/MISSING nodes in it (the root not counted).</summary>
    /// <remarks>With an <paramref name="arena"/>, the nodes and children arrays come from it (see <see cref="TreeArena"/>).</remarks>
    public static (AstNode Root, int Errors) Copy(SyntaxTree tree, TreeArena? arena = null)
    {
        // a first guess of the node count that fits most files (the grammars make roughly one node per 3–6 bytes of source);
        // a denser file costs one more native walk with the exact size
        var records = ArrayPool<PairguardFlatNode>.Shared.Rent(Math.Max(1024, tree.TextMap.Length / 2));
        try
        {
            var count = Flatten(tree, records);
            if (count > records.Length)
            {
                ArrayPool<PairguardFlatNode>.Shared.Return(records);
                records = ArrayPool<PairguardFlatNode>.Shared.Rent(count);
                count = Flatten(tree, records);
            }

            return Build(records.AsSpan(0, count), tree, arena);
        }
        finally
        {
            ArrayPool<PairguardFlatNode>.Shared.Return(records);
        }
    }

    /// <summary>How many records ahead of the node being built the copy asks for the children array that node will take (<see cref="TreeArena.PrefetchChildren"/>).</summary>
    private const int ChildrenPrefetchDistance = 20;

    private static int Flatten(SyntaxTree tree, PairguardFlatNode[] records)
    {
        uint count;
        var skip = tree.Grammar.SkippedTokens;
        fixed (PairguardFlatNode* output = records)
        fixed (byte* skipped = skip)
        {
            count = FlatTreeApi.pairguard_flatten_tree(tree.Handle, output, (uint)records.Length, skipped, (uint)skip.Length);
        }

        GC.KeepAlive(tree);
        // every tree has a root: 0 means the native walk could not allocate its stack
        return count > 0 ? checked((int)count) : throw new OutOfMemoryException("pairguard_flatten_tree could not allocate its walk stack");
    }

    /// <summary>The nodes of pre-order records: every parent comes before its children, so a child is put into its parent's children
    /// array (sized by the record's child count) as soon as it is made.</summary>
    private static (AstNode Root, int Errors) Build(ReadOnlySpan<PairguardFlatNode> records, SyntaxTree tree, TreeArena? arena)
    {
        // two arrays of one slot per grammar symbol (several kilobytes, as many as a small pattern's whole tree): rented, not made per parse
        var slots = tree.Grammar.SymbolSlots;
        var counts = ArrayPool<int>.Shared.Rent(slots);
        var bySymbol = ArrayPool<List<AstNode>?>.Shared.Rent(slots);
        try
        {
            return Build(records, tree, arena, counts.AsSpan(0, slots), bySymbol.AsSpan(0, slots));
        }
        finally
        {
            ArrayPool<int>.Shared.Return(counts);
            ArrayPool<List<AstNode>?>.Shared.Return(bySymbol, clearArray: true);
        }
    }

    private static (AstNode Root, int Errors) Build(ReadOnlySpan<PairguardFlatNode> records, SyntaxTree tree, TreeArena? arena, Span<int> counts, Span<List<AstNode>?> bySymbol)
    {
        var shared = arena?.Tree(tree.Source.Text) ?? new AstTree(tree.Source.Text);
        var map = tree.TextMap;
        var grammar = tree.Grammar;
        var text = tree.Source.Text;
        // kept: the root holds its tree's nodes in pre-order (the rule engine's node index), so no walk has to list them again;
        // with an arena, in its array (longer than the tree when an earlier file was larger)
        var nodes = arena?.PreOrder(records.Length) ?? new AstNode[records.Length];
        // the rule engine's index of nodes by kind, filled while each node is fresh in the cache (one list per symbol, in pre-order),
        // each list made at its final size (counted from the records first) so that no list grows by copies
        counts.Clear();
        bySymbol.Clear();
        foreach (ref readonly var r in records)
        {
            counts[grammar.SymbolSlot(r.Symbol)]++;
        }

        var errors = 0;
        for (var i = 0; i < records.Length; i++)
        {
            ref readonly var r = ref records[i];
            if (arena is not null && i + ChildrenPrefetchDistance < records.Length)
            {
                // the pooled children arrays are cold (last used by an earlier file): the one a node a few records ahead will take is
                // asked for now, so that filling it does not wait on memory
                arena.PrefetchChildren((int)records[i + ChildrenPrefetchDistance].ChildCount);
            }

            var start = map.ToChar(r.StartByte);
            var end = Math.Max(start, map.ToChar(r.EndByte));
            var field = r.Field == 0 ? null : grammar.FieldName(r.Field);
            var slot = grammar.SymbolSlot(r.Symbol);
            var kind = grammar.SymbolName(r.Symbol);
            var named = (r.Flags & PairguardFlatNode.Named) != 0;
            field = string.IsNullOrEmpty(field) ? null : field;
            var isComment = grammar.IsCommentSlot(slot);
            var node = arena is null
                ? new AstNode(kind, field, named, start, end, shared, isComment, i)
                : arena.Node(kind, field, named, start, end, shared, isComment, i);
            if (r.ChildCount > 0)
            {
                // leaves keep the shared empty list; the children are the significant ones too unless one of them is left out (below)
                node.SetChildrenAsSignificant(arena is null ? new AstNode[r.ChildCount] : arena.Children((int)r.ChildCount));
            }

            if (r.Parent != PairguardFlatNode.NoParent)
            {
                var parent = nodes[r.Parent];
                // the parent's Children is the array made just above when the parent was built
                Unsafe.As<AstNode[]>(parent.Children)[r.IndexInParent] = node;
                node.Parent = parent;
                if (AstNode.LeftOutOfSignificant(isComment, named, start, end, text))
                {
                    parent.ForgetSignificant();
                }

                if ((r.Flags & (PairguardFlatNode.Error | PairguardFlatNode.Missing)) != 0)
                {
                    errors++;
                }
            }

            nodes[i] = node;
            (bySymbol[slot] ??= new List<AstNode>(counts[slot])).Add(node);
        }

        // each node's subtree is a run of the pre-order list: its size is one plus its children's, summed from the last node back
        var ends = arena?.SubtreeEnds(records.Length) ?? new int[records.Length];
        ends.AsSpan(0, records.Length).Fill(1);
        for (var i = records.Length - 1; i > 0; i--)
        {
            if (records[i].Parent != PairguardFlatNode.NoParent)
            {
                ends[records[i].Parent] += ends[i];
            }
        }

        for (var i = 0; i < records.Length; i++)
        {
            ends[i] += i;
        }

        shared.Root = nodes[0];
        shared.PreOrder = new ArraySegment<AstNode>(nodes, 0, records.Length);
        shared.SubtreeEnds = ends;
        shared.KindIndex = KindIndex(bySymbol);
        return (nodes[0], errors);
    }

    /// <summary>The per-symbol lists keyed by kind name; symbols that share a name (aliases) have their lists merged in pre-order.</summary>
    internal static Dictionary<string, List<AstNode>> KindIndex(ReadOnlySpan<List<AstNode>?> bySymbol)
    {
        // sized for every kind at once: a tree has tens to hundreds of kinds, and growing by copies cost as much as the lists
        var kinds = 0;
        foreach (var list in bySymbol)
        {
            kinds += list is null ? 0 : 1;
        }

        var index = new Dictionary<string, List<AstNode>>(kinds, StringComparer.Ordinal);
        foreach (var list in bySymbol)
        {
            if (list is null)
            {
                continue;
            }

            var kind = list[0].Kind;
            if (!index.TryGetValue(kind, out var known))
            {
                index[kind] = list;
                continue;
            }

            var merged = new List<AstNode>(known.Count + list.Count);
            int a = 0, b = 0;
            while (a < known.Count || b < list.Count)
            {
                merged.Add(b == list.Count || (a < known.Count && known[a].Order < list[b].Order) ? known[a++] : list[b++]);
            }

            index[kind] = merged;
        }

        return index;
    }

    /// <summary>The copy as it was made before native/flatten.c: a <see cref="TreeWalker"/> cursor walk with several native calls per
    /// node. Kept as the reference <see cref="Copy"/> is tested against (node by node) and measured against (the rules bench's
    /// <c>--copy</c> mode); the rule engine does not use it.</summary>
    internal static (AstNode Root, int Errors) CopyByCursor(SyntaxTree tree)
    {
        var source = tree.Source.Text;
        var map = tree.TextMap;
        var grammar = tree.Grammar;
        var rootNative = TreeSitterApi.ts_tree_root_node(tree.Handle);
        AstNode Make(TSNode n, ushort fieldId)
        {
            var start = map.ToChar(TreeSitterApi.ts_node_start_byte(n));
            var end = map.ToChar(TreeSitterApi.ts_node_end_byte(n));
            var field = fieldId == 0 ? null : grammar.FieldName(fieldId);
            return new AstNode(grammar.SymbolName(TreeSitterApi.ts_node_symbol(n)), string.IsNullOrEmpty(field) ? null : field, TreeSitterApi.ts_node_is_named(n), start, Math.Max(start, end), source);
        }

        var root = Make(rootNative, 0);
        var errors = 0;
        var stack = new List<(AstNode Node, List<AstNode>? Children)> { (root, null) };
        using (var walker = new TreeWalker(tree, rootNative))
        {
            while (walker.MoveNext())
            {
                var depth = walker.Depth;
                while (stack.Count > depth)
                {
                    PopByCursor(stack);
                }

                var current = walker.Current;
                if (IsSkippedToken(current, grammar))
                {
                    continue;
                }

                var node = Make(current, walker.CurrentFieldId);
                if (TreeSitterApi.ts_node_is_error(current) || TreeSitterApi.ts_node_is_missing(current))
                {
                    errors++;
                }

                var parent = stack[^1];
                if (parent.Children is null)
                {
                    parent.Children = [];
                    stack[^1] = parent;
                }

                parent.Children.Add(node);
                stack.Add((node, null));
            }
        }

        while (stack.Count > 0)
        {
            PopByCursor(stack);
        }

        AstNode.Link(root);
        return (root, errors);
    }

    /// <summary>The tokens native/flatten.c leaves out (see <see cref="Grammar.SkippedTokens"/>), told by the cursor's node calls.</summary>
    private static bool IsSkippedToken(TSNode n, Grammar grammar) =>
        !TreeSitterApi.ts_node_is_named(n) && !TreeSitterApi.ts_node_is_missing(n) && TreeSitterApi.ts_node_child_count(n) == 0
        && TreeSitterApi.ts_node_end_byte(n) - TreeSitterApi.ts_node_start_byte(n) == 1
        && TreeSitterApi.ts_node_symbol(n) is var symbol && symbol < grammar.SkippedTokens.Length && grammar.SkippedTokens[symbol] != 0;

    private static void PopByCursor(List<(AstNode Node, List<AstNode>? Children)> stack)
    {
        var (done, kids) = stack[^1];
        if (kids is not null)
        {
            done.SetChildren([.. kids]);
        }

        stack.RemoveAt(stack.Count - 1);
    }
}

/// <summary>The rule engine's view of the tree-sitter syntax layer: parse, copy to managed nodes, free the native tree.</summary>
public sealed class TreeSitterSyntaxProvider : ISyntaxProvider
{
    /// <summary>The shared instance.</summary>
    public static TreeSitterSyntaxProvider Instance { get; } = new();

    private readonly ParseOptions _options;

    public TreeSitterSyntaxProvider(ParseOptions? options = null)
    {
        _options = options ?? ParseOptions.Default;
    }

    public bool Supports(string language) => GrammarRegistry.IsSupported(language);

    public AstNode? Parse(string text, string language, out int errorNodes, out string? error, CancellationToken cancellationToken = default) =>
        Parse(text, language, null, out errorNodes, out error, cancellationToken);

    /// <summary>
    /// <see cref="Parse(string, string, out int, out string?, CancellationToken)"/> into this thread's reusable nodes (see
    /// <see cref="TreeArena"/>) when they are free; the caller gives the tree back with <see cref="Release"/>.
    /// </summary>
    public AstNode? ParseReusable(string text, string language, out int errorNodes, out string? error, CancellationToken cancellationToken = default)
    {
        var arena = TreeArena.Take();
        AstNode? root = null;
        try
        {
            root = Parse(text, language, arena, out errorNodes, out error, cancellationToken);
            return root;
        }
        finally
        {
            if (root is null)
            {
                // nothing was lent (no tree, or the parse threw): the arena is free again at once
                arena?.Release();
            }
        }
    }

    /// <summary>Gives back a tree from <see cref="ParseReusable"/> on the thread that parsed it: its nodes must not be used after this call. Other trees are left alone.</summary>
    public void Release(AstNode root) => TreeArena.ReleaseIfLent(root);

    private AstNode? Parse(string text, string language, TreeArena? arena, out int errorNodes, out string? error, CancellationToken cancellationToken)
    {
        errorNodes = 0;
        using var result = SyntaxParser.Parse(text, language, _options, cancellationToken);
        if (result.Status != ParseStatus.Parsed || result.Tree is null)
        {
            error = result.Message;
            return null;
        }

        var (root, errors) = ManagedTree.Copy(result.Tree, arena);
        errorNodes = errors;
        error = null;
        return root;
    }
}
