using System.Diagnostics;
using System.Globalization;
using Pairguard.Scanning;
using Pairguard.Syntax;

namespace Pairguard.Bench.Parse;

/// <summary>Parses every file of a language's corpus in memory on 1 and 2 threads (best of N runs), freeing each tree at once;
/// reports MB/s, files/s, trees with errors, peak native heap and peak RSS, and the CPU other processes used meanwhile.</summary>
internal static class ParseBenchmark
{
    public static int Run(string[] args)
    {
        var corpora = new List<(string Language, string Dir)>();
        var threads = new[] { 1, 2 };
        var reps = 3;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--threads":
                    threads = args[++i].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
                    break;
                case "--reps":
                    reps = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                default:
                    var eq = args[i].IndexOf('=', StringComparison.Ordinal);
                    if (eq <= 0)
                    {
                        Console.Error.WriteLine("usage: Pairguard.Bench.Parse [--threads 1,2] [--reps 3] LANG=DIR ... | leak N [modes]");
                        return 2;
                    }

                    corpora.Add((args[i][..eq], args[i][(eq + 1)..]));
                    break;
            }
        }

        Console.WriteLine("| language | files | MB | skipped (> cap) | threads | MB/s (wall) | files/s | MB per CPU-second | trees with ERROR | peak native heap MB | foreign CPU % |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (language, dir) in corpora)
        {
            var (files, skipped) = Load(language, dir);
            var megabytes = files.Sum(f => (double)f.SizeBytes) / 1e6;
            foreach (var t in threads)
            {
                Result best = default;
                for (var r = 0; r < reps; r++)
                {
                    var result = Measure(files, t);
                    if (r == 0 || result.Seconds < best.Seconds)
                    {
                        best = result;
                    }
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {language} | {files.Count} | {megabytes:0.0} | {skipped} | {t} | {megabytes / best.Seconds:0.0} | {files.Count / best.Seconds:0} | {megabytes / best.CpuSeconds:0.0} | {best.Errors} | {best.PeakHeap / 1e6:0} | {best.Foreign:0} |"));
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak RSS of this process: {PeakRssKb() / 1024.0:0} MB"));
        return 0;
    }

    private static (List<SourceFile> Files, int Skipped) Load(string language, string dir)
    {
        var entry = GrammarRegistry.Find(language) ?? throw new ArgumentException($"no grammar for {language}");
        var files = new List<SourceFile>();
        var skipped = 0;
        foreach (var path in Directory.EnumerateFiles(dir, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint }))
        {
            if (!entry.Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            var bytes = File.ReadAllBytes(path);
            var (text, _, _, binary) = FileLoader.Decode(bytes);
            if (binary)
            {
                continue;
            }

            if (bytes.Length > ParseOptions.DefaultMaxBytes)
            {
                skipped++;
                continue;
            }

            files.Add(new SourceFile(Path.GetRelativePath(dir, path), path, entry.Language, text, bytes.Length));
        }

        // largest first, so two threads finish together
        files.Sort((a, b) => b.SizeBytes.CompareTo(a.SizeBytes));
        return (files, skipped);
    }

    private static Result Measure(List<SourceFile> files, int threads)
    {
        GC.Collect();
        var errors = 0;
        var next = -1;
        long peak = 0;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var now = NativeHeap.InUseBytes();
                if (now > Interlocked.Read(ref peak))
                {
                    Interlocked.Exchange(ref peak, now);
                }

                await Task.Delay(2).ConfigureAwait(false);
            }
        });

        var cpuBefore = ReadBusyJiffies();
        var ownBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, threads).Select(_ => new Thread(() =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < files.Count)
            {
                using var result = SyntaxParser.Parse(files[i]);
                if (result.Tree is { HasError: true })
                {
                    Interlocked.Increment(ref errors);
                }
            }
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        watch.Stop();
        var own = (Process.GetCurrentProcess().TotalProcessorTime - ownBefore).TotalSeconds;
        var busy = (ReadBusyJiffies() - cpuBefore) / 100.0;
        stop.Cancel();
        sampler.Wait();
        var foreign = Math.Max(0, busy - own) / (watch.Elapsed.TotalSeconds * Environment.ProcessorCount) * 100;
        return new Result(watch.Elapsed.TotalSeconds, own, errors, peak, foreign);
    }

    private static long ReadBusyJiffies()
    {
        // cpu user nice system idle iowait irq softirq steal ...
        var parts = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        long Field(int i) => long.Parse(parts[i], CultureInfo.InvariantCulture);
        return Field(1) + Field(2) + Field(3) + Field(6) + Field(7) + Field(8);
    }

    private static long PeakRssKb()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? -1 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }

    private readonly record struct Result(double Seconds, double CpuSeconds, int Errors, long PeakHeap, double Foreign);
}
