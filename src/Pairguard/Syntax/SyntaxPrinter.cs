using System.Text;

namespace Pairguard.Syntax;

/// <summary>Prints a tree as an indented s-expression with field names and 1-based spans (what <c>pairguard parse</c> shows).</summary>
public static class SyntaxPrinter
{
    private const int MaxLeafText = 60;

    /// <summary>Writes <paramref name="root"/> and its descendants; anonymous tokens only when <paramref name="includeAnonymous"/>.</summary>
    /// <example><code>(call [3:5 - 3:30]
    ///   function: (attribute [3:5 - 3:19] ...</code></example>
    public static void Print(Node root, TextWriter output, bool includeAnonymous = false)
    {
        var tree = root.Tree;
        using var walker = new TreeWalker(tree, root.Raw);
        var open = new Stack<int>(); // depths whose parenthesis is still open
        var first = true;
        var descend = true;
        do
        {
            var node = new Node(tree, walker.Current, first ? -1 : walker.CurrentFieldId);
            var named = node.IsNamed;
            if (!first && !named && !includeAnonymous && !node.IsMissing)
            {
                descend = false;
                continue;
            }

            while (open.Count > 0 && open.Peek() >= walker.Depth)
            {
                open.Pop();
                output.Write(')');
            }

            if (!first)
            {
                output.WriteLine();
            }

            output.Write(new string(' ', 2 * walker.Depth));
            if (node.FieldName is { } field)
            {
                output.Write(field);
                output.Write(": ");
            }

            output.Write('(');
            output.Write(node.IsMissing ? "MISSING " + node.Kind : named ? node.Kind : '"' + Escape(node.Kind) + '"');
            output.Write($" [{node.StartLine}:{node.StartColumn} - {node.EndLine}:{node.EndColumn}]");
            if (node.ChildCount == 0 && named && node.End > node.Start)
            {
                output.Write(" \"");
                output.Write(Escape(Truncate(node.Text)));
                output.Write('"');
            }

            open.Push(walker.Depth);
            first = false;
            descend = true;
        }
        while (walker.MoveNext(descend));

        while (open.Count > 0)
        {
            open.Pop();
            output.Write(')');
        }

        output.WriteLine();
    }

    /// <summary>The printed tree as a string.</summary>
    public static string ToText(Node root, bool includeAnonymous = false)
    {
        using var writer = new StringWriter();
        Print(root, writer, includeAnonymous);
        return writer.ToString();
    }

    private static string Truncate(string text) => text.Length <= MaxLeafText ? text : text[..MaxLeafText] + "…";

    private static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }
}
