using Pairguard.Rules;
using Pairguard.Rules.Matching;

namespace Pairguard.Tests.Rules;

/// <summary>
/// The prefilter's pass records every position of its ASCII words (<see cref="Prefilter.Locate"/>), and the matcher's word lists
/// taken from it are those its own searches of the text make.
/// </summary>
public class WordPositionsTests
{
    /// <summary>Every position at which the word starts, ignoring ASCII case, overlaps included: what the pass must record.</summary>
    private static int[] Search(string text, string word)
    {
        var found = new List<int>();
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            found.Add(at);
        }

        return [.. found];
    }

    [Theory]
    [InlineData("Query query QUERY qUeRy", "query")]
    [InlineData("aaaaa aa", "aaa")]
    [InlineData("ExecuteSqlRaw(x); executesqlraw EXECUTESQLRAWX ExecuteSqlRa", "ExecuteSqlRaw")]
    [InlineData("x.token", "token")]
    [InlineData("tok", "token")]
    [InlineData("", "token")]
    [InlineData("é token é TOKEN\u212A", "token")]
    public void EveryPositionOfAWordIsRecordedIgnoringCase(string text, string word)
    {
        var prefilter = new Prefilter([word, "other", "démo"]);
        var found = prefilter.Locate(text, out var positions);

        Assert.True(positions.TryGet(word, out var recorded));
        Assert.Equal(Search(text, word), recorded.ToArray());
        Assert.True(positions.TryGet(word.ToUpperInvariant(), out var upper));
        Assert.Equal(recorded.ToArray(), upper.ToArray());
        Assert.Equal(recorded.Length > 0, found[prefilter.IdOf(word)]);
        Assert.Equal(prefilter.Search(text), found);
    }

    [Fact]
    public void WordsThePassDoesNotRecordAreNotAnswered()
    {
        var prefilter = new Prefilter(["query", "démo", "db"]);
        prefilter.Locate("démo db query", out var positions);
        Assert.False(positions.TryGet("démo", out _)); // not ASCII: searched in groups, not recorded
        Assert.False(positions.TryGet("db", out _)); // too short to be looked for
        Assert.False(positions.TryGet("unknown", out _));
        Assert.True(positions.TryGet("query", out var query));
        Assert.Equal([8], query.ToArray());
    }

    [Fact]
    public void ThePassAnswersWhichWordsArePresentAsTheSearchThatStopsEarlyDoes()
    {
        var rules = BuiltInRules.All.Rules;
        var prefilter = new Prefilter(rules.SelectMany(r => Prefilter.Of(r).Words));
        var fixtures = rules.SelectMany(BuiltInRules.FixturesOf).Select(f => f.Text).Distinct().ToList();
        var recorded = 0;
        foreach (var text in fixtures)
        {
            Assert.Equal(prefilter.Search(text), prefilter.Locate(text, out var positions));
            recorded += positions.Count;
        }

        Assert.True(recorded > fixtures.Count);
    }

    [Fact]
    public void ASetAskedOfTwoPrefiltersInTurnCountsWithTheWordsOfEach()
    {
        // the set keeps the numbers of its words for the prefilter last asked: a file of another language brings another prefilter
        const string text = "Query request QUERY token";
        var anchors = new RegexAnchors(["Query", "token", "request"], false);
        var first = new Prefilter(["query", "token"]);
        var second = new Prefilter(["request", "alpha", "token", "query"]);
        for (var round = 0; round < 2; round++)
        {
            foreach (var prefilter in new[] { first, second })
            {
                prefilter.Locate(text, out var positions);
                var occurrences = new TextOccurrences(text, known: positions);
                Assert.Equal(3, occurrences.CountWithin(anchors, 0, text.Length, int.MaxValue));
                Assert.Equal(2, occurrences.CountWithin(anchors, 1, text.Length, int.MaxValue));
                Assert.Equal(prefilter.RecordedIndexOf("token"), positions.IndexesOf(anchors)[1]);
            }
        }
    }

    /// <summary>Each built-in fixture with the words of its language's patterns, and a few sets of those words as regex anchors.</summary>
    public static TheoryData<string> Languages() => [.. BuiltInRules.All.Rules.SelectMany(r => r.Languages).Where(l => l != "generic").Distinct().Order()];

    [Theory]
    [MemberData(nameof(Languages))]
    public void ListsTakenFromThePassEqualTheMatchersOwnSearches(string language)
    {
        var rules = BuiltInRules.All.Rules.Where(r => r.Languages.Contains(language)).ToList();
        var prefilter = new Prefilter(rules.SelectMany(r => Prefilter.Of(r).Words).Concat(["Request", "request", "QUERY"]));
        var words = prefilter.Words.Concat(["Request", "QUERY", "db", "démo"]).ToList();
        var fixtures = rules.SelectMany(BuiltInRules.FixturesOf).Select(f => f.Text).Distinct().ToList();
        Assert.NotEmpty(fixtures);
        var answered = 0;
        foreach (var text in fixtures)
        {
            prefilter.Locate(text, out var positions);
            var known = new TextOccurrences(text, known: positions);
            var searched = new TextOccurrences(text);
            foreach (var word in words)
            {
                Assert.Equal(searched.Of(word), known.Of(word));
                Assert.Equal(searched.Of(word, ignoreCase: true), known.Of(word, ignoreCase: true));
                var needed = new NeededText(word, Token: true);
                Assert.Equal(searched.Of(needed), known.Of(needed));
                Assert.Equal(searched.HoldsAnywhere(needed), new TextOccurrences(text, known: positions).HoldsAnywhere(needed));
                answered += positions.TryGet(word, out _) ? 1 : 0;
            }

            // sets of words, some with a word the pass does not record: counted and found as the one search of the text finds them
            for (var i = 0; i + 3 <= words.Count; i += 3)
            {
                foreach (var ignoreCase in new[] { false, true })
                {
                    var anchors = new RegexAnchors([words[i], words[i + 1], i % 2 == 0 ? words[i + 2] : "db"], ignoreCase);
                    var expected = new TextOccurrences(text).CountWithin(anchors, 0, text.Length, int.MaxValue);
                    Assert.Equal(expected, new TextOccurrences(text, known: positions).CountWithin(anchors, 0, text.Length, int.MaxValue));
                    Assert.Equal(Math.Min(expected, 2), new TextOccurrences(text, known: positions).CountWithin(anchors, 0, text.Length, 2));
                    Assert.Equal(expected > 0, new TextOccurrences(text, known: positions).ContainsAny(anchors));
                }
            }
        }

        Assert.True(answered > 0);
    }
}
