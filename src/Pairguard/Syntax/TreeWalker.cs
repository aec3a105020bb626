using Pairguard.Syntax.Native;

namespace Pairguard.Syntax;

/// <summary>A pre-order walk over a subtree with a native tree cursor (iterative, so deep trees cannot overflow the stack).</summary>
internal sealed unsafe class TreeWalker : IDisposable
{
    private readonly SyntaxTree _tree;
    private TSTreeCursor _cursor;
    private int _depth;
    private bool _live;

    public TreeWalker(SyntaxTree tree, TSNode start)
    {
        _tree = tree;
        _ = tree.Handle; // throws when disposed
        _cursor = TreeSitterApi.ts_tree_cursor_new(start);
        _depth = 0;
        _live = true;
    }

    /// <summary>Depth of the current node below the start node.</summary>
    public int Depth => _depth;

    public TSNode Current
    {
        get
        {
            fixed (TSTreeCursor* cursor = &_cursor)
            {
                return TreeSitterApi.ts_tree_cursor_current_node(cursor);
            }
        }
    }

    public ushort CurrentFieldId
    {
        get
        {
            fixed (TSTreeCursor* cursor = &_cursor)
            {
                return TreeSitterApi.ts_tree_cursor_current_field_id(cursor);
            }
        }
    }

    /// <summary>Moves to the next node in pre-order within the start node's subtree; <paramref name="descend"/> false skips the children
    /// of the current node. False when the walk is over.</summary>
    public bool MoveNext(bool descend = true)
    {
        fixed (TSTreeCursor* cursor = &_cursor)
        {
            if (descend && TreeSitterApi.ts_tree_cursor_goto_first_child(cursor))
            {
                _depth++;
                return true;
            }

            while (_depth > 0)
            {
                if (TreeSitterApi.ts_tree_cursor_goto_next_sibling(cursor))
                {
                    return true;
                }

                TreeSitterApi.ts_tree_cursor_goto_parent(cursor);
                _depth--;
            }

            return false;
        }
    }

    /// <summary>Moves to the first child; false when there is none.</summary>
    public bool GotoFirstChild()
    {
        fixed (TSTreeCursor* cursor = &_cursor)
        {
            return TreeSitterApi.ts_tree_cursor_goto_first_child(cursor);
        }
    }

    /// <summary>Moves to the next sibling; false when there is none.</summary>
    public bool GotoNextSibling()
    {
        fixed (TSTreeCursor* cursor = &_cursor)
        {
            return TreeSitterApi.ts_tree_cursor_goto_next_sibling(cursor);
        }
    }

    public void Dispose()
    {
        if (_live)
        {
            _live = false;
            fixed (TSTreeCursor* cursor = &_cursor)
            {
                TreeSitterApi.ts_tree_cursor_delete(cursor);
            }

            GC.KeepAlive(_tree);
        }
    }
}
