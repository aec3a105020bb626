using System.Text;
using System.Text.RegularExpressions;
using Pairguard.Scanning;

/// <summary>
/// The Juliet method: per test case, a true positive is at least one finding of the case's CWE group inside a bad method or class,
/// a false positive is at least one inside a good one; findings of other CWEs are ignored. Reported per CWE and per flow variant.
/// </summary>
internal static partial class Juliet
{
    public static async Task<int> RunAsync(string suite, string language, string? rulesOnly, string? missesPath)
    {
        var extension = language == "java" ? ".java" : ".cs";
        var testcases = Directory.EnumerateDirectories(suite, "testcases", SearchOption.AllDirectories).FirstOrDefault()
            ?? throw new DirectoryNotFoundException($"no 'testcases' folder under {suite}");
        var cases = new List<Case>();
        var misses = new StringBuilder();
        foreach (var dir in Directory.EnumerateDirectories(testcases).Order(StringComparer.Ordinal))
        {
            var m = CweDir().Match(Path.GetFileName(dir));
            if (!m.Success || CweGroups.GroupOf(int.Parse(m.Groups[1].Value)) is not { } group)
            {
                continue;
            }

            var cwe = int.Parse(m.Groups[1].Value);
            var started = DateTime.UtcNow;
            var findings = await Scan.RunAsync(dir, rulesOnly);
            var byFile = findings.Where(f => CweGroups.Counts(group, f.Cwe)).GroupBy(f => f.Location.Path).ToDictionary(g => g.Key, g => g.ToList());
            var byCase = new Dictionary<string, Case>(StringComparer.Ordinal);
            foreach (var file in Directory.EnumerateFiles(dir, "*" + extension, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileNameWithoutExtension(file);
                var id = CaseId().Match(name);
                if (!id.Success || !name.StartsWith("CWE", StringComparison.Ordinal))
                {
                    continue;
                }

                var key = id.Groups[1].Value;
                if (!byCase.TryGetValue(key, out var c))
                {
                    byCase[key] = c = new Case(key, cwe, group, id.Groups[2].Value);
                }

                var relative = Path.GetRelativePath(dir, file).Replace('\\', '/');
                if (!byFile.TryGetValue(relative, out var hits))
                {
                    continue;
                }

                var regions = new MethodRegions(File.ReadAllText(file), language);
                foreach (var f in hits)
                {
                    switch (regions.RegionOf(f.Location.StartLine))
                    {
                        case "bad":
                            c.Bad = true;
                            break;
                        case "good":
                            c.Good = true;
                            c.GoodHits.Add($"{relative}:{f.Location.StartLine} {f.RuleId}");
                            break;
                    }
                }
            }

            foreach (var c in byCase.Values)
            {
                if (!c.Bad)
                {
                    misses.Append("miss ").Append(c.Id).Append('\n');
                }

                foreach (var g in c.GoodHits)
                {
                    misses.Append("false-positive ").Append(g).Append('\n');
                }
            }

            cases.AddRange(byCase.Values);
            Console.Error.WriteLine($"{Path.GetFileName(dir)}: {byCase.Count} cases, {findings.Count} findings, {(DateTime.UtcNow - started).TotalSeconds:0.0} s");
        }

        Console.WriteLine($"## Juliet {language}: {cases.Count} test cases in scope\n");
        Table("CWE", cases.GroupBy(c => $"CWE-{c.Cwe}").OrderBy(g => int.Parse(g.Key[4..])));
        Console.WriteLine();
        Table("group", cases.GroupBy(c => c.Group).OrderBy(g => g.Key, StringComparer.Ordinal));
        Console.WriteLine();
        Table("flow variant", cases.GroupBy(c => c.Variant).OrderBy(g => g.Key, StringComparer.Ordinal));
        Console.WriteLine();
        Table("all in scope", cases.GroupBy(_ => "total"));
        if (missesPath is not null)
        {
            File.WriteAllText(missesPath, misses.ToString());
        }

        return 0;
    }

    private static void Table(string what, IEnumerable<IGrouping<string, Case>> groups)
    {
        Console.WriteLine($"| {what} | cases | TP (bad flagged) | recall | FP (good flagged) | FP rate |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var g in groups)
        {
            var n = g.Count();
            var tp = g.Count(c => c.Bad);
            var fp = g.Count(c => c.Good);
            Console.WriteLine($"| {g.Key} | {n} | {tp} | {100.0 * tp / n:0.0} % | {fp} | {100.0 * fp / n:0.0} % |");
        }
    }

    [GeneratedRegex(@"^CWE(\d+)_")]
    private static partial Regex CweDir();

    // CWE89_SQL_Injection__Web_Connect_tcp_CommandText_81_goodG2B -> case "…_81", variant "81"; "…_01a" -> "…_01"
    [GeneratedRegex(@"^(.*_(\d\d))(?:[a-z]|_bad|_base|_good\w*|_helper\w*)?$")]
    private static partial Regex CaseId();

    private sealed class Case(string id, int cwe, string group, string variant)
    {
        public string Id { get; } = id;

        public int Cwe { get; } = cwe;

        public string Group { get; } = group;

        public string Variant { get; } = variant;

        public bool Bad { get; set; }

        public bool Good { get; set; }

        public List<string> GoodHits { get; } = [];
    }
}
