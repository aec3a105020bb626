using System.Diagnostics;
using Pairguard.Scanning;
using Pairguard.Secrets;

namespace Pairguard.Bench.Secrets;

/// <summary>Secrets engine benchmark: start-up cost and single-core throughput over a directory tree.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--regex-cost")
        {
            foreach (var d in DetectorLoader.BuiltIn)
            {
                var t = Stopwatch.StartNew();
                _ = new System.Text.RegularExpressions.Regex(d.Pattern, System.Text.RegularExpressions.RegexOptions.NonBacktracking | System.Text.RegularExpressions.RegexOptions.CultureInvariant).Match("x");
                Console.WriteLine($"{t.Elapsed.TotalMilliseconds,8:F1} ms  {d.Id}");
            }

            return 0;
        }

        var clock = Stopwatch.StartNew();
        var engine = SecretEngine.Default;
        Console.WriteLine($"detectors: {engine.Detectors.Count}, load: {clock.Elapsed.TotalMilliseconds:F0} ms");
        if (args.Length == 0)
        {
            return 0;
        }

        // Read everything first so that the measurement is the engine, not the disk.
        var files = new List<(string Path, string Text, string? Language)>();
        long bytes = 0;
        var diagnostics = new List<Diagnostic>();
        foreach (var path in Directory.EnumerateFiles(args[0], "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }))
        {
            if (path.Contains("/.git/", StringComparison.Ordinal))
            {
                continue;
            }

            var rel = Path.GetRelativePath(args[0], path).Replace('\\', '/');
            if (FileLoader.Load(new WorkspaceFile(rel, path, new FileInfo(path).Length), ScanRequest.DefaultMaxFileSize, diagnostics) is { } source)
            {
                files.Add((rel, source.Text, source.Language));
                bytes += source.SizeBytes;
            }
        }

        if (args.Length > 1 && args[1] == "--profile")
        {
            // Bytes each detector's regex runs over (windows selected by the pre-filter) and time spent per detector.
            var pf = new KeywordPrefilter(engine.Detectors);
            var windowBytes = new long[engine.Detectors.Count];
            var hits = new long[engine.Detectors.Count];
            var psw = Stopwatch.StartNew();
            foreach (var f in files)
            {
                pf.Scan(f.Text, (d, at, len) => hits[d]++);
            }

            Console.WriteLine($"prefilter only: {psw.Elapsed.TotalSeconds:F2} s, {hits.Sum()} detector hits");
            psw.Restart();
            foreach (var f in files)
            {
                pf.Scan(f.Text, (d, at, len) => hits[d]++);
            }

            Console.WriteLine($"prefilter only (2nd): {psw.Elapsed.TotalSeconds:F2} s");
            for (var round = 0; round < 6; round++)
            {
                var c0 = Process.GetCurrentProcess().TotalProcessorTime;
                foreach (var f in files)
                {
                    pf.Scan(f.Text, (d, at, len) => hits[d]++);
                }

                var c1 = Process.GetCurrentProcess().TotalProcessorTime;
                foreach (var f in files)
                {
                    engine.Find(f.Text, f.Language);
                }

                var c2 = Process.GetCurrentProcess().TotalProcessorTime;
                Console.WriteLine($"CPU prefilter {(c1 - c0).TotalSeconds:F2} s, full engine {(c2 - c1).TotalSeconds:F2} s");
            }
            var kw = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            foreach (var f in files)
            {
                pf.Scan(f.Text, (d, at, len) => { var k = f.Text.Substring(at, len); kw[k] = kw.GetValueOrDefault(k) + 1; });
            }

            foreach (var (k, n) in kw.OrderByDescending(x => x.Value).Take(15))
            {
                Console.WriteLine($"   {n,8} {k}");
            }

            if (args.Length > 2)
            {
                return 0;
            }
            var times = new double[engine.Detectors.Count];
            foreach (var f in files)
            {
                for (var d = 0; d < engine.Detectors.Count; d++)
                {
                    var single = new SecretEngine([engine.Detectors[d]]);
                    var t = Stopwatch.GetTimestamp();
                    single.Find(f.Text, f.Language);
                    times[d] += Stopwatch.GetElapsedTime(t).TotalMilliseconds;
                }
            }

            foreach (var d in Enumerable.Range(0, engine.Detectors.Count).OrderByDescending(i => times[i]).Take(25))
            {
                Console.WriteLine($"{times[d],9:F0} ms {hits[d],9} hits  {engine.Detectors[d].Id}");
            }

            return 0;
        }

        var lines = files.Sum(f => f.Text.AsSpan().Count('\n'));
        Console.WriteLine($"files: {files.Count}, bytes: {bytes:N0}, lines: {lines:N0}");
        var rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3;
        var perDetector = new Dictionary<string, int>(StringComparer.Ordinal);
        var best = TimeSpan.MaxValue;
        var found = 0;
        for (var r = 0; r < rounds; r++)
        {
            perDetector.Clear();
            found = 0;
            var sw = Stopwatch.StartNew();
            var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
            foreach (var f in files)
            {
                foreach (var m in engine.Find(f.Text, f.Language))
                {
                    found++;
                    perDetector[m.Detector.Id] = perDetector.GetValueOrDefault(m.Detector.Id) + 1;
                }
            }

            sw.Stop();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu0;
            best = cpu < best ? cpu : best;
            Console.WriteLine($"round {r + 1}: wall {sw.Elapsed.TotalSeconds:F2} s, CPU {cpu.TotalSeconds:F2} s, {bytes / 1e6 / cpu.TotalSeconds:F1} MB/s per CPU-second (single thread)");
        }

        Console.WriteLine($"best: {bytes / 1e6 / best.TotalSeconds:F1} MB per CPU-second (one core); findings: {found} ({found * 100000.0 / Math.Max(1, lines):F2} per 100k lines)");
        foreach (var (id, n) in perDetector.OrderByDescending(kv => kv.Value))
        {
            Console.WriteLine($"  {n,6}  {id}");
        }

        if (args.Length > 2)
        {
            // List every finding (redacted) for triage.
            foreach (var f in files)
            {
                foreach (var m in engine.Find(f.Text, f.Language))
                {
                    var line = f.Text.AsSpan(0, m.Start).Count('\n') + 1;
                    Console.WriteLine($"{m.Detector.Id}\t{f.Path}:{line}\t{m.Masked}");
                }
            }
        }

        return 0;
    }
}
