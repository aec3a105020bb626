namespace Pairguard.Rules.Matching;

/// <summary>
/// The ranges of a match list, indexed to find the ones that contain a range or that equal it; answers list the matches by
/// their position in the list, so callers see them in the same order as a scan of the whole list would.
/// </summary>
internal sealed class RangeIndex
{
    private readonly List<RangeMatch> _items;
    private readonly int[] _byStart;
    private readonly int[] _starts;
    private int[]? _maxEnd;

    public RangeIndex(List<RangeMatch> items)
    {
        _items = items;
        _byStart = new int[items.Count];
        var sorted = true;
        for (var i = 0; i < _byStart.Length; i++)
        {
            _byStart[i] = i;
            sorted &= i == 0 || items[i - 1].Start <= items[i].Start;
        }

        // matches mostly come in tree order, already sorted by start (ties by position, as the sort below orders them)
        if (!sorted)
        {
            Array.Sort(_byStart, (a, b) => items[a].Start != items[b].Start ? items[a].Start.CompareTo(items[b].Start) : a.CompareTo(b));
        }

        _starts = new int[_byStart.Length];
        for (var i = 0; i < _starts.Length; i++)
        {
            _starts[i] = items[_byStart[i]].Start;
        }
    }

    /// <summary>
    /// A max-segment tree over the ends, in start order (subtrees whose ranges all end too early are skipped), built when a question
    /// about containing ranges is first asked: joins on equal ranges and questions of ranges within never need it.
    /// </summary>
    private int[] MaxEnds
    {
        get
        {
            if (_maxEnd is null)
            {
                _maxEnd = new int[Math.Max(1, 4 * _byStart.Length)];
                if (_byStart.Length > 0)
                {
                    Build(1, 0, _byStart.Length - 1);
                }
            }

            return _maxEnd;
        }
    }

    public List<RangeMatch> Items => _items;

    /// <summary>Positions (ascending) of the matches whose range contains [start, end).</summary>
    public void Containing(int start, int end, List<int> result)
    {
        result.Clear();
        var count = UpperBound(start);
        if (count == 0)
        {
            return;
        }

        _ = MaxEnds;
        Collect(1, 0, _byStart.Length - 1, count, end, result);
        if (result.Count > 1)
        {
            result.Sort();
        }
    }

    /// <summary>Positions (ascending) of the matches whose range lies within [start, end).</summary>
    public void Within(int start, int end, List<int> result)
    {
        result.Clear();
        for (var i = LowerBound(start); i < _starts.Length && _starts[i] <= end; i++)
        {
            if (_items[_byStart[i]].End <= end)
            {
                result.Add(_byStart[i]);
            }
        }

        if (result.Count > 1)
        {
            result.Sort();
        }
    }

    /// <summary>True when some match's range contains [start, end).</summary>
    public bool AnyContaining(int start, int end)
    {
        var count = UpperBound(start);
        return count > 0 && MaxEnds.Length > 0 && MaxEnd(1, 0, _byStart.Length - 1, count) >= end;
    }

    /// <summary>True when some match's range meets [start, end] (touching counts), so that a range inside it may lie in a match.</summary>
    public bool AnyMeeting(int start, int end) => AnyContaining(end, start);

    /// <summary>Positions (ascending) of the matches whose range is exactly [start, end), or null.</summary>
    /// <remarks>
    /// A binary search on the starts, then the few matches that start there: no table of every range is built (most questions, such
    /// as taint's at every node it visits, find nothing), and a list is made only for an answer.
    /// </remarks>
    public List<int>? SameRange(int start, int end)
    {
        List<int>? found = null;
        // matches with equal starts are in ascending position order (see the constructor)
        for (var i = LowerBound(start); i < _starts.Length && _starts[i] == start; i++)
        {
            if (_items[_byStart[i]].End == end)
            {
                (found ??= []).Add(_byStart[i]);
            }
        }

        return found;
    }

    private int Build(int node, int lo, int hi)
    {
        if (lo == hi)
        {
            return _maxEnd![node] = _items[_byStart[lo]].End;
        }

        var mid = (lo + hi) / 2;
        return _maxEnd![node] = Math.Max(Build(2 * node, lo, mid), Build((2 * node) + 1, mid + 1, hi));
    }

    /// <summary>Adds the positions among the first <paramref name="count"/> in start order whose range ends at or after <paramref name="end"/>.</summary>
    private void Collect(int node, int lo, int hi, int count, int end, List<int> result)
    {
        if (lo >= count || _maxEnd![node] < end)
        {
            return;
        }

        if (lo == hi)
        {
            result.Add(_byStart[lo]);
            return;
        }

        var mid = (lo + hi) / 2;
        Collect(2 * node, lo, mid, count, end, result);
        Collect((2 * node) + 1, mid + 1, hi, count, end, result);
    }

    /// <summary>The largest end among the first <paramref name="count"/> ranges in start order.</summary>
    private int MaxEnd(int node, int lo, int hi, int count)
    {
        if (lo >= count)
        {
            return int.MinValue;
        }

        if (hi < count)
        {
            return _maxEnd![node];
        }

        var mid = (lo + hi) / 2;
        return Math.Max(MaxEnd(2 * node, lo, mid, count), MaxEnd((2 * node) + 1, mid + 1, hi, count));
    }

    /// <summary>How many ranges start before <paramref name="start"/>.</summary>
    private int LowerBound(int start) => LowerBound(_starts, start);

    /// <summary>How many values of the ascending array are less than <paramref name="value"/>.</summary>
    internal static int LowerBound(ReadOnlySpan<int> sorted, int value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>How many ranges start at or before <paramref name="start"/>.</summary>
    private int UpperBound(int start)
    {
        int lo = 0, hi = _starts.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_starts[mid] <= start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
