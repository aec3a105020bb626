using System.Text.RegularExpressions;
using Pairguard.Rules.Matching;

namespace Pairguard.Tests.Rules;

/// <summary>The plain text a regex's every match must contain, which string patterns use to skip files without it.</summary>
public class RegexLiteralTests
{
    [Theory]
    [InlineData(".*<script.*", "<script")]
    [InlineData("^abcd.*xy$", "abcd")]
    [InlineData(@"select\s+.*\bfrom\b", "select")]
    [InlineData(@"api\.example\.internal/v1", "api.example.internal/v1")]
    [InlineData("https?://", "http")]
    [InlineData("colou?rful", "colo")]
    [InlineData("ab+cdef", "cdef")]
    [InlineData("[a-z]+_token_[0-9]{4}", "_token_")]
    [InlineData("(abc|xyz)secret", "secret")]
    [InlineData("(?:pre)?fixed", "fixed")]
    [InlineData("x{2,3}long", "long")]
    public void Finds_the_longest_certain_run(string regex, string expected) =>
        Assert.Equal(expected, RegexLiteral.Required(regex));

    [Theory]
    [InlineData("abc|def")] // a top-level alternation: no run is certain
    [InlineData("(?i)password")] // case-insensitive: the text may be written otherwise
    [InlineData("(?si)password")]
    [InlineData("(?x)pass word")] // spacing ignored
    [InlineData(@"\x41BC")] // a character code
    [InlineData(".*")]
    [InlineData("ab")] // too short to be worth a search
    [InlineData("a?b?c?d?")]
    [InlineData("[abc")] // not closed
    [InlineData("*abc")] // nothing to repeat
    public void Gives_nothing_when_no_run_is_certain(string regex) =>
        Assert.Null(RegexLiteral.Required(regex));

    [Fact]
    public void Every_match_holds_the_run()
    {
        string[] regexes = ["ab+cdef", "colou?rful", "https?://[a-z]+", "^key-[0-9]{2,}-end", @"(foo|bar)\.baz\d*qux", "x*yyy", @"\btoken=\w+"];
        string[] inputs =
        [
            "abcdef", "abbbcdef", "colorful", "colourful", "http://x", "https://abc", "key-12-end", "key-123456-end", "foo.bazqux",
            "bar.baz42qux", "yyy", "xxyyy", "a token=abc", "token=", "cdef", "rful", "://", "abdef",
        ];
        AssertEveryMatchHolds(regexes, inputs, regex => RegexLiteral.Required(regex) is { } run ? [run] : null);
    }

    [Theory]
    [InlineData("^(Query|Exec|QueryRow)$", "Query,Exec,QueryRow")]
    [InlineData(@"\b(include|include_once|require|require_once)\b", "include,include_once,require,require_once")]
    [InlineData(@"^(\$request|\$req|\$this->request|request\(\))$", "$request,$req,$this->request,request()")]
    [InlineData("(?:get|post)Mapping", "Mapping")] // a certain run wins over the alternatives
    [InlineData("md5|sha1", "md5,sha1")]
    [InlineData("^x(ab|cd)?(efg|hij)$", "efg,hij")] // the optional group is passed over
    [InlineData("^(os|sys)\\.(system|popen)$", "os,sys")]
    [InlineData("^(?!test)(ab|cd)", "ab,cd")] // a lookahead is passed over
    [InlineData(@"(?s)^(Math\.random\(\)|new\s+Random\(.*\))$", "Math.random(),Random(")] // (?s) changes only the dots
    public void Finds_one_run_per_alternative(string regex, string expected) =>
        Assert.Equal(expected.Split(','), RegexLiteral.RequiredAnyOf(regex));

    [Theory]
    [InlineData("^(Query|E)$")] // an alternative of one character
    [InlineData("(?i)^(query|exec)$")] // case-insensitive
    [InlineData("^(ab|cd)*$")] // the group may match nothing
    [InlineData("^[a-z]+$")]
    [InlineData("(ab|cd")] // not closed
    [InlineData("^(?s:xyz|abc)$")] // an option group with a colon: its letters are not text (":xyz" is never in a match)
    [InlineData("^(?<name>abc|def)$")] // a named group
    [InlineData("^(?'name'abc|def)$")]
    public void Gives_no_alternatives_when_one_may_hold_none(string regex) =>
        Assert.Null(RegexLiteral.RequiredAnyOf(regex));

