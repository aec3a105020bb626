using System.Diagnostics;
using Pairguard.Rules;
using Pairguard.Scanning;
using Pairguard.Syntax;

// Rule-engine benchmark: for every file of one language under DIR, measures parse-only time, parse + copy into managed nodes
// (no rule), then parse + copy + all rules
// of that language (prefilter on), and reports matching time as a ratio to parse-only time, and how many files the prefilter skipped.
// Usage: dotnet run -c Release --project bench/Pairguard.Bench.Rules -- LANGUAGE DIR [RULES_DIR] [REPEAT]
//        dotnet run -c Release --project bench/Pairguard.Bench.Rules -- --copy LANGUAGE DIR [ROUNDS]
// --copy LANGUAGE DIR [ROUNDS]: the copy into managed nodes alone, flat copy against the old cursor walk (CopyBench.cs)
// --compile LANGUAGE RULES_DIR [ROUNDS]: compiling every pattern of the language's rules, a new compiler per round (CompileBench.cs)
// --prefilter LANGUAGE DIR RULES_DIR [ROUNDS]: the prefilter's word search over every file, against parsing them (PrefilterBench.cs)
// Environment: PAIRGUARD_BENCH_ROUNDS=N (more interleaved rounds), PAIRGUARD_BENCH_PROFILE=1 (no prefilter-off runs),
// PAIRGUARD_BENCH_RULE_TIMES=N (the N rules that took the longest and that allocated the most), PAIRGUARD_BENCH_WARM=1 (the rules
// once more with an analyzer whose patterns are already compiled), PAIRGUARD_BENCH_ALLOCATIONS=N (with WARM: the N object types the
// runtime's allocation samples name most in the compiled rules' runs, see AllocationTicks.cs). Every run also prints the garbage collector's pause time and
// collections in its best parse + copy and rules rounds.
if (args.Length > 0 && args[0] == "--copy")
{
    return CopyBench.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "--prefilter")
{
    return PrefilterBench.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "--compile")
{
    return CompileBench.Run(args[1..]);
}

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: Pairguard.Bench.Rules LANGUAGE DIR [RULES_DIR] [REPEAT]");
    return 2;
}

var language = args[0];
var dir = args[1];
var rules = (args.Length > 2 && args[2] != "-" ? RuleLoader.LoadPath(args[2]).Rules : BuiltInRules.All.Rules).Where(r => r.Languages.Contains(language)).ToList();
var repeat = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 3;
var files = Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
    .Select(f => (Path: f, Info: new FileInfo(f)))
    .Where(f => f.Info.Length <= 1024 * 1024 && LanguageDetector.Detect(f.Path) == language && (f.Info.Attributes & FileAttributes.ReparsePoint) == 0)
    .Select(f => SourceFile.FromText(Path.GetRelativePath(dir, f.Path), File.ReadAllText(f.Path), language))
    .ToList();
var mb = files.Sum(f => (double)f.SizeBytes) / 1e6;
Console.WriteLine($"{language}: {files.Count} files, {mb:F1} MB, {rules.Count} rules; {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} garbage collector");

// Each phase reports its best wall time and its best CPU time (all threads of this process: JIT and GC included), which other
// work on the machine disturbs much less than wall time.
// With them, the garbage collector's share of the best CPU run: its pause time and collections by generation.
var cpu = new Dictionary<string, double>();
var gcOfBest = new Dictionary<string, string>();
double Best(Func<double> run, string phase)
{
    var best = double.MaxValue;
    for (var i = 0; i < repeat; i++)
    {
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        var pause = GC.GetTotalPauseDuration();
        int[] collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        best = Math.Min(best, run());
        var used = (Process.GetCurrentProcess().TotalProcessorTime - before).TotalSeconds;
        if (used < cpu.GetValueOrDefault(phase, double.MaxValue))
        {
            cpu[phase] = used;
            gcOfBest[phase] = $"GC pause {(GC.GetTotalPauseDuration() - pause).TotalSeconds:F2} s, collections gen0/1/2 "
                + $"{GC.CollectionCount(0) - collections[0]}/{GC.CollectionCount(1) - collections[1]}/{GC.CollectionCount(2) - collections[2]}";
        }
    }

    return best;
}

// each file's best time over every run of the parse-only and compiled-rules phases (see the "per-file bests" line at the end)
var parseBest = new long[files.Count];
var warmBest = new long[files.Count];
Array.Fill(parseBest, long.MaxValue);
Array.Fill(warmBest, long.MaxValue);
var warmPause = TimeSpan.Zero;
var warmRuns = 0;

double ParseOnly()
{
    var sw = Stopwatch.StartNew();
    for (var i = 0; i < files.Count; i++)
    {
        var started = Stopwatch.GetTimestamp();
        using (SyntaxParser.Parse(files[i]))
        {
        }

        parseBest[i] = Math.Min(parseBest[i], Stopwatch.GetTimestamp() - started);
    }

    return sw.Elapsed.TotalSeconds;
}

