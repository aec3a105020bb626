using Pairguard.Scanning;
using Pairguard.Syntax.Native;

namespace Pairguard.Syntax;

/// <summary>A node of a <see cref="SyntaxTree"/>: its kind, field name, text and span. A small value; valid only while its tree is not disposed.</summary>
public readonly unsafe struct Node : IEquatable<Node>
{
    private const int FieldUnknown = -1;

    private readonly SyntaxTree _tree;
    private readonly TSNode _raw;
    private readonly int _field;

    internal Node(SyntaxTree tree, TSNode raw, int field = FieldUnknown)
    {
        _tree = tree;
        _raw = raw;
        _field = field;
    }

    /// <summary>The tree this node belongs to.</summary>
    public SyntaxTree Tree => _tree;

    /// <summary>Node kind (grammar symbol name), e.g. <c>call</c>, <c>string</c>, <c>ERROR</c>; anonymous tokens are their text (<c>(</c>).</summary>
    public string Kind => _tree.Grammar.SymbolName(TreeSitterApi.ts_node_symbol(Checked));

    /// <summary>Name of the field this node fills in its parent (<c>function</c>, <c>arguments</c>...), or null.</summary>
    public string? FieldName
    {
        get
        {
            var fieldId = _field != FieldUnknown ? (ushort)_field : LookUpFieldId();
            return fieldId == 0 ? null : _tree.Grammar.FieldName(fieldId);
        }
    }

    /// <summary>False for anonymous tokens (punctuation, keywords).</summary>
    public bool IsNamed => TreeSitterApi.ts_node_is_named(Checked);

    /// <summary>True for an ERROR node (text the parser could not fit).</summary>
    public bool IsError => TreeSitterApi.ts_node_is_error(Checked);

    /// <summary>True for a MISSING node (a token the parser inserted to recover, zero width).</summary>
    public bool IsMissing => TreeSitterApi.ts_node_is_missing(Checked);

    /// <summary>True when this node or a descendant is an ERROR or MISSING node.</summary>
    public bool HasError => TreeSitterApi.ts_node_has_error(Checked);

    /// <summary>True for nodes that may appear anywhere (comments in most grammars).</summary>
    public bool IsExtra => TreeSitterApi.ts_node_is_extra(Checked);

    /// <summary>UTF-8 byte offset where the node starts.</summary>
    public int StartByte => (int)TreeSitterApi.ts_node_start_byte(Checked);

    /// <summary>UTF-8 byte offset just past the node.</summary>
    public int EndByte => (int)TreeSitterApi.ts_node_end_byte(Checked);

    /// <summary>Character offset in <see cref="SourceFile.Text"/> where the node starts.</summary>
    public int Start => _tree.TextMap.ToChar(TreeSitterApi.ts_node_start_byte(Checked));

    /// <summary>Character offset in <see cref="SourceFile.Text"/> just past the node.</summary>
    public int End => _tree.TextMap.ToChar(TreeSitterApi.ts_node_end_byte(Checked));

    /// <summary>1-based line of the start.</summary>
    public int StartLine => _tree.Source.Lines.Position(Start).Line;

    /// <summary>1-based column (in characters) of the start.</summary>
    public int StartColumn => _tree.Source.Lines.Position(Start).Column;

    /// <summary>1-based line of the end.</summary>
    public int EndLine => _tree.Source.Lines.Position(End).Line;

    /// <summary>1-based column (in characters) just past the end.</summary>
    public int EndColumn => _tree.Source.Lines.Position(End).Column;

    /// <summary>The node's span as a Pairguard <see cref="Scanning.Location"/>.</summary>
    public Location Location => _tree.Source.LocationOf(Start, End);

    /// <summary>The source text of the node.</summary>
    public string Text
    {
        get
        {
            var start = Start;
            return _tree.Source.Text.Substring(start, End - start);
        }
    }

    /// <summary>Number of children, named and anonymous.</summary>
    public int ChildCount => (int)TreeSitterApi.ts_node_child_count(Checked);

    /// <summary>Number of named children.</summary>
    public int NamedChildCount => (int)TreeSitterApi.ts_node_named_child_count(Checked);

    /// <summary>Every child in order, with its field name known.</summary>
    public IReadOnlyList<Node> Children
    {
        get
        {
            var list = new List<Node>();
            using var walker = new TreeWalker(_tree, Checked);
            if (walker.GotoFirstChild())
            {
                do
                {
                    list.Add(new Node(_tree, walker.Current, walker.CurrentFieldId));
                }
                while (walker.GotoNextSibling());
            }

            return list;
        }
    }

    /// <summary>The named children in order.</summary>
    public IReadOnlyList<Node> NamedChildren => Children.Where(c => c.IsNamed).ToList();

    /// <summary>The parent, or null for the root.</summary>
    public Node? Parent => Wrap(TreeSitterApi.ts_node_parent(Checked));

    /// <summary>The next sibling (named or not), or null.</summary>
    public Node? NextSibling => Wrap(TreeSitterApi.ts_node_next_sibling(Checked));

    /// <summary>The previous sibling (named or not), or null.</summary>
    public Node? PreviousSibling => Wrap(TreeSitterApi.ts_node_prev_sibling(Checked));

    internal TSNode Raw => _raw;

    private TSNode Checked
    {
        get
        {
            if (_tree is null)
            {
                throw new InvalidOperationException("default(Node) is not a node");
            }

            _ = _tree.Handle; // throws ObjectDisposedException once the tree is freed
            return _raw;
        }
    }

    /// <summary>The i-th child (named or not), or null.</summary>
    public Node? Child(int index) => index < 0 ? null : Wrap(TreeSitterApi.ts_node_child(Checked, (uint)index));

    /// <summary>The i-th named child, or null.</summary>
    public Node? NamedChild(int index) => index < 0 ? null : Wrap(TreeSitterApi.ts_node_named_child(Checked, (uint)index));

    /// <summary>The (first) child in field <paramref name="field"/>, or null.</summary>
    public Node? ChildByField(string field)
    {
        var id = _tree.Grammar.FieldId(field);
        return id == 0 ? null : Wrap(TreeSitterApi.ts_node_child_by_field_id(Checked, id), id);
    }

    /// <summary>Every child in field <paramref name="field"/> (some fields repeat, e.g. decorators).</summary>
    public IReadOnlyList<Node> ChildrenByField(string field) => Children.Where(c => c.FieldName == field).ToList();

    /// <summary>Every descendant in pre-order, not including this node.</summary>
    public IReadOnlyList<Node> Descendants() => Collect(static _ => true, includeSelf: false, firstOnly: false);

    /// <summary>Every descendant of one of the given kinds, in pre-order, not including this node.</summary>
    public IReadOnlyList<Node> Descendants(params string[] kinds) => Collect(n => Array.IndexOf(kinds, n.Kind) >= 0, includeSelf: false, firstOnly: false);

    /// <summary>This node and every descendant satisfying <paramref name="predicate"/>, in pre-order.</summary>
    public IReadOnlyList<Node> FindAll(Func<Node, bool> predicate) => Collect(predicate, includeSelf: true, firstOnly: false);

    /// <summary>This node and every descendant of the given kind, in pre-order.</summary>
    public IReadOnlyList<Node> FindAll(string kind) => Collect(n => n.Kind == kind, includeSelf: true, firstOnly: false);

    /// <summary>The first node of the given kind in pre-order (this node included), or null.</summary>
    public Node? Find(string kind)
    {
        var found = Collect(n => n.Kind == kind, includeSelf: true, firstOnly: true);
        return found.Count > 0 ? found[0] : null;
    }

    /// <summary>The first node satisfying <paramref name="predicate"/> in pre-order (this node included), or null.</summary>
    public Node? Find(Func<Node, bool> predicate)
    {
        var found = Collect(predicate, includeSelf: true, firstOnly: true);
        return found.Count > 0 ? found[0] : null;
    }

    /// <summary>The closest ancestor (not this node) of one of the given kinds, or null.</summary>
    public Node? Ancestor(params string[] kinds)
    {
        for (var n = Parent; n is { } p; n = p.Parent)
        {
            if (Array.IndexOf(kinds, p.Kind) >= 0)
            {
                return p;
            }
        }

        return null;
    }

    public bool Equals(Node other) =>
        ReferenceEquals(_tree, other._tree) && _raw.Id == other._raw.Id && _raw.Context0 == other._raw.Context0 && _raw.Tree == other._raw.Tree;

    public override bool Equals(object? obj) => obj is Node other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(_raw.Id, _raw.Context0);

    public static bool operator ==(Node left, Node right) => left.Equals(right);

    public static bool operator !=(Node left, Node right) => !left.Equals(right);

    /// <summary>Kind and 1-based span, e.g. <c>call [3:5 - 3:20]</c>.</summary>
    public override string ToString() => _tree is null || _tree.IsDisposed ? "(node)" : $"{Kind} [{StartLine}:{StartColumn} - {EndLine}:{EndColumn}]";

    private Node? Wrap(TSNode raw, int field = FieldUnknown) => raw.IsNull ? null : new Node(_tree, raw, field);

    private ushort LookUpFieldId()
    {
        var parent = TreeSitterApi.ts_node_parent(Checked);
        if (parent.IsNull)
        {
            return 0;
        }

        using var walker = new TreeWalker(_tree, parent);
        if (walker.GotoFirstChild())
        {
            do
            {
                var child = walker.Current;
                if (child.Id == _raw.Id && child.Context0 == _raw.Context0)
                {
                    return walker.CurrentFieldId;
                }
            }
            while (walker.GotoNextSibling());
        }

        return 0;
    }

    private List<Node> Collect(Func<Node, bool> predicate, bool includeSelf, bool firstOnly)
    {
        var result = new List<Node>();
        using var walker = new TreeWalker(_tree, Checked);
        var first = true;
        do
        {
            if (!first || includeSelf)
            {
                var node = new Node(_tree, walker.Current, first ? _field : walker.CurrentFieldId);
                if (predicate(node))
                {
                    result.Add(node);
                    if (firstOnly)
                    {
                        break;
                    }
                }
            }

            first = false;
        }
        while (walker.MoveNext());

        return result;
    }
}