    [Fact]
    public void Every_match_holds_one_of_the_alternatives()
    {
        string[] regexes = [@"(?s)^(Math\.random\(\)|new\s+Random\(.*\))$", "^(Query|Exec|QueryRow)$", @"\b(include|require)(_once)?\b", "(?:get|post)Mapping", "md5|sha1", "^x(ab|cd)?(efg|hij)$", @"^(\w+)\.(select|raw)\("];
        string[] inputs =
        [
            "Query", "Exec", "QueryRow", "include", "require_once", "getMapping", "postMapping", "md5", "sha1", "xefg", "xabhij",
            "db.select(", "q.raw(x", "Select", "exec", "Mapping", "xab", "includes", "Math.random()", "new Random(\n1)", "new Randomly()",
        ];
        AssertEveryMatchHolds(regexes, inputs, RegexLiteral.RequiredAnyOf);
    }

    [Theory]
    [InlineData("(?i)^(md5|sha1)$", "md5,sha1", true)]
    [InlineData("(?i).*(passw|pwd)", "passw,pwd", true)]
    [InlineData("^(Query|Exec)$", "Query,Exec", false)]
    public void Anchors_tell_whether_case_is_ignored(string regex, string expected, bool ignoreCase)
    {
        var anchors = RegexLiteral.Anchors(regex);
        Assert.NotNull(anchors);
        Assert.Equal(expected.Split(','), anchors.Words);
        Assert.Equal(ignoreCase, anchors.IgnoreCase);
    }

    [Theory]
    [InlineData("^(?i)(md5|sha1)$")] // the option is not at the start: not read
    [InlineData("(?i)^(md5|sha1)(?x) $")] // another option later
    [InlineData("(?i)^(café|tea)$")] // a word that is not ASCII
    public void Anchors_are_not_given_for_other_case_options(string regex) =>
        Assert.Null(RegexLiteral.Anchors(regex));

    [Fact]
    public void The_folded_text_writes_every_character_dotnet_folds_onto_an_ascii_letter_as_that_letter()
    {
        var text = "Top \u212Aey, Pa\u017F\u017Fword, \u0130D, \u0131d";
        var folded = TextOccurrences.FoldedLower(text);

        Assert.Equal("top key, password, id, id", folded);
        Assert.Equal(text.Length, folded.Length);
        Assert.Same("plain", TextOccurrences.FoldedLower("plain"));
    }

    [Theory]
    [InlineData("Password = pass; PASSWORD; PassWord", "password")]
    [InlineData("Pa\u017F\u017Fword and \u0131d and ID and iD", "password")]
    [InlineData("\u0131d and ID and iD and id", "id")]
    [InlineData("ſecret SECRET secret", "secret")]
    [InlineData("\u212Aey KEY key, \u0130D id", "key")]
    [InlineData("\u212Aey KEY key, \u0130D id", "id")]
    [InlineData("aaaa", "aa")]
    [InlineData("nothing here", "token")]
    [InlineData("Straße STRASSE café CAFÉ \u2160d Id ﬁle FILE", "id")]
    [InlineData("Straße STRASSE café CAFÉ \u2160d Id ﬁle FILE", "file")]
    [InlineData("Straße STRASSE café CAFÉ \u2160d Id ﬁle FILE", "strasse")]
    public void Ignore_case_positions_are_those_of_the_word_in_the_folded_text(string text, string word)
    {
        var lower = TextOccurrences.FoldedLower(text);
        var expected = new List<int>();
        for (var at = lower.IndexOf(word, StringComparison.Ordinal); at >= 0; at = lower.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            expected.Add(at);
        }

        Assert.Equal(expected, new TextOccurrences(text).Of(word.ToUpperInvariant(), ignoreCase: true));
        Assert.Equal(expected, new TextOccurrences(text).Of(word, ignoreCase: true));
    }

