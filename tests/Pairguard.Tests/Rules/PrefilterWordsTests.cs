using Pairguard.Rules;

namespace Pairguard.Tests.Rules;

/// <summary>The words of every rule a file holds, found in one pass of small word sets, ignoring case.</summary>
public class PrefilterWordsTests
{
    [Fact]
    public void Every_word_the_text_holds_is_found_whatever_its_set_and_case()
    {
        // 40 words: three sets of at most 16, so that words in every set are looked for
        var words = Enumerable.Range(0, 40).Select(i => $"word{i:D2}x").Append("exec").Append("execute").Append("executor").ToList();
        var text = "prefix WORD03X middle word17x\nexecute(word39X) Word22x";

        var present = new Prefilter(words).PresentWords(text);

        Assert.Equal(
            ["exec", "execute", "word03x", "word17x", "word22x", "word39x"],
            present.Select(w => w.ToLowerInvariant()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Words_shorter_than_three_characters_and_absent_words_are_not_reported()
    {
        var present = new Prefilter(["db", "query", "select"]).PresentWords("db.query(sql)");
        Assert.Equal(["query"], present);
        Assert.Empty(new Prefilter(["query"]).PresentWords(""));
        Assert.Empty(new Prefilter([]).PresentWords("anything"));
    }

    [Theory]
    [InlineData("prefix WORD03X middle word17x\nexecute(word39X) Word22x")]
    [InlineData("execexecutor word00xword01x")]
    [InlineData("")]
    public void A_known_word_that_was_not_found_occurs_nowhere_in_the_text_in_any_case(string text)
    {
        // what the rule engine skips searching for: it must really be absent
        var words = Enumerable.Range(0, 40).Select(i => $"word{i:D2}x").Append("exec").Append("execute").Append("executor").Append("db").ToList();
        var prefilter = new Prefilter(words);
        var present = prefilter.PresentWords(text);
        foreach (var word in words)
        {
            var absent = prefilter.Knows(word) && !present.Contains(word);
            Assert.Equal(absent, !text.Contains(word, StringComparison.OrdinalIgnoreCase) && word.Length >= 3);
        }

        Assert.False(prefilter.Knows("db"));
        Assert.False(prefilter.Knows("unknown"));
        Assert.True(prefilter.Knows("EXECUTE"));
    }

    [Fact]
    public void The_matcher_finds_no_occurrence_of_a_word_known_to_be_absent_and_searches_the_others()
    {
        var occurrences = new Pairguard.Rules.Matching.TextOccurrences("alpha beta alpha", word => word == "alpha");
        Assert.Empty(occurrences.Of("alpha"));
        Assert.Equal([6], occurrences.Of("beta"));
    }
}
