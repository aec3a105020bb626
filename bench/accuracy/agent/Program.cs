using System.Text;
using System.Text.Json;
using Pairguard.AgentContext;
using Pairguard.Scanning;

// Measures the agent-context injection analyzer on labelled corpora kept outside the repository.
// Usage: see docs/accuracy.md ("Agent context"). Every argument is optional; sets without a path are skipped.
var options = Args.Parse(args);
var sets = new List<SetResult>();
var misses = new StringBuilder();

if (options.Get("cyberseceval") is { } cse)
{
    using var doc = JsonDocument.Parse(File.ReadAllText(cse));
    var docs = doc.RootElement.EnumerateArray()
        .Where(e => e.GetProperty("speaking_language").GetString() == "English")
        .Select(e => new Doc($"cyberseceval#{e.GetProperty("prompt_id").GetInt32()}", "README.md", e.GetProperty("user_input").GetString() ?? "", true))
        .ToList();
    sets.Add(Measure("CyberSecEval prompt injection (English user_input)", docs, misses));
}

if (options.Get("bipia") is { } bipia)
{
    var (attacked, clean) = Bipia.Build(bipia);
    sets.Add(Measure("BIPIA train split: attacked contexts / clean contexts", attacked.Concat(clean).ToList(), misses));
}

if (options.Get("cases") is { } cases)
{
    var docs = new List<Doc>();
    foreach (var label in new[] { "positive", "negative" })
    {
        foreach (var f in Directory.EnumerateFiles(Path.Combine(cases, label), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            // The file name after the first "__" is the path the document is scanned as (e.g. 03__README.md, 07__.cursorrules).
            var name = Path.GetFileName(f);
            var asPath = name.Contains("__", StringComparison.Ordinal) ? name[(name.IndexOf("__", StringComparison.Ordinal) + 2)..].Replace('+', '/') : "README.md";
            docs.Add(new Doc("cases/" + label + "/" + name, asPath, File.ReadAllText(f), label == "positive"));
        }
    }

    sets.Add(Measure("Constructed cases (bench/accuracy/agent/cases)", docs, misses));
}

if (options.Get("cursorrules") is { } rulesRepo && options.Get("split") is { } split)
{
    var docs = File.ReadAllLines(split).Where(l => l.StartsWith("./", StringComparison.Ordinal))
        .Select(l => Path.Combine(rulesRepo, l[2..]))
        .Where(File.Exists)
        .Select(p => new Doc("cursorrules/" + Path.GetFileName(p), ".cursor/rules/" + Path.GetFileName(p), File.ReadAllText(p), false))
        .ToList();
    sets.Add(Measure("awesome-cursorrules dev half (benign rules files)", docs, misses));
}

foreach (var dir in options.All("docs"))
{
    var docs = Directory.EnumerateFiles(dir, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
        .Select(p => (Full: p, Rel: Path.GetRelativePath(dir, p).Replace('\\', '/')))
        .Where(p => !p.Rel.Split('/').Any(s => s is ".git" or "node_modules"))
        .Where(p => AgentFiles.IsProse(AgentFiles.Classify(p.Rel)) && new FileInfo(p.Full).Length < 2_000_000)
        .OrderBy(p => p.Rel, StringComparer.Ordinal)
        .Select(p => new Doc(Path.GetFileName(dir.TrimEnd('/')) + "/" + p.Rel, p.Rel, File.ReadAllText(p.Full), false))
        .ToList();
    sets.Add(Measure($"Real documentation: {Path.GetFileName(dir.TrimEnd('/'))}", docs, misses));
}

if (options.All("timing").ToList() is { Count: > 0 } timingDirs)
{
    // Time of the injection analyzer's phases over the Markdown files of the given folders, read into memory first (docs/benchmarks.md).
    var texts = timingDirs.SelectMany(d => Directory.EnumerateFiles(d, "*.md", SearchOption.AllDirectories)).Select(File.ReadAllText).ToList();
    Console.WriteLine($"{texts.Count} files, {texts.Sum(t => t.Length) / 1e6:F1} M characters");
    for (var round = 1; round <= 3; round++)
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var passages = texts.Select(t => (Text: t, Passages: InjectionAnalyzer.Judged(t, DocumentSegmenter.Split(t, CancellationToken.None)).ToList())).ToList();
        var cut = sw.Elapsed.TotalSeconds;
        sw.Restart();
        foreach (var p in passages.SelectMany(x => x.Passages))
        {
            InjectionAssessor.Assess(p, AgentFileKind.Documentation, InjectionSignals.Default);
        }

        var rules = sw.Elapsed.TotalSeconds;
        sw.Restart();
        foreach (var (text, list) in passages)
        {
            var words = DocumentWords.Of(text);
            foreach (var p in list.Where(InjectionAnalyzer.ModelJudges))
            {
                InjectionModel.Default.Best(p, words);
            }
        }

        Console.WriteLine($"round {round}: passages {cut:F2} s, keyword rules {rules:F2} s, model {sw.Elapsed.TotalSeconds:F2} s");
    }

    return;
}

if (options.Get("scan") is { } scanDir)
{
    // Full scan of one directory with every built-in analyzer; prints the agent-context findings (e.g. for the sample app).
    var root = Path.GetFullPath(scanDir);
    var result = await new Scanner().ScanAsync(new ScanRequest { Paths = [root], BaseDirectory = root });
    foreach (var f in result.Findings.Where(f => f.Analyzer.StartsWith("agent", StringComparison.Ordinal) || f.Analyzer == "hidden-unicode"))
    {
        Console.WriteLine($"{f.Location} {f.RuleId} [{f.Severity}] {f.Message}");
    }

    return;
}

Console.WriteLine("| set | positives found (TPR) | negatives flagged (FPR) |");
Console.WriteLine("|---|---|---|");
foreach (var s in sets)
{
    Console.WriteLine($"| {s.Name} | {Ratio(s.TruePositives, s.Positives)} | {Ratio(s.FalsePositives, s.Negatives)} |");
}

if (options.Get("misses") is { } missFile)
{
    File.WriteAllText(missFile, misses.ToString());
}

static string Ratio(int n, int d) => d == 0 ? "–" : $"{n}/{d} ({100.0 * n / d:0.0} %)";

static SetResult Measure(string name, List<Doc> docs, StringBuilder misses)
{
    var analyzer = new InjectionAnalyzer();
    int tp = 0, fp = 0, pos = 0, neg = 0;
    foreach (var d in docs)
    {
        var file = SourceFile.FromText(d.ScanAs, d.Text);
        var context = new FileAnalysisContext(new ScanRequest { Paths = [], BaseDirectory = "." }, CancellationToken.None);
        if (analyzer.AppliesTo(file))
        {
            analyzer.Analyze(file, context);
        }

        var flagged = context.Findings.Count > 0;
        if (d.Positive)
        {
            pos++;
            tp += flagged ? 1 : 0;
            if (!flagged)
            {
                misses.AppendLine($"MISS {d.Id}: {Short(d.Text)}");
            }
        }
        else
        {
            neg++;
            fp += flagged ? 1 : 0;
            foreach (var f in context.Findings)
            {
                misses.AppendLine($"FP {d.Id}:{f.Location.StartLine} {f.RuleId} [{f.Severity}] {f.Message[..Math.Min(300, f.Message.Length)]}");
            }
        }
    }

    return new SetResult(name, pos, tp, neg, fp);
}

static string Short(string s) => string.Join(' ', s.Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries)) is var one && one.Length > 200 ? one[..200] + "…" : one;

/// <summary>One document of a labelled set: an id, the path it is scanned as, its text and its label.</summary>
internal sealed record Doc(string Id, string ScanAs, string Text, bool Positive);

/// <summary>Counts for one set.</summary>
internal sealed record SetResult(string Name, int Positives, int TruePositives, int Negatives, int FalsePositives);

/// <summary>Minimal --key value argument parsing (keys may repeat).</summary>
internal sealed class Args
{
    private readonly List<(string Key, string Value)> _pairs = [];

    public static Args Parse(string[] args)
    {
        var a = new Args();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            a._pairs.Add((args[i].TrimStart('-'), args[i + 1]));
        }

        return a;
    }

    public string? Get(string key) => _pairs.LastOrDefault(p => p.Key == key).Value;

    public IEnumerable<string> All(string key) => _pairs.Where(p => p.Key == key).Select(p => p.Value);
}
