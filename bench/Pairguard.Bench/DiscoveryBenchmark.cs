using System.Diagnostics;
using Pairguard.AgentContext;
using Pairguard.Scanning;

namespace Pairguard.Bench;

/// <summary><c>discovery DIR [--runs N] [--jobs N] [--diagnostics] [--discovery-only [--list FILE]]</c>: discovery + FileLoader + the hidden-Unicode analyzer through <see cref="Scanner"/> on a real tree.</summary>
internal static class DiscoveryBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || !Directory.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: Pairguard.Bench discovery DIR [--runs N] [--jobs N] [--diagnostics] [--discovery-only [--list FILE]]");
            return 2;
        }

        var root = Path.GetFullPath(args[0]);
        var runs = IntOption(args, "--runs", 3);
        var jobs = IntOption(args, "--jobs", Environment.ProcessorCount);
        var request = new ScanRequest { Paths = [root], BaseDirectory = root, Jobs = jobs };

        Console.WriteLine($"tree: {root}");
        Console.WriteLine($"cores: {Environment.ProcessorCount}, jobs: {jobs}, runs: {runs}");

        var bestDiscovery = TimeSpan.MaxValue;
        var bestScan = TimeSpan.MaxValue;
        var bestLoad = TimeSpan.MaxValue;
        ScanStats? stats = null;
        var findings = 0;
        var diagnostics = 0;
        IReadOnlyList<Diagnostic> lastDiagnostics = [];
        for (var run = 1; run <= runs; run++)
        {
            if (args.Contains("--discovery-only"))
            {
                var only = Stopwatch.StartNew();
                var found = new Workspace(request).Discover(new List<Diagnostic>());
                Console.WriteLine($"run {run}: discovery only {only.Elapsed.TotalSeconds:0.000} s ({found.Count:N0} files)");
                if (Array.IndexOf(args, "--list") is var at and >= 0 && at + 1 < args.Length)
                {
                    File.WriteAllLines(args[at + 1], found.Select(f => f.RelativePath));
                }

                continue;
            }

            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var discovered = new Workspace(request).Discover(new List<Diagnostic>());
            var discovery = clock.Elapsed;
            var discoveryCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;

            clock.Restart();
            long loadedBytes = 0;
            Parallel.ForEach(discovered, new ParallelOptions { MaxDegreeOfParallelism = jobs }, file =>
            {
                if (FileLoader.Load(file, request.MaxFileSize, new List<Diagnostic>()) is { } source)
                {
                    Interlocked.Add(ref loadedBytes, source.SizeBytes);
                }
            });
            var load = clock.Elapsed;

            cpu = Process.GetCurrentProcess().TotalProcessorTime;
            clock.Restart();
            var result = await new Scanner([new HiddenUnicodeAnalyzer()]).ScanAsync(request);
            var scan = clock.Elapsed;
            var scanCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;

            stats = result.Stats;
            findings = result.Findings.Count;
            diagnostics = result.Diagnostics.Count;
            lastDiagnostics = result.Diagnostics;
            Console.WriteLine($"run {run}: discovery only {discovery.TotalSeconds:0.000} s (cpu {discoveryCpu.TotalSeconds:0.000} s, {discovered.Count:N0} files); FileLoader on them {load.TotalSeconds:0.000} s ({loadedBytes / 1_000_000.0:0.0} MB); full scan {scan.TotalSeconds:0.000} s (cpu {scanCpu.TotalSeconds:0.000} s)");
            bestDiscovery = discovery < bestDiscovery ? discovery : bestDiscovery;
            bestLoad = load < bestLoad ? load : bestLoad;
            bestScan = scan < bestScan ? scan : bestScan;
        }

        if (stats is null)
        {
            return 0;
        }

        var mb = stats.BytesAnalyzed / 1_000_000.0;
        var seconds = bestScan.TotalSeconds;
        Console.WriteLine();
        Console.WriteLine($"files discovered: {stats.FilesDiscovered:N0}, analyzed: {stats.FilesAnalyzed:N0}, skipped: {stats.FilesSkipped:N0}, diagnostics: {diagnostics:N0}, findings: {findings:N0}");
        Console.WriteLine($"best discovery only: {bestDiscovery.TotalSeconds:0.000} s, {stats.FilesDiscovered / bestDiscovery.TotalSeconds:N0} files/s");
        Console.WriteLine($"best FileLoader pass (after discovery): {bestLoad.TotalSeconds:0.000} s, {mb / bestLoad.TotalSeconds:0.0} MB/s");
        Console.WriteLine($"best full scan: files {stats.FilesAnalyzed:N0}, MB {mb:0.0}, seconds {seconds:0.000}, files/s {stats.FilesAnalyzed / seconds:N0}, MB/s {mb / seconds:0.0}");
        if (args.Contains("--diagnostics"))
        {
            // Group by the reason without its numbers, so "file is larger than..." lines fold together.
            foreach (var group in lastDiagnostics.GroupBy(d => $"{d.Kind}: {(d.Message.IndexOf('(') is var p and > 0 ? d.Message[..p].Trim() : d.Message)}").OrderByDescending(g => g.Count()))
            {
                Console.WriteLine($"  {group.Count(),6}  {group.Key}  e.g. {group.First().Path}");
            }
        }

        return 0;
    }

    private static int IntOption(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var value) && value > 0 ? value : fallback;
    }
}
