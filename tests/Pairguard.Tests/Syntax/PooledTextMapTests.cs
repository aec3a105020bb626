using Pairguard.Scanning;
using Pairguard.Syntax;
using static Pairguard.Tests.Syntax.SyntaxTestHelpers;

namespace Pairguard.Tests.Syntax;

/// <summary>The parse's UTF-8 bytes and offset map are rented from a pool: a tree never reads another file's map, and a disposed tree's map answers nothing.</summary>
public sealed class PooledTextMapTests
{
    [Fact]
    public void AFileParsedAfterALongerNonAsciiFileHasItsOwnOffsets()
    {
        // the first map is long and dense with multi-byte characters; the pool hands its array to the second file, which is shorter
        // and has its non-ASCII characters elsewhere: every offset of the second tree must still be its own
        var longer = string.Concat(Enumerable.Repeat("s = \"ééé — 😀 ünïcödé\"\n", 400));
        using (var first = ParseOk(longer, Languages.Python))
        {
            Assert.Equal("\"ééé — 😀 ünïcödé\"", first.Tree!.Root.FindAll("string").Last().Text);
        }

        const string second = "x = \"😀\"\nquery = \"SELECT \" + name\ndb.execute(query)\n";
        using var parsed = ParseOk(second, Languages.Python);
        var call = Single(parsed.Tree!, "call", "db.execute(query)");
        Assert.Equal(second.IndexOf("db.execute", StringComparison.Ordinal), call.Start);
        Assert.Equal("db.execute(query)", second[call.Start..call.End]);
        var concat = Single(parsed.Tree!, "binary_operator", "\"SELECT \" + name");
        Assert.Equal(second.IndexOf("\"SELECT", StringComparison.Ordinal), concat.Start);
    }

    [Fact]
    public void ANodeOfADisposedTreeThrowsRatherThanReadAReturnedMap()
    {
        var parsed = ParseOk("name = \"ü\"\n", Languages.Python);
        var node = Single(parsed.Tree!, "identifier", "name");
        Assert.Equal(0, node.Start);
        parsed.Dispose();
        Assert.Throws<ObjectDisposedException>(() => node.Start);
        Assert.Throws<ObjectDisposedException>(() => node.End);
    }

    [Fact]
    public void AReleasedNonAsciiMapFailsInsteadOfAnsweringFromAReusedArray()
    {
        var map = new Utf8TextMap("a ü b");
        Assert.Equal(3, map.ToChar(4)); // 'ü' is bytes 2–3, so byte 4 is the space after it, character 3
        Assert.Equal(6, map.Length);
        map.Release();
        Assert.Throws<ObjectDisposedException>(() => map.Bytes);
        Assert.Throws<IndexOutOfRangeException>(() => map.ToChar(4));
        map.Release(); // a second release gives nothing back twice
    }

    [Fact]
    public void AnAsciiMapNeedsNoArrayAndStillAnswersAfterRelease()
    {
        var map = new Utf8TextMap("plain ascii");
        map.Release();
        Assert.Equal(5, map.ToChar(5));
        Assert.Equal(11, map.ToChar(99)); // offsets past the end are capped at the length
    }
}
