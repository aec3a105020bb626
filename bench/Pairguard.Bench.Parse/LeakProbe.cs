using Pairguard.Scanning;
using Pairguard.Syntax;
using Pairguard.Syntax.Adapters;

namespace Pairguard.Bench.Parse;

/// <summary><c>leak N [modes]</c>: native heap after N parse/dispose cycles, printed every N/10 cycles (a steady slope means a leak).
/// Modes: e error count, a adapter calls, q query, f field lookup, g collect garbage before printing, n no parse at all.</summary>
internal static class LeakProbe
{
    public static int Run(int cycles, string mode)
    {
        var source = SourceFile.FromText("app.py", "import os\n@app.route('/x')\ndef f(a, b=1):\n    q = \"SELECT \" + a\n    cursor.execute(f\"x {a}\")\n    return q\n", Languages.Python);
        var adapter = LanguageAdapters.For(Languages.Python)!;
        var query = Query.Get(Languages.Python, """((call function: (attribute attribute: (identifier) @m)) (#match? @m "^exec"))""");
        for (var i = 0; i <= cycles; i++)
        {
            if (i % (cycles / 10) == 0)
            {
                if (mode.Contains('g'))
                {
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                }

                Console.WriteLine($"{i,8} cycles: native heap {NativeHeap.InUseBytes() / 1024,8} KiB");
            }

            if (mode.Contains('n'))
            {
                _ = new string('x', 200).ToUpperInvariant();
                continue;
            }

            using var parsed = SyntaxParser.Parse(source);
            var root = parsed.Tree!.Root;
            if (mode.Contains('e'))
            {
                _ = parsed.Tree.ErrorCount;
            }

            if (mode.Contains('a'))
            {
                _ = root.FindAll(adapter.IsCall).Select(adapter.CalleePath).ToList();
            }

            if (mode.Contains('q'))
            {
                _ = query.Matches(root).Count;
            }

            if (mode.Contains('f'))
            {
                _ = root.Find("string")!.Value.FieldName;
            }
        }

        return 0;
    }
}
