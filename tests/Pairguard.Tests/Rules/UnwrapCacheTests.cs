using Pairguard.Rules.Matching;
using Pairguard.Scanning;
using Pairguard.Syntax;

namespace Pairguard.Tests.Rules;

/// <summary>The remembered unwrapping of a node equals the first answer: wrappers give their one node, other nodes themselves.</summary>
public class UnwrapCacheTests
{
    [Fact]
    public void Parentheses_unwrap_to_the_inner_expression_every_time()
    {
        var root = TreeSitterSyntaxProvider.Instance.Parse("x = (a + b)\n", Languages.Python, out _, out _);
        Assert.NotNull(root);
        var parens = root.DescendantsAndSelf().Single(n => n.Kind == "parenthesized_expression");

        var first = StructuralMatcher.Unwrap(parens);
        Assert.Equal("binary_operator", first.Kind);
        Assert.Same(first, StructuralMatcher.Unwrap(parens));
        Assert.Same(first, StructuralMatcher.Unwrap(first));
    }

    [Fact]
    public void A_node_that_is_no_wrapper_stays_itself()
    {
        var root = TreeSitterSyntaxProvider.Instance.Parse("f(a, b)\n", Languages.Python, out _, out _);
        Assert.NotNull(root);
        var call = root.DescendantsAndSelf().Single(n => n.Kind == "call");
        var args = root.DescendantsAndSelf().Single(n => n.Kind == "argument_list");

        Assert.Same(call, StructuralMatcher.Unwrap(call));
        Assert.Same(call, StructuralMatcher.Unwrap(call));

        // two arguments: not a single-node wrapper
        Assert.Same(args, StructuralMatcher.Unwrap(args));

        // the module holds one statement holding the call: both wrappers unwrap to it
        Assert.Same(call, StructuralMatcher.Unwrap(root));
    }
}
