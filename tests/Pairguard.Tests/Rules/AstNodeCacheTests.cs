using Pairguard.Rules.Matching;
using Pairguard.Scanning;
using Pairguard.Syntax;

namespace Pairguard.Tests.Rules;

/// <summary>
/// What a node computes on demand instead of storing (its index among its siblings, its significant children, its binding) gives
/// the same answer every time, in every language.
/// </summary>
public class AstNodeCacheTests
{
    public static TheoryData<string, string> Snippets => new()
    {
        { Languages.Python, "def f(a, b):\n    # note\n    return g(a, b)\n" },
        { Languages.JavaScript, "function f(a, b) {\n  // note\n  return g(a, b);\n}\n" },
        { Languages.TypeScript, "function f(a: string, b: number) {\n  // note\n  return g(a, b);\n}\n" },
        { Languages.Java, "class A { int f(int a, int b) {\n  // note\n  return g(a, b);\n} }\n" },
        { Languages.CSharp, "class A { int F(int a, int b) {\n  // note\n  return G(a, b);\n} }\n" },
        { Languages.Go, "package main\nfunc f(a, b int) int {\n\t// note\n\treturn g(a, b)\n}\n" },
        { Languages.Php, "<?php\nfunction f($a, $b) {\n  // note\n  return g($a, $b);\n}\n" },
        { Languages.Ruby, "def f(a, b)\n  # note\n  g(a, b)\nend\n" },
    };

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Every_node_is_found_at_its_index_among_its_parents_children(string language, string code)
    {
        var root = Parse(language, code);
        Assert.Equal(0, root.IndexInParent);
        foreach (var n in root.DescendantsAndSelf().Skip(1))
        {
            Assert.Same(n, n.Parent!.Children[n.IndexInParent]);
        }
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Significant_children_leave_out_comments_and_separators_and_are_the_same_list_every_time(string language, string code)
    {
        var root = Parse(language, code);
        var withSeparators = 0;
        foreach (var n in root.DescendantsAndSelf())
        {
            var first = n.Significant;
            Assert.Same(first, n.Significant);
            var expected = n.Children.Where(c => !c.IsComment && !(!c.IsNamed && c.Text is "," or ";" or "(" or ")")).ToList();
            Assert.Equal(expected, first);
            if (expected.Count < n.Children.Length)
            {
                withSeparators++;
                Assert.NotSame(n.Children, first);
            }
            else
            {
                Assert.Same(n.Children, first);
            }
        }

        // the argument list's commas (or the block's comment) were left out somewhere
        Assert.True(withSeparators > 0, language);
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void A_nodes_binding_is_made_once_and_covers_the_node(string language, string code)
    {
        var root = Parse(language, code);
        foreach (var n in root.DescendantsAndSelf())
        {
            var binding = Binding.Of(n);
            Assert.Same(binding, Binding.Of(n));
            Assert.Equal((n.Start, n.End), (binding.Start, binding.End));
        }
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Every_nodes_descendants_are_its_subtree_in_pre_order(string language, string code)
    {
        var root = Parse(language, code);
        foreach (var n in root.DescendantsAndSelf())
        {
            var expected = new List<AstNode>();
            Walk(n, expected);
            Assert.Equal(expected, n.DescendantsAndSelf());
        }

        Assert.Equal(root.DescendantsAndSelf().Count(), Count(root));
    }

    private static void Walk(AstNode n, List<AstNode> into)
    {
        into.Add(n);
        foreach (var c in n.Children)
        {
            Walk(c, into);
        }
    }

    private static int Count(AstNode n) => 1 + n.Children.Sum(Count);

    private static AstNode Parse(string language, string code)
    {
        var root = TreeSitterSyntaxProvider.Instance.Parse(code, language, out _, out var error);
        Assert.True(root is not null, error);
        return root;
    }
}
