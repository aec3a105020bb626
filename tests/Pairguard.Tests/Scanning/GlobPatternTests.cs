using Pairguard.Scanning;

namespace Pairguard.Tests.Scanning;

public class GlobPatternTests
{
    private static bool Match(string pattern, string path, bool isDirectory = false) =>
        GlobPattern.Parse(pattern)!.Matches(path, isDirectory);

    [Theory]
    [InlineData("*.log", "app.log", true)]
    [InlineData("*.log", "logs/deep/app.log", true)]
    [InlineData("*.log", "app.log.txt", false)]
    [InlineData("debug", "src/debug", true)]
    [InlineData("debug", "debugger", false)]
    public void UnanchoredPatternMatchesTheNameAtAnyDepth(string pattern, string path, bool expected) =>
        Assert.Equal(expected, Match(pattern, path));

    [Theory]
    [InlineData("/build", "build", true)]
    [InlineData("/build", "src/build", false)]
    [InlineData("doc/frotz", "doc/frotz", true)]
    [InlineData("doc/frotz", "a/doc/frotz", false)]
    [InlineData("doc/*.txt", "doc/notes.txt", true)]
    [InlineData("doc/*.txt", "doc/sub/notes.txt", false)]
    public void SlashAtStartOrMiddleAnchorsThePattern(string pattern, string path, bool expected) =>
        Assert.Equal(expected, Match(pattern, path));

    [Fact]
    public void TrailingSlashMatchesDirectoriesOnly()
    {
        Assert.True(Match("cache/", "cache", isDirectory: true));
        Assert.True(Match("cache/", "a/b/cache", isDirectory: true));
        Assert.False(Match("cache/", "cache", isDirectory: false));
        Assert.True(GlobPattern.Parse("cache/")!.DirectoryOnly);
    }

    [Theory]
    [InlineData("**/foo", "foo", true)]
    [InlineData("**/foo", "a/b/foo", true)]
    [InlineData("**/foo/bar", "x/foo/bar", true)]
    [InlineData("**/foo/bar", "x/foo/baz", false)]
    [InlineData("abc/**", "abc/x", true)]
    [InlineData("abc/**", "abc/x/y/z", true)]
    [InlineData("abc/**", "abc", false)]
    [InlineData("a/**/b", "a/b", true)]
    [InlineData("a/**/b", "a/x/b", true)]
    [InlineData("a/**/b", "a/x/y/b", true)]
    [InlineData("a/**/b", "a/x/y/c", false)]
    [InlineData("a/**/b/**/c", "a/1/b/2/3/c", true)]
    [InlineData("a/**/b/**/c", "a/1/b/2/3/d", false)]
    [InlineData("foo**bar", "fooXbar", true)]
    [InlineData("foo**bar", "foo/bar", false)]
    public void DoubleStarForms(string pattern, string path, bool expected) =>
        Assert.Equal(expected, Match(pattern, path));

    [Theory]
    [InlineData("***/x", "a/b/x", true)]
    [InlineData("a/****", "a/b/c", true)]
    [InlineData("a/****", "a", false)]
    public void ThreeOrMoreStarsAloneInASegmentActAsDoubleStar(string pattern, string path, bool expected) =>
        Assert.Equal(expected, Match(pattern, path));

    [Theory]
    [InlineData("a//")]
    [InlineData("a//b")]
    [InlineData("//a")]
    public void EmptySegmentMakesTheLineInert(string pattern) => Assert.Null(GlobPattern.Parse(pattern));

    [Theory]
    [InlineData("file?.txt", "file1.txt", true)]
    [InlineData("file?.txt", "file10.txt", false)]
    [InlineData("file?.txt", "file/.txt", false)]
    [InlineData("[a-c]*.py", "beta.py", true)]
    [InlineData("[a-c]*.py", "delta.py", false)]
    [InlineData("[!a-c]*.py", "delta.py", true)]
    [InlineData("[^a-c]*.py", "alpha.py", false)]
    [InlineData("x[]]y", "x]y", true)]
    [InlineData("v[[:digit:]].txt", "v7.txt", true)]
    [InlineData("v[[:digit:]].txt", "vx.txt", false)]
    [InlineData("a*b*c", "aXXbYYbZZc", true)]
    [InlineData("a*b*c", "aXXbYYbZZ", false)]
    [InlineData("[unclosed", "[unclosed", true)]
    public void WildcardsAndClasses(string pattern, string path, bool expected) =>
        Assert.Equal(expected, Match(pattern, path));

    [Fact]
    public void CommentsAndBlankLinesAreNotPatterns()
    {
        Assert.Null(GlobPattern.Parse("# a comment"));
        Assert.Null(GlobPattern.Parse(""));
        Assert.Null(GlobPattern.Parse("   "));
        Assert.Null(GlobPattern.Parse("/"));
    }

    [Fact]
    public void EscapedHashAndBangAreLiterals()
    {
        Assert.True(Match(@"\#notes", "#notes"));
        var bang = GlobPattern.Parse(@"\!important")!;
        Assert.False(bang.Negated);
        Assert.True(bang.Matches("!important", false));
    }

    [Fact]
    public void NegationIsParsed()
    {
        var p = GlobPattern.Parse("!keep.log")!;
        Assert.True(p.Negated);
        Assert.True(p.Matches("dir/keep.log", false));
    }

    [Fact]
    public void TrailingSpacesAreIgnoredUnlessEscaped()
    {
        Assert.True(Match("name.txt   ", "name.txt"));
        Assert.False(Match("name.txt   ", "name.txt "));
        Assert.True(Match(@"space\ ", "space "));
        Assert.False(Match(@"space\ ", "space"));
        Assert.True(Match("crlf.txt\r", "crlf.txt"));
    }

    [Fact]
    public void PathologicalPatternStaysFast()
    {
        // A backtracking matcher is exponential here; the compiled matcher is O(n·m).
        var pattern = GlobPattern.Parse(string.Concat(Enumerable.Repeat("*a", 40)) + "b")!;
        var path = new string('a', 5000);
        Assert.False(pattern.Matches(path, false));
        var deep = GlobPattern.Parse(string.Join('/', Enumerable.Repeat("**/a", 30)) + "/b")!;
        Assert.False(deep.Matches(string.Join('/', Enumerable.Repeat("a", 3000)), false));
    }

    [Fact]
    public void LastMatchingLineWins()
    {
        var rules = IgnoreRules.Parse("", "*.log\n!keep.log\n");
        Assert.Equal(IgnoreVerdict.Ignored, rules.Evaluate("x.log", false));
        Assert.Equal(IgnoreVerdict.Included, rules.Evaluate("keep.log", false));
        Assert.Equal(IgnoreVerdict.None, rules.Evaluate("x.txt", false));
    }
}