var parse = Best(ParseOnly, "parse");

// parse + copy of the tree into managed nodes (what the rule engine does before any rule runs: nodes reused from file to file), no rule
double CopyOnly()
{
    var sw = Stopwatch.StartNew();
    foreach (var f in files)
    {
        if (TreeSitterSyntaxProvider.Instance.ParseReusable(f.Text, language, out _, out _) is { } root)
        {
            TreeSitterSyntaxProvider.Instance.Release(root);
        }
    }

    return sw.Elapsed.TotalSeconds;
}

var copy = Best(CopyOnly, "copy");

// One untimed run of each mode first: otherwise the first measured phase ("prefilter on") also pays the tiered JIT's
// recompilation of the engine (background threads, counted in the process's CPU time), and looked dearer than "prefilter off".
foreach (var usePrefilter in new[] { true, false }.Where(u => u || Environment.GetEnvironmentVariable("PAIRGUARD_BENCH_PROFILE") is not { Length: > 0 }))
{
    var warm = new RuleAnalyzer(rules, TreeSitterSyntaxProvider.Instance);
    foreach (var f in files)
    {
        warm.Run(f, CancellationToken.None, usePrefilter: usePrefilter);
    }
}

var skipped = 0;
var findings = 0;
double RulesOn()
{
    var analyzer = new RuleAnalyzer(rules, TreeSitterSyntaxProvider.Instance);
    var count = 0;
    var sw = Stopwatch.StartNew();
    foreach (var f in files)
    {
        count += analyzer.Run(f, CancellationToken.None).Count;
    }

    skipped = analyzer.PrefilterSkips;
    findings = count;
    return sw.Elapsed.TotalSeconds;
}

var full = Best(RulesOn, "on");

// PAIRGUARD_BENCH_WARM=1: the rules again with one analyzer that has already run over every file, so that its patterns are compiled:
// what the rules cost per file once the per-scan setup (compiling each rule's patterns, on first use) is paid; its rounds are
// interleaved with the others like theirs
var warmed = Environment.GetEnvironmentVariable("PAIRGUARD_BENCH_WARM") is { Length: > 0 } ? new RuleAnalyzer(rules, TreeSitterSyntaxProvider.Instance) : null;
double RulesCompiled()
{
    var pause = GC.GetTotalPauseDuration();
    var sw = Stopwatch.StartNew();
    for (var i = 0; i < files.Count; i++)
    {
        var started = Stopwatch.GetTimestamp();
        warmed!.Run(files[i], CancellationToken.None);
        warmBest[i] = Math.Min(warmBest[i], Stopwatch.GetTimestamp() - started);
    }

    var elapsed = sw.Elapsed.TotalSeconds;
    warmPause += GC.GetTotalPauseDuration() - pause;
    warmRuns++;
    return elapsed;
}

var compiledRun = 0.0;
if (warmed is not null)
{
    RulesCompiled();
    using var ticks = int.TryParse(Environment.GetEnvironmentVariable("PAIRGUARD_BENCH_ALLOCATIONS"), out var topTypes) ? new AllocationTicks() : null;
    compiledRun = Best(RulesCompiled, "warm");
    if (ticks is not null)
    {
        ticks.Counting = false;
        Console.WriteLine($"allocation samples in the compiled rules' runs ({repeat} runs), the {topTypes} types sampled most:");
        foreach (var (type, bytes) in ticks.Top(topTypes))
        {
            Console.WriteLine($"  {bytes / 1e6 / repeat,8:F1} MB per run  {type}");
        }
    }
}

// PAIRGUARD_BENCH_ROUNDS=N: N more rounds of parse only, parse + copy and rules (prefilter on) in turn, each phase keeping its best; on a machine
// whose speed drifts (shared hosts), the phases then see the same conditions and their ratio is steadier
if (int.TryParse(Environment.GetEnvironmentVariable("PAIRGUARD_BENCH_ROUNDS"), out var rounds))
{
    var saved = repeat;
    repeat = 1;
    for (var r = 0; r < rounds; r++)
    {
        parse = Math.Min(parse, Best(ParseOnly, "parse"));
        copy = Math.Min(copy, Best(CopyOnly, "copy"));
        full = Math.Min(full, Best(RulesOn, "on"));
        if (warmed is not null)
        {
            compiledRun = Math.Min(compiledRun, Best(RulesCompiled, "warm"));
        }
    }

    repeat = saved;
}

// PAIRGUARD_BENCH_PROFILE=1 leaves out the runs without prefilter, so that a profiler sees the prefiltered runs alone
var profiling = Environment.GetEnvironmentVariable("PAIRGUARD_BENCH_PROFILE") is { Length: > 0 };
var unfiltered = profiling ? 0 : Best(() =>
{
    var analyzer = new RuleAnalyzer(rules, TreeSitterSyntaxProvider.Instance);
    var sw = Stopwatch.StartNew();
    foreach (var f in files)
    {
        analyzer.Run(f, CancellationToken.None, usePrefilter: false);
    }

    return sw.Elapsed.TotalSeconds;
}, "off");

