using Pairguard.Rules.Matching;

namespace Pairguard.Tests.Rules;

/// <summary>The index of a match list answers by position in the list, ascending, whether or not the list came sorted by start.</summary>
public class RangeIndexTests
{
    private static List<RangeMatch> Matches(params (int Start, int End)[] ranges) => [.. ranges.Select(r => new RangeMatch(r.Start, r.End, Bindings.Empty))];

    public static TheoryData<bool> Orders => new() { true, false };

    [Theory]
    [MemberData(nameof(Orders))]
    public void EqualRangesAreFoundByPositionAndOthersAreNot(bool sorted)
    {
        // the same ranges, in start order or shuffled: positions differ, answers follow them
        var ranges = new[] { (0, 10), (2, 5), (2, 5), (2, 8), (6, 9), (2, 5) };
        var list = Matches(sorted ? [.. ranges.OrderBy(r => r.Item1)] : ranges);
        var index = new RangeIndex(list);
        var expected = Enumerable.Range(0, list.Count).Where(i => list[i].Start == 2 && list[i].End == 5).ToList();
        Assert.Equal(3, expected.Count);
        Assert.Equal(expected, index.SameRange(2, 5));
        Assert.Equal([Enumerable.Range(0, list.Count).Single(i => list[i].Start == 6)], index.SameRange(6, 9));
        Assert.Null(index.SameRange(2, 6));
        Assert.Null(index.SameRange(3, 5));
        Assert.Null(index.SameRange(11, 12));
    }

    [Theory]
    [MemberData(nameof(Orders))]
    public void ContainingAndWithinAnswerInPositionOrder(bool sorted)
    {
        var ranges = new[] { (6, 9), (0, 10), (2, 5), (2, 8), (12, 20) };
        var list = Matches(sorted ? [.. ranges.OrderBy(r => r.Item1)] : ranges);
        var index = new RangeIndex(list);
        List<int> Positions(Func<(int, int), bool> keep) => [.. Enumerable.Range(0, list.Count).Where(i => keep((list[i].Start, list[i].End)))];

        var hits = new List<int>();
        index.Containing(3, 5, hits);
        Assert.Equal(Positions(r => r.Item1 <= 3 && r.Item2 >= 5), hits);
        index.Within(1, 9, hits);
        Assert.Equal(Positions(r => r.Item1 >= 1 && r.Item2 <= 9), hits);
        Assert.True(index.AnyContaining(7, 9));
        Assert.False(index.AnyContaining(9, 11));
        Assert.True(index.AnyMeeting(10, 12));
        Assert.False(new RangeIndex([]).AnyContaining(0, 1));
    }
}
