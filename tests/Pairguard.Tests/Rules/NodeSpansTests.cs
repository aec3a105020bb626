using Pairguard.Rules.Matching;

namespace Pairguard.Tests.Rules;

/// <summary>The flat span index answers "is one of the nodes within this range" like a scan of the nodes would.</summary>
public class NodeSpansTests
{
    private static AstNode Node(int start, int end) => new("x", null, true, start, end, new string(' ', 100));

    [Fact]
    public void A_node_inside_the_range_is_found()
    {
        var spans = new NodeSpans([Node(2, 4), Node(10, 20), Node(12, 14), Node(30, 31)]);
        Assert.Equal(4, spans.Count);
        Assert.True(spans.AnyWithin(0, 5));
        Assert.True(spans.AnyWithin(11, 15));
        Assert.True(spans.AnyWithin(10, 20));
        Assert.True(spans.AnyWithin(30, 31));
    }

    [Fact]
    public void Nodes_that_only_overlap_or_enclose_the_range_are_not_found()
    {
        var spans = new NodeSpans([Node(2, 4), Node(10, 20), Node(12, 14), Node(30, 31)]);

        // [3, 9]: the first node starts before it
        Assert.False(spans.AnyWithin(3, 9));

        // [11, 13]: the enclosing node starts before, the inner one ends after it
        Assert.False(spans.AnyWithin(11, 13));
        Assert.False(spans.AnyWithin(21, 29));
        Assert.False(spans.AnyWithin(31, 99));
        Assert.False(new NodeSpans([]).AnyWithin(0, 100));
    }

    [Fact]
    public void Agrees_with_a_scan_on_every_range()
    {
        AstNode[] nodes = [Node(0, 50), Node(0, 10), Node(3, 4), Node(10, 40), Node(15, 15), Node(20, 30), Node(45, 50)];
        var spans = new NodeSpans(nodes);
        for (var start = 0; start <= 52; start++)
        {
            for (var end = start; end <= 52; end++)
            {
                var scan = nodes.Any(n => n.Start >= start && n.End <= end);
                Assert.Equal(scan, spans.AnyWithin(start, end));
            }
        }
    }
}
