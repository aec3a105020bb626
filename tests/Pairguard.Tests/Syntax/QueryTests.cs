using Pairguard.Scanning;
using Pairguard.Syntax;
using static Pairguard.Tests.Syntax.SyntaxTestHelpers;

namespace Pairguard.Tests.Syntax;

/// <summary>Queries: compiled once and shared, predicates applied in C#, errors explained.</summary>
public sealed class QueryTests
{
    private const string Source = """
        cursor.execute("SELECT name FROM users")
        cursor.executemany("INSERT INTO t VALUES (?)", rows)
        db.execute("DELETE FROM t")
        log.info("hello")
        """;

    [Fact]
    public void Eq_predicate_inside_the_pattern_filters_matches()
    {
        using var parsed = ParseOk(Source, Languages.Python);
        var query = Query.Get(Languages.Python,
            """((call function: (attribute attribute: (identifier) @m) arguments: (argument_list (string) @q)) (#eq? @m "execute"))""");
        Assert.Equal(1, query.PatternCount);
        Assert.Equal(["m", "q"], query.CaptureNames);
        var matches = query.Matches(parsed.Tree!.Root);
        Assert.Equal(["\"SELECT name FROM users\"", "\"DELETE FROM t\""], matches.Select(m => m["q"]!.Value.Text));
        Assert.All(matches, m => Assert.Equal("execute", m["m"]!.Value.Text));
        Assert.Equal(2, matches[0].Captures.Count);
        Assert.Null(matches[0]["nope"]);
    }

    [Theory]
    [InlineData("""((identifier) @id (#match? @id "^exec"))""", new[] { "execute", "executemany", "execute" })]
    [InlineData("""((identifier) @id (#not-match? @id "^(exec|cursor|db|rows)"))""", new[] { "log", "info" })]
    [InlineData("""((identifier) @id (#any-of? @id "db" "log"))""", new[] { "db", "log" })]
    [InlineData("""((identifier) @id (#not-any-of? @id "cursor" "execute" "executemany" "rows" "info"))""", new[] { "db", "log" })]
    [InlineData("""((identifier) @id (#not-eq? @id "cursor") (#eq? @id "db"))""", new[] { "db" })]
    [InlineData("""((attribute object: (identifier) @o attribute: (identifier) @a) (#eq? @o @a))""", new string[0])]
    [InlineData("""((identifier) @id (#match? @id "(?<=z)xec"))""", new string[0])]
    public void Text_predicates_are_applied(string source, string[] expected)
    {
        using var parsed = ParseOk(Source, Languages.Python);
        var texts = Query.Get(Languages.Python, source).Matches(parsed.Tree!.Root).Select(m => m.Captures[0].Node.Text);
        Assert.Equal(expected, texts);
    }

    [Fact]
    public void Set_directive_becomes_a_pattern_property_and_captures_are_ordered()
    {
        using var parsed = ParseOk(Source, Languages.Python);
        var query = Query.Get(Languages.Python, """((string) @s (#set! kind "sql") (#match? @s "SELECT|DELETE"))""");
        var match = query.Matches(parsed.Tree!.Root).First();
        Assert.Equal("sql", match.Properties["kind"]);
        var captures = Query.Get(Languages.Python, "(call) @c (identifier) @i").Captures(parsed.Tree.Root);
        Assert.Equal("c", captures[0].Name);
        Assert.True(captures.Select(c => c.Node.StartByte).SequenceEqual(captures.Select(c => c.Node.StartByte).Order()));
    }

    [Fact]
    public void Queries_are_compiled_once_per_grammar_and_source()
    {
        var a = Query.Get(Languages.JavaScript, "(call_expression) @c");
        var b = Query.Get("javascript", "(call_expression) @c");
        Assert.Same(a, b);
        Assert.NotSame(a, Query.Get(Languages.Tsx, "(call_expression) @c"));
    }

    [Theory]
    [InlineData("(call_expresion) @c", "unknown node kind")]
    [InlineData("(call nosuchfield: (identifier))", "unknown field")]
    [InlineData("(call", "syntax error")]
    [InlineData("((identifier) @i (#frobnicate? @i \"x\"))", "not a supported predicate")]
    [InlineData("((identifier) @i (#match? @i \"[unclosed\"))", "invalid regular expression")]
    public void Bad_queries_are_explained(string source, string message)
    {
        var e = Assert.Throws<QueryException>(() => Query.Get(Languages.Python, source));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_query_refuses_a_tree_of_another_grammar()
    {
        using var parsed = ParseOk("f(1);", Languages.JavaScript);
        var query = Query.Get(Languages.Python, "(call) @c");
        Assert.Throws<ArgumentException>(() => query.Matches(parsed.Tree!.Root));
    }
}
