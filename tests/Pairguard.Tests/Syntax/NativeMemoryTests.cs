using Pairguard.Scanning;
using Pairguard.Syntax;
using Pairguard.Syntax.Adapters;

namespace Pairguard.Tests.Syntax;

/// <summary>A leak check: parsing, walking, querying and disposing 10,000 times leaves the native heap where it was.</summary>
[Collection(NativeMemoryCollection.Name)]
public sealed class NativeMemoryTests
{
    [Fact]
    public void No_native_memory_growth_across_10000_parse_dispose_cycles()
    {
        var adapter = LanguageAdapters.For(Languages.Python)!;
        var query = Query.Get(Languages.Python, """((call function: (attribute attribute: (identifier) @m)) (#match? @m "^exec"))""");
        var source = SourceFile.FromText("app.py", SyntaxFixtures.FlaskApp, Languages.Python);

        void Cycle()
        {
            using var parsed = SyntaxParser.Parse(source);
            var root = parsed.Tree!.Root;
            _ = parsed.Tree.ErrorCount;
            _ = root.FindAll(adapter.IsCall).Select(adapter.CalleePath).ToList();
            _ = query.Matches(root).Count;
            _ = root.Find("string")!.Value.FieldName;
        }

        // warm-up: grammar tables, the thread's parser and cursor, allocator arenas, and the JIT, whose tier-1
        // recompilation (in the background, into malloc'ed memory) would otherwise show up as growth
        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < 1500; i++)
            {
                Cycle();
            }

            Thread.Sleep(200);
        }

        // The heap is process-wide, so background work of other tests can move it; a leak grows in every trial, noise does not.
        var growths = new List<long>();
        for (var trial = 0; trial < 3; trial++)
        {
            var before = NativeHeap.InUseBytes();
            Assert.True(before > 0, "mallinfo2 is not available");
            for (var i = 0; i < 10_000; i++)
            {
                Cycle();
            }

            growths.Add(NativeHeap.InUseBytes() - before);
            if (growths[^1] < 1024 * 1024)
            {
                break;
            }
        }

        // one leaked tree per cycle would be ~100 KB × 10,000 ≈ 1 GB; one leaked tree cursor ~10,000 × 150 B = 1.5 MB
        Assert.True(growths.Min() < 1024 * 1024, $"native heap grew by {string.Join(", ", growths.Select(g => g / 1024))} KiB over 10,000 cycles in each trial");
    }
}

/// <summary>Runs the leak check alone, so other tests' native allocations do not blur the measurement.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NativeMemoryCollection
{
    public const string Name = "native-memory";
}
