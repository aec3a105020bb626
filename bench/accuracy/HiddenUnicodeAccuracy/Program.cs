using System.Globalization;
using Pairguard.AgentContext;
using Pairguard.Scanning;

namespace Pairguard.Bench.Accuracy;

/// <summary>Measures file-level recall of the hidden-Unicode analyzer on the Trojan Source proof-of-concept files.</summary>
public static class Program
{
    /// <summary>Attack classes of the Trojan Source paper, recognised from the proof-of-concept file names, with the rule expected to catch each.</summary>
    private static readonly (string Class, string FileStem, string? ExpectedRule)[] Classes =
    [
        ("commenting-out (bidi)", "commentingout", HiddenUnicodeRules.BidiControl.Id),
        ("early-return (bidi)", "earlyreturn", HiddenUnicodeRules.BidiControl.Id),
        ("stretched-string (bidi)", "stretchedstring", HiddenUnicodeRules.BidiControl.Id),
        ("invisible-function (zero-width)", "invisiblefunction", HiddenUnicodeRules.ZeroWidth.Id),
        ("homoglyph-function (out of scope)", "homoglyphfunction", null),
    ];

    public static async Task<int> Main(string[] args)
    {
        if (args is ["negatives", .. var dirs] && dirs.Length > 0 && dirs.All(Directory.Exists))
        {
            return await NegativesAsync(dirs).ConfigureAwait(false);
        }

        if (args is ["speed"])
        {
            Speed.Run();
            return 0;
        }

        if (args.Length != 1 || !Directory.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: HiddenUnicodeAccuracy <trojan-source checkout>");
            Console.Error.WriteLine("       HiddenUnicodeAccuracy negatives <dir>...   (text with legitimate Unicode: every finding is a false positive)");
            Console.Error.WriteLine("       HiddenUnicodeAccuracy speed                (throughput and allocations of the analyzer on synthetic 2 MB files)");
            return 2;
        }

        var root = Path.GetFullPath(args[0]);
        var request = new ScanRequest { Paths = [root], BaseDirectory = root, Jobs = 1 };
        var result = await new Scanner([new HiddenUnicodeAnalyzer()]).ScanAsync(request).ConfigureAwait(false);
        var byFile = result.Findings.GroupBy(f => f.Location.Path).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

        // Proof-of-concept files: source files named after an attack, outside the visualization and website folders.
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith(".git/", StringComparison.Ordinal) && !f.Contains("/visualization/", StringComparison.Ordinal) && !f.StartsWith("website/", StringComparison.Ordinal))
            .ToList();

        Console.WriteLine("| Attack class | PoC files | Detected by the expected rule | Recall | Unterminated bidi shape reported | Severity high |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        var attackFiles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, stem, rule) in Classes)
        {
            var members = files.Where(f => Stem(f) == stem).OrderBy(f => f, StringComparer.Ordinal).ToList();
            attackFiles.UnionWith(members);
            var hits = members.Where(f => byFile.TryGetValue(f, out var fs) && fs.Any(x => rule is null || x.RuleId == rule)).ToList();
            var unterminated = members.Count(f => byFile.TryGetValue(f, out var fs) && fs.Any(x => x.Properties.TryGetValue("unterminated", out var u) && u == "true"));
            var high = members.Count(f => byFile.TryGetValue(f, out var fs) && fs.Any(x => x.Severity >= Severity.High));
            var recall = members.Count == 0 ? "n/a" : ((double)hits.Count / members.Count).ToString("P0", CultureInfo.InvariantCulture);
            Console.WriteLine(rule is null
                ? $"| {name} | {members.Count} | {hits.Count} flagged (expected 0) | n/a | {unterminated} | {high} |"
                : $"| {name} | {members.Count} | {hits.Count} | {recall} | {unterminated} | {high} |");
            foreach (var missed in members.Except(hits).Where(_ => rule is not null))
            {
                Console.Error.WriteLine($"missed: {missed}");
            }
        }

        var other = byFile.Keys.Where(f => !attackFiles.Contains(f)).OrderBy(f => f, StringComparer.Ordinal).ToList();
        Console.WriteLine();
        Console.WriteLine($"Files scanned: {result.Stats.FilesAnalyzed}; findings: {result.Findings.Count}; files with findings outside the PoC set: {other.Count}" + (other.Count > 0 ? " (" + string.Join(", ", other) + ")" : ""));
        foreach (var f in result.Findings)
        {
            Console.Error.WriteLine($"{f.Location} {f.RuleId} {f.Severity.ToName()} {f.Message}");
        }

        return 0;
    }

    /// <summary>Scans directories of legitimate multilingual and emoji text and counts the findings, all of which are false positives.</summary>
    private static async Task<int> NegativesAsync(string[] dirs)
    {
        Console.WriteLine("| Corpus | Files read | Characters of the analyzed classes | Findings |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var dir in dirs)
        {
            var root = Path.GetFullPath(dir);
            var request = new ScanRequest { Paths = [root], BaseDirectory = root, Jobs = 1 };
            var result = await new Scanner([new HiddenUnicodeAnalyzer()]).ScanAsync(request).ConfigureAwait(false);
            var candidates = 0;
            foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Where(f => !f.Contains("/.git/", StringComparison.Ordinal)))
            {
                var (text, _, _, binary) = FileLoader.Decode(File.ReadAllBytes(file));
                if (!binary)
                {
                    candidates += text.EnumerateRunes().Count(r => IsCandidate(r.Value));
                }
            }

            Console.WriteLine($"| {Path.GetFileName(root)} | {result.Stats.FilesAnalyzed} | {candidates} | {result.Findings.Count} |");
            foreach (var f in result.Findings)
            {
                Console.Error.WriteLine($"{Path.GetFileName(root)}/{f.Location} {f.RuleId} {f.Severity.ToName()} {f.Message} | {f.Snippet}");
            }
        }

        return 0;
    }

    /// <summary>Characters of the classes this analyzer looks at (bidi, invisible, tags, variation selectors).</summary>
    private static bool IsCandidate(int cp) =>
        HiddenUnicodeCharacters.Bidi(cp) != BidiKind.None || HiddenUnicodeCharacters.IsInvisible(cp) || HiddenUnicodeCharacters.IsTag(cp) || HiddenUnicodeCharacters.IsVariationSelector(cp);

    private static string Stem(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        return new string(name.Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray());
    }
}
