using System.Diagnostics;
using System.Globalization;
using System.Text;
using Pairguard.AgentContext;
using Pairguard.Scanning;

namespace Pairguard.Bench.Accuracy;

/// <summary>Throughput and allocations of <see cref="HiddenUnicodeAnalyzer.Analyze"/> on synthetic files of about 2 MB (the default size limit).</summary>
public static class Speed
{
    private const int TargetChars = 2_000_000;

    public static void Run()
    {
        var cases = new (string Name, string Path, string Line)[]
        {
            ("ASCII source code", "big.py", "    result = compute_total(items, tax_rate=0.2)  # sum the line items\n"),
            ("CJK prose, every line non-ASCII", "big.md", "\u8FD9\u662F\u4E00\u4E2A\u5173\u4E8E\u4EE3\u7801\u5B89\u5168\u7684\u6587\u6863\uFF0C\u6BCF\u4E00\u884C\u90FD\u662F\u4E2D\u6587\u3002 See `scan`.\n"),
            ("Arabic prose with RLM and emoji ZWJ", "big.txt", "\u0645\u0631\u062D\u0628\u0627 \u0628\u0643\u0645 \u0641\u064A \u0627\u0644\u0645\u0634\u0631\u0648\u0639\u200F 2.0 \U0001F469\u200D\U0001F4BB\n"),
            ("one 2 MB line, non-ASCII, nothing hidden", "min.js", "var a=\"\u00E9\";"),
            ("hostile: a hidden character on every line", "evil.js", "if (is\u200Badmin) { x = '\u202E'; }\n"),
        };

        Console.WriteLine("| Input (about 2 MB) | MB/s | Allocated per run (MB) | Findings |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var (name, path, line) in cases)
        {
            var text = Repeat(line, path == "min.js" ? "" : null);
            var file = SourceFile.FromText(path, text);
            var analyzer = new HiddenUnicodeAnalyzer();
            var findings = RunOnce(analyzer, file);
            // Warm-up, then timed runs on a fresh SourceFile each time so that the line index is rebuilt like in a real scan.
            const int runs = 10;
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < runs; i++)
            {
                RunOnce(analyzer, SourceFile.FromText(path, text));
            }

            clock.Stop();
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
            var megabytes = Encoding.UTF8.GetByteCount(text) / 1_000_000.0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {megabytes * runs / clock.Elapsed.TotalSeconds:F0} | {allocated / runs / 1_000_000.0:F1} | {findings} |"));
        }
    }

    private static int RunOnce(HiddenUnicodeAnalyzer analyzer, SourceFile file)
    {
        var context = new FileAnalysisContext(new ScanRequest { Paths = [], BaseDirectory = "." }, CancellationToken.None);
        analyzer.Analyze(file, context);
        return context.Findings.Count;
    }

    private static string Repeat(string unit, string? separator)
    {
        var sb = new StringBuilder(TargetChars + unit.Length);
        while (sb.Length < TargetChars)
        {
            sb.Append(unit).Append(separator);
        }

        return sb.ToString();
    }
}
