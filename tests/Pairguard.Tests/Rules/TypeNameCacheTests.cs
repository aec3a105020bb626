using Pairguard.Rules.Matching;
using Pairguard.Scanning;
using Pairguard.Syntax;

namespace Pairguard.Tests.Rules;

/// <summary>The remembered type-name forms equal the computed ones; the pre-order node array equals the tree walk.</summary>
public class TypeNameCacheTests
{
    [Theory]
    [InlineData("*http.Request", "http.Request", "Request")]
    [InlineData("java.util.List<String>", "java.util.List", "List")]
    [InlineData("byte[]", "byte[]", "byte[]")]
    [InlineData("string?", "string", "string")]
    [InlineData("Widget", "Widget", "Widget")]
    public void Remembered_forms_equal_computed_ones(string type, string qualified, string simple)
    {
        var cache = new TypeNameCache();

        // asked twice: the second answer comes from the cache and must not differ
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(qualified, cache.Qualified(type));
            Assert.Equal(simple, cache.Simple(type));
            Assert.Equal(StructuralMatcher.QualifiedTypeName(type), cache.Qualified(type));
            Assert.Equal(StructuralMatcher.SimpleTypeName(type), cache.Simple(type));
        }
    }

    [Fact]
    public void Different_names_are_not_mixed_up()
    {
        var cache = new TypeNameCache();
        Assert.Equal("Request", cache.Simple("*http.Request"));
        Assert.Equal("Context", cache.Simple("gin.Context"));
        Assert.NotEqual(cache.Qualified("gin.Context"), cache.Qualified("echo.Context"));
        Assert.Equal("Request", cache.Simple("*http.Request"));
    }

    [Fact]
    public void Node_array_is_the_pre_order_walk()
    {
        var root = TreeSitterSyntaxProvider.Instance.Parse("def f(a):\n    return g(a, 1)\n", Languages.Python, out _, out _);
        Assert.NotNull(root);
        var target = new MatchTarget(root, Languages.Python);
        var walk = root.DescendantsAndSelf().ToList();

        Assert.True(walk.Count > 5);
        Assert.Equal(walk, target.Nodes);
        Assert.Same(root, target.Nodes[0]);
        Assert.Same(target.Nodes.Array, target.Nodes.Array);
    }
}
