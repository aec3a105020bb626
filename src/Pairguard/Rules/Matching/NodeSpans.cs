namespace Pairguard.Rules.Matching;

/// <summary>
/// The spans of a list of nodes in tree order (starts ascending), as two flat arrays, so asking whether one of the nodes lies within
/// a range is a binary search over integers instead of over node objects.
/// </summary>
internal sealed class NodeSpans
{
    private readonly int[] _starts;
    private readonly int[] _ends;

    public NodeSpans(IReadOnlyList<AstNode> nodes)
    {
        _starts = new int[nodes.Count];
        _ends = new int[nodes.Count];
        for (var i = 0; i < nodes.Count; i++)
        {
            _starts[i] = nodes[i].Start;
            _ends[i] = nodes[i].End;
        }
    }

    /// <summary>How many nodes.</summary>
    public int Count => _starts.Length;

    /// <summary>True when some node lies entirely within [start, end].</summary>
    public bool AnyWithin(int start, int end)
    {
        // the first node starting at or after the range's start
        var lo = RangeIndex.LowerBound(_starts, start);

        // a node starting inside the range that ends after it encloses the range's node: only a few such ancestors are skipped
        for (var i = lo; i < _starts.Length && _starts[i] <= end; i++)
        {
            if (_ends[i] <= end)
            {
                return true;
            }
        }

        return false;
    }
}