if (Environment.GetEnvironmentVariable("PAIRGUARD_BENCH_RULE_TIMES") is { Length: > 0 } top)
{
    // where the engine's time goes: the rules that took longest over all files (one more run, prefilter on)
    // and the bytes each allocated (counted from the previous rule's end: the file's parse and copy are charged to the indexing)
    var times = new Dictionary<string, long>(StringComparer.Ordinal);
    var allocated = new Dictionary<string, long>(StringComparer.Ordinal);
    var last = GC.GetAllocatedBytesForCurrentThread();
    var analyzer = new RuleAnalyzer(rules, TreeSitterSyntaxProvider.Instance)
    {
        RuleTimer = (r, ticks) =>
        {
            times[r.Id] = times.GetValueOrDefault(r.Id) + ticks;
            var now = GC.GetAllocatedBytesForCurrentThread();
            allocated[r.Id] = allocated.GetValueOrDefault(r.Id) + now - last;
            last = now;
        },
    };
    foreach (var f in files)
    {
        analyzer.Run(f, CancellationToken.None);
    }

    var total = times.Values.Sum();
    var count = int.Parse(top, System.Globalization.CultureInfo.InvariantCulture);
    Console.WriteLine($"rule time total {total / (double)Stopwatch.Frequency:F2} s over {times.Count} rules that ran; the {top} dearest:");
    foreach (var (id, ticks) in times.OrderByDescending(x => x.Value).Take(count))
    {
        Console.WriteLine($"  {ticks / (double)Stopwatch.Frequency,7:F3} s  {100.0 * ticks / total,5:F1} %  {allocated[id] / 1e6,8:F1} MB  {id}");
    }

    Console.WriteLine($"allocated {allocated.Values.Sum() / 1e6:F0} MB; the {top} rules that allocated most:");
    foreach (var (id, bytes) in allocated.OrderByDescending(x => x.Value).Take(count))
    {
        Console.WriteLine($"  {bytes / 1e6,8:F1} MB  {id}");
    }
}

Console.WriteLine($"parse only:                  {parse:F2} s ({mb / parse:F1} MB/s)");
Console.WriteLine($"parse + copy, no rule:       {copy:F2} s  -> copy = {(copy - parse) / parse:F2} x parse time, {(cpu["copy"] - cpu["parse"]) / cpu["parse"]:F2} x parse CPU time");
Console.WriteLine($"rules, prefilter on:         {full:F2} s  -> matching+taint = {(full - parse) / parse:F2} x parse time (files parsed only when a rule may match)");
Console.WriteLine($"rules, prefilter off:        {unfiltered:F2} s  -> (parse+copy+match) / parse = {unfiltered / parse:F2}");
Console.WriteLine($"CPU time: parse only {cpu["parse"]:F2} s, rules prefilter on {cpu["on"]:F2} s, prefilter off {cpu.GetValueOrDefault("off"):F2} s -> matching+taint = {(cpu["on"] - cpu["parse"]) / cpu["parse"]:F2} x parse CPU time (prefilter on), {(cpu.GetValueOrDefault("off") - cpu["parse"]) / cpu["parse"]:F2} x (off)");
if (compiledRun > 0)
{
    Console.WriteLine($"rules, patterns compiled:    {compiledRun:F2} s  -> matching+taint = {(compiledRun - parse) / parse:F2} x parse time, {(cpu["warm"] - cpu["parse"]) / cpu["parse"]:F2} x parse CPU time; {gcOfBest["warm"]}");

    // each file's best over all rounds (a disturbance of the machine spoils one file of one round, not a whole run), with the
    // collector's mean pause per run added back to the rules: a file's best is mostly a run in which no collection fell on it
    var parseSum = parseBest.Sum() / (double)Stopwatch.Frequency;
    var meanPause = warmPause.TotalSeconds / Math.Max(1, warmRuns);
    var warmSum = (warmBest.Sum() / (double)Stopwatch.Frequency) + meanPause;
    Console.WriteLine($"per-file bests, compiled:    parse {parseSum:F3} s, rules {warmSum:F3} s (with a mean GC pause of {meanPause:F3} s per run) -> matching+taint = {(warmSum - parseSum) / parseSum:F3} x parse time");
}

Console.WriteLine($"garbage collector in the best CPU runs: parse + copy {gcOfBest["copy"]}; rules {gcOfBest["on"]}");
Console.WriteLine($"prefilter skipped {skipped} of {files.Count} files ({100.0 * skipped / Math.Max(1, files.Count):F0} %); findings: {findings}");
return 0;