    [Theory]
    [InlineData("(?i)^(password|secret)$", "const PASSWORD = 1;", true)]
    [InlineData("(?i)^(password|secret)$", "const Pa\u017F\u017Fword = 1;", true)]
    [InlineData("(?i)^(password|secret)$", "const token = 1;", false)]
    [InlineData("(?i)^(key|token)$", "\u212Aey = 1", true)]
    [InlineData("^(args|form|json)$", "request.FORM", false)]
    [InlineData("^(args|form|json)$", "request.form", true)]
    [InlineData("^(args|form|json)$", "", false)]
    public void Any_anchor_is_found_as_the_word_by_word_search_finds_it(string regex, string text, bool expected)
    {
        var anchors = RegexLiteral.Anchors(regex);
        Assert.NotNull(anchors);
        var occurrences = new TextOccurrences(text);
        var wordByWord = anchors.Words.Any(w => occurrences.Of(w, anchors.IgnoreCase).Length > 0);

        Assert.Equal(expected, wordByWord);
        Assert.Equal(expected, new TextOccurrences(text).ContainsAny(anchors));
        Assert.Equal(expected, occurrences.ContainsAny(anchors));
    }

    /// <summary>For each regex, the texts it needs are found, some input matches it, and every input it matches holds one of them.</summary>
    [Fact]
    public void All_anchors_give_each_group_that_must_match_as_a_set_of_its_own()
    {
        // the longest run (`::`) is in most Ruby files; the constant names are in few
        var sets = RegexLiteral.AllAnchors("(::)?(Nokogiri::XML::ParseOptions|XML::Parser::Options)::(NOENT|DTDLOAD)$");
        Assert.Equal(
            ["::", "Nokogiri::XML::ParseOptions,XML::Parser::Options", "NOENT,DTDLOAD"],
            sets.Select(s => string.Join(',', s.Words)));
        Assert.All(sets, s => Assert.False(s.IgnoreCase));

        // optional, lookaround and named groups give no set; a case-insensitive regex gives sets to find ignoring case
        Assert.Equal(["Exec"], RegexLiteral.AllAnchors("^(ab|cd)?(?=xy|zw)(?<n>Q1|Q2)*Exec").Select(s => string.Join(',', s.Words)));
        Assert.Equal(
            ["md5,sha1", "hash,digest"],
            RegexLiteral.AllAnchors("(?i)(md5|sha1)_(hash|digest)").Select(s => string.Join(',', s.Words)));
        Assert.All(RegexLiteral.AllAnchors("(?i)(md5|sha1)_(hash|digest)"), s => Assert.True(s.IgnoreCase));
        Assert.Empty(RegexLiteral.AllAnchors("a|b"));
        Assert.Empty(RegexLiteral.AllAnchors("^(?i)(md5|sha1)$"));
    }

    [Fact]
    public void Every_match_holds_a_word_of_each_of_the_sets()
    {
        string[] regexes = ["(::)?(Nokogiri::XML|XML::Parser)::(NOENT|DTDLOAD)$", @"^(\w+)\.(select|raw)\((.*)(WHERE|where)", "(?:get|post)(Mapping|Route)+x", "^xy(ab|cd)?(efg|hij)$"];
        string[] inputs =
        [
            "Nokogiri::XML::NOENT", "::XML::Parser::DTDLOAD", "XML::Parser::NOENT", "Nokogiri::XML::DTD", "db.select(a WHERE", "q.raw(x where",
            "q.raw(x", "getMappingRoutex", "postRoutex", "getx", "xyefg", "xyabhij", "xyab",
        ];
        foreach (var regex in regexes)
        {
            var sets = RegexLiteral.AllAnchors(regex);
            Assert.True(sets.Count >= 2, regex);
            var re = new Regex(regex, RegexOptions.NonBacktracking);
            var matched = 0;
            foreach (var input in inputs.Where(i => re.IsMatch(i)))
            {
                matched++;
                Assert.All(sets, set => Assert.Contains(set.Words, w => input.Contains(w, StringComparison.Ordinal)));
            }

            Assert.True(matched > 0, regex);
        }
    }

    private static void AssertEveryMatchHolds(string[] regexes, string[] inputs, Func<string, IReadOnlyList<string>?> needed)
    {
        foreach (var regex in regexes)
        {
            var texts = needed(regex);
            Assert.NotNull(texts);
            var re = new Regex(regex, RegexOptions.NonBacktracking);
            var matched = 0;
            foreach (var input in inputs.Where(i => re.IsMatch(i)))
            {
                matched++;
                Assert.Contains(texts, t => input.Contains(t, StringComparison.Ordinal));
            }

            Assert.True(matched > 0, regex);
        }
    }
}
