using Pairguard.Rules.Matching;

namespace Pairguard.Tests.Rules;

/// <summary>
/// <see cref="TextOccurrences.CountWithin(RegexAnchors, int, int, int)"/>: one search for all of a set's words, stopped at a limit,
/// counts what the word-by-word lists count.
/// </summary>
public class AnchorCountTests
{
    public static TheoryData<string, string[], bool> Cases => new()
    {
        { "req = request(required); ctx.request.req", ["req", "request", "ctx.request"], false },
        { "Password = pass; PASSWORD; PassWord passwd", ["password", "passwd", "pass"], true },
        { "aaaa aa", ["aa", "aaa"], false },
        { "nothing to see", ["token", "secret"], false },
        { "Pa\u017F\u017Fword and \u212Aey and KEY", ["password", "key"], true },
        { "", ["x1"], false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void TheCountIsTheWordByWordCountWithinTheRangeUpToTheLimit(string text, string[] words, bool ignoreCase)
    {
        var anchors = new RegexAnchors(words, ignoreCase);
        var reference = new TextOccurrences(text);
        for (var start = 0; start <= text.Length; start += Math.Max(1, text.Length / 5))
        {
            for (var end = start; end <= text.Length; end += Math.Max(1, text.Length / 4))
            {
                var expected = words.Sum(w => reference.Of(w, ignoreCase).Count(p => p >= start && p + w.Length <= end));
                foreach (var limit in new[] { 0, 1, 2, expected, expected + 1, int.MaxValue })
                {
                    // a fresh text (nothing listed: the one search) and the reference (every word listed: counted from the lists)
                    var fresh = new TextOccurrences(text);
                    Assert.Equal(Math.Min(expected, limit), fresh.CountWithin(anchors, start, end, limit));
                    Assert.Equal(Math.Min(expected, limit), reference.CountWithin(anchors, start, end, limit));

                    // a search of part of the text, or one stopped at the limit, leaves no partial list behind
                    Assert.All(words, w => Assert.Equal(reference.Of(w, ignoreCase), fresh.Of(w, ignoreCase)));
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ASearchOfTheWholeTextThatIsNotStoppedLeavesTheListsOfWouldFind(string text, string[] words, bool ignoreCase)
    {
        var occurrences = new TextOccurrences(text);
        var total = occurrences.CountWithin(new RegexAnchors(words, ignoreCase), 0, text.Length, int.MaxValue);
        var reference = new TextOccurrences(text);
        Assert.Equal(words.Sum(w => reference.Of(w, ignoreCase).Length), total);
        foreach (var word in words)
        {
            Assert.Equal(reference.Of(word, ignoreCase), occurrences.Of(word, ignoreCase));
        }
    }

    [Fact]
    public void ACommonWordIsCountedOnlyUpToTheLimitAndNotListed()
    {
        var text = string.Concat(Enumerable.Repeat("require(x); ", 1000));
        var occurrences = new TextOccurrences(text);
        Assert.Equal(10, occurrences.CountWithin(new RegexAnchors(["req"], false), 0, text.Length, 10));
        Assert.Equal(1000, occurrences.CountWithin(new RegexAnchors(["req"], false), 0, text.Length, int.MaxValue));
        Assert.Equal(1000, occurrences.Of("req").Length);
    }

    [Fact]
    public void Whether_the_text_holds_a_set_is_answered_the_same_when_asked_again()
    {
        // the answers are kept per set, by the set's number: each set gets its own, on the first and on later asks
        var occurrences = new TextOccurrences("const token = read();");
        var present = new RegexAnchors(["token", "secret"], false);
        var absent = new RegexAnchors(["password", "secret"], false);
        var folded = new RegexAnchors(["TOKEN"], true);
        for (var round = 0; round < 2; round++)
        {
            Assert.True(occurrences.ContainsAny(present));
            Assert.False(occurrences.ContainsAny(absent));
            Assert.True(occurrences.ContainsAny(folded));
            Assert.False(occurrences.ContainsAny(new RegexAnchors(["TOKEN"], false)));
            // a copy made with `with` is a set of its own, with its own answer
            Assert.False(occurrences.ContainsAny(folded with { IgnoreCase = false }));
        }

        Assert.NotEqual(present.Id, (present with { }).Id);
    }
}
