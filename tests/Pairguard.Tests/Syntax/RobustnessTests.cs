using System.Text;
using Pairguard.Scanning;
using Pairguard.Syntax;

namespace Pairguard.Tests.Syntax;

/// <summary>Deadlines, size caps, cancellation, unknown languages and many threads.</summary>
public sealed class RobustnessTests
{
    [Fact]
    public void A_pathological_input_hits_the_deadline_and_the_parser_still_works_afterwards()
    {
        // several MB of random bytes read as JavaScript: error recovery would take many seconds
        var random = new Random(1234);
        var bytes = new byte[3 * 1024 * 1024];
        random.NextBytes(bytes);
        var junk = Encoding.Latin1.GetString(bytes);
        var options = new ParseOptions { MaxBytes = 16 * 1024 * 1024, Timeout = TimeSpan.FromMilliseconds(50) };

        using (var timedOut = SyntaxParser.Parse(SourceFile.FromText("bundle.js", junk, Languages.JavaScript), options: options))
        {
            Assert.Equal(ParseStatus.TimedOut, timedOut.Status);
            Assert.Null(timedOut.Tree);
            var diagnostic = timedOut.ToDiagnostic("rules")!;
            Assert.Equal(DiagnosticKind.Timeout, diagnostic.Kind);
            Assert.Equal("bundle.js", diagnostic.Path);
            Assert.Contains("50 ms", diagnostic.Message, StringComparison.Ordinal);
        }

        // same thread, same native parser: the next parse starts afresh (the cancelled one was reset, not resumed)
        using var next = SyntaxParser.Parse("const a = f(1);\n", Languages.JavaScript);
        Assert.Equal(ParseStatus.Parsed, next.Status);
        Assert.Equal(0, next.Tree!.ErrorCount);
        Assert.Equal("const a = f(1);\n", next.Tree.Root.Text);
        Assert.Equal("f(1)", next.Tree.Root.Find("call_expression")!.Value.Text);
    }

    [Fact]
    public void Text_over_the_size_cap_is_not_parsed()
    {
        var big = new string('a', 2000) + " = 1\n";
        using var result = SyntaxParser.Parse(big, Languages.Python, new ParseOptions { MaxBytes = 1000 });
        Assert.Equal(ParseStatus.TooLarge, result.Status);
        Assert.Equal(DiagnosticKind.Skipped, result.ToDiagnostic()!.Kind);

        // the cap counts UTF-8 bytes, not characters
        var multibyte = new string('é', 600);
        using var capped = SyntaxParser.Parse("x = \"" + multibyte + "\"\n", Languages.Python, new ParseOptions { MaxBytes = 1000 });
        Assert.Equal(ParseStatus.TooLarge, capped.Status);
    }

    [Fact]
    public void Cancellation_stops_a_parse_and_leaves_the_parser_usable()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => SyntaxParser.Parse("x = 1\n", Languages.Python, cancellationToken: cancelled.Token));

        // random bytes read as JavaScript: error recovery takes seconds, so the token fires mid-parse
        var bytes = new byte[3 * 1024 * 1024];
        new Random(99).NextBytes(bytes);
        var junk = Encoding.Latin1.GetString(bytes);

        using var later = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        var options = new ParseOptions { MaxBytes = 8 * 1024 * 1024, Timeout = Timeout.InfiniteTimeSpan };
        Assert.Throws<OperationCanceledException>(() => SyntaxParser.Parse(junk, Languages.JavaScript, options, later.Token));

        using var next = SyntaxParser.Parse("let b = g();\n", Languages.JavaScript);
        Assert.Equal(0, next.Tree!.ErrorCount);
    }

    [Fact]
    public void Unknown_languages_are_reported_not_thrown()
    {
        using var result = SyntaxParser.Parse("fn main() {}", Languages.Rust);
        Assert.Equal(ParseStatus.UnsupportedLanguage, result.Status);
        Assert.Equal(DiagnosticKind.Skipped, result.ToDiagnostic()!.Kind);
        using var none = SyntaxParser.Parse(SourceFile.FromText("README", "hello"));
        Assert.Equal(ParseStatus.UnsupportedLanguage, none.Status);
    }

    [Fact]
    public void Parallel_parses_use_one_parser_per_thread_and_share_grammars_and_queries()
    {
        var sources = new (string Language, string Text, string Kind)[]
        {
            (Languages.Python, SyntaxFixtures.FlaskApp, "call"),
            (Languages.JavaScript, SyntaxFixtures.ExpressHandler, "call_expression"),
            (Languages.Go, SyntaxFixtures.GoHandler, "call_expression"),
            (Languages.Ruby, SyntaxFixtures.RailsController, "call"),
        };
        var expected = sources.Select(s =>
        {
            using var r = SyntaxParser.Parse(s.Text, s.Language);
            return r.Tree!.Root.FindAll(s.Kind).Count;
        }).ToArray();
        var query = Query.Get(Languages.Python, "(call function: (attribute attribute: (identifier) @m))");

        var failures = 0;
        Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var s = sources[i % sources.Length];
            using var r = SyntaxParser.Parse(s.Text, s.Language);
            var ok = r.Tree!.ErrorCount == 0 && r.Tree.Root.FindAll(s.Kind).Count == expected[i % sources.Length];
            if (s.Language == Languages.Python)
            {
                ok &= query.Matches(r.Tree.Root).Count == 5;
            }

            if (!ok)
            {
                Interlocked.Increment(ref failures);
            }
        });
        Assert.Equal(0, failures);
    }
}
