using Pairguard.Scanning;
using Pairguard.Syntax.Native;

namespace Pairguard.Syntax;

/// <summary>A parsed file. Holds native memory (16–40× the source size): dispose it as soon as the file is analyzed.
/// Not thread-safe: use one tree from one thread at a time.</summary>
public sealed unsafe class SyntaxTree : IDisposable
{
    private nint _tree;
    private int _errorCount = -1;

    internal SyntaxTree(nint tree, Grammar grammar, SourceFile source, Utf8TextMap text)
    {
        _tree = tree;
        Grammar = grammar;
        Source = source;
        TextMap = text;
    }

    /// <summary>Backstop for a tree that was never disposed; callers are expected to dispose.</summary>
    ~SyntaxTree() => Free();

    /// <summary>The grammar that produced the tree.</summary>
    public Grammar Grammar { get; }

    /// <summary>The parsed source; node spans index its <see cref="SourceFile.Text"/>.</summary>
    public SourceFile Source { get; }

    /// <summary>Language id of the tree.</summary>
    public string Language => Grammar.Language;

    /// <summary>The root node.</summary>
    public Node Root => new(this, TreeSitterApi.ts_tree_root_node(Handle));

    /// <summary>True when the tree contains ERROR or MISSING nodes.</summary>
    public bool HasError => Root.HasError;

    /// <summary>Number of ERROR and MISSING nodes (computed on first use).</summary>
    public int ErrorCount
    {
        get
        {
            if (_errorCount < 0)
            {
                _errorCount = CountErrors();
            }

            return _errorCount;
        }
    }

    /// <summary>True once disposed.</summary>
    public bool IsDisposed => _tree == 0;

    internal Utf8TextMap TextMap { get; }

    internal nint Handle => _tree != 0 ? _tree : throw new ObjectDisposedException(nameof(SyntaxTree));

    /// <summary>Frees the native tree now. Nodes of this tree must not be used afterwards.</summary>
    public void Dispose()
    {
        Free();
        // only here, not from the finalizer: a tree disposed is one whose nodes are no longer read, so its map's arrays can serve
        // the next file (Node reads the handle, which throws once disposed, before it asks the map)
        TextMap.Release();
        GC.SuppressFinalize(this);
    }

    private void Free()
    {
        var tree = Interlocked.Exchange(ref _tree, 0);
        if (tree != 0)
        {
            TreeSitterApi.ts_tree_delete(tree);
        }
    }

    private int CountErrors()
    {
        var root = Root;
        if (!root.HasError)
        {
            return 0;
        }

        var count = 0;
        using var walker = new TreeWalker(this, root.Raw);
        do
        {
            var node = walker.Current;
            if (TreeSitterApi.ts_node_is_error(node) || TreeSitterApi.ts_node_is_missing(node))
            {
                count++;
            }
        }
        while (walker.MoveNext(descend: TreeSitterApi.ts_node_has_error(walker.Current)));

        return count;
    }
}
