using Pairguard.Rules.Matching;
using Pairguard.Syntax.Native;

namespace Pairguard.Syntax;

/// <summary>Copies a native syntax tree into managed <see cref="AstNode"/>s in one cursor walk, so the native tree can be freed at once.</summary>
internal static unsafe class ManagedTree
{
    /// <summary>The managed copy of the tree, and the number of ERROR/MISSING nodes in it.</summary>
    public static (AstNode Root, int Errors) Copy(SyntaxTree tree)
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
        // children lists are made for nodes that have children only: leaves keep the shared empty list
        var stack = new List<(AstNode Node, List<AstNode>? Children)> { (root, null) };
        using (var walker = new TreeWalker(tree, rootNative))
        {
            while (walker.MoveNext())
            {
                var depth = walker.Depth;
                while (stack.Count > depth)
                {
                    var (done, kids) = stack[^1];
                    if (kids is not null)
                    {
                        done.Children = kids;
                    }

                    stack.RemoveAt(stack.Count - 1);
                }

                var current = walker.Current;
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
            var (done, kids) = stack[^1];
            if (kids is not null)
            {
                done.Children = kids;
            }

            stack.RemoveAt(stack.Count - 1);
        }

        AstNode.Link(root);
        return (root, errors);
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

    public AstNode? Parse(string text, string language, out int errorNodes, out string? error, CancellationToken cancellationToken = default)
    {
        errorNodes = 0;
        using var result = SyntaxParser.Parse(text, language, _options, cancellationToken);
        if (result.Status != ParseStatus.Parsed || result.Tree is null)
        {
            error = result.Message;
            return null;
        }

        var (root, errors) = ManagedTree.Copy(result.Tree);
        errorNodes = errors;
        error = null;
        return root;
    }
}
