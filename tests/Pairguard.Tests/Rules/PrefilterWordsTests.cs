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
    public void More_first_three_characters_than_the_table_holds_are_still_all_searched_for()
    {
        // 70,000 words with distinct first three characters (printable ASCII): more trigrams than the one-pass table takes
        // (Prefilter.MaxSlots); the rest are searched for as words with other characters are, and the constructor ends
        var printable = Enumerable.Range('!', '~' - '!' + 1).Select(c => (char)c).Where(c => !char.IsUpper(c)).ToArray();
        var words = new List<string>();
        for (var i = 0; words.Count < 70_000; i++)
        {
            var n = printable.Length;
            words.Add($"{printable[i / (n * n) % n]}{printable[i / n % n]}{printable[i % n]}word");
        }

        Assert.True(words.Count > 2 * Prefilter.MaxSlots);
        var prefilter = new Prefilter(words);
        var sample = new[] { words[0], words[Prefilter.MaxSlots - 1], words[Prefilter.MaxSlots + 1], words[^1] };
        var text = string.Join(" ", sample.Select(w => w.ToUpperInvariant()));

        var present = prefilter.PresentWords(text);

        Assert.Equal(sample.Order(StringComparer.OrdinalIgnoreCase), present.Order(StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);
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

    [Fact]
    public void Found_words_are_exactly_those_an_ordinal_ignore_case_search_finds()
    {
        // words sharing their first three or eight characters, longer and shorter than the eight-character window, non-ASCII ones,
        // and texts made of their pieces in other cases, with non-ASCII letters, NULs and the ends of the text in the way
        string[] words =
        [
            "exec", "execute", "executeQuery", "executeQueryAsync", "executor", "exe", "Render", "render_template", "renderToString",
            "innerHTML", "inner", "a$b", "_id", "__proto__", "x86", "größe", "naïve", "straße", "Ärger", "kelvin", "sink",
        ];
        string[] pieces =
        [
            "exe", "EXEC", "cute", "Query", "ASYNC", "uteQ", "ren", "DER", "_template", "ToStr", "ing", "inner", "HTML", "a$", "b", "_i",
            "d", "__pro", "to__", "x8", "6", "GRÖSSE", "größ", "e", "NAÏVE", "naive", "STRASSE", "ärger", "ÄRGER", "\u212Aelvin", "kelvin",
            "\u017Fink", "sınk", "SINK", " ", "\n", "\0", ".", "(", "é", "\uD83D\uDE00",
        ];
        var prefilter = new Prefilter(words);
        var random = new Random(20261206);
        for (var round = 0; round < 3000; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 12)).Select(_ => pieces[random.Next(pieces.Length)]));
            var present = prefilter.PresentWords(text);
            var expected = words.Where(w => text.Contains(w, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal);
            Assert.True(expected.SequenceEqual(present.Order(StringComparer.Ordinal)), $"text: {text}");
        }
    }

    [Fact]
    public void Whether_a_word_lies_in_a_range_is_answered_alike_with_and_without_its_positions_listed()
    {
        // the quick answer (a search stopping at the first occurrence) against the listed positions, for plain texts and tokens,
        // ranges before, around and after the first occurrence, words found, absent, or known absent from the prefilter
        var text = "execute(x); executor = exec; re_exec(exec_x)\nexec";
        string[] words = ["exec", "execute", "executor", "re_exec", "missing", "x);", "known"];
        var random = new Random(20261206);
        for (var round = 0; round < 500; round++)
        {
            var needed = new Pairguard.Rules.Matching.NeededText(words[random.Next(words.Length)], random.Next(2) == 0);
            var start = random.Next(text.Length + 1);
            var end = random.Next(start, text.Length + 1);
            Func<string, bool> knownAbsent = w => w == "known";
            var quick = new Pairguard.Rules.Matching.TextOccurrences(text, knownAbsent);
            var listed = new Pairguard.Rules.Matching.TextOccurrences(text, knownAbsent);

            // asked first for the whole text (as a pattern's quick rejection does), then for the range
            Assert.Equal(listed.Within(needed, 0, text.Length), quick.Holds(needed, 0, text.Length));
            Assert.Equal(listed.Within(needed, start, end), quick.Holds(needed, start, end));
        }
    }
}

