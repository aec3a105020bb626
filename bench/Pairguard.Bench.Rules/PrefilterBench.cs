using System.Diagnostics;
using Pairguard.Rules;
using Pairguard.Scanning;
using Pairguard.Syntax;

/// <summary>The <c>--prefilter</c> mode: the prefilter's word search over every file of one language (what the rule engine does once
/// per file before anything else), against parsing the same files: time per round and its ratio to the parse time.</summary>
internal static class PrefilterBench
{
    /// <summary>Usage: <c>--prefilter LANGUAGE DIR RULES_DIR [ROUNDS]</c>.</summary>
    public static int Run(string[] args)
    {
        if (args.Length < 3)
        {
            Console.Error.WriteLine("usage: Pairguard.Bench.Rules --prefilter LANGUAGE DIR RULES_DIR [ROUNDS]");
            return 2;
        }

        var language = args[0];
        var rounds = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 5;
        var rules = RuleLoader.LoadPath(args[2]).Rules.Where(r => r.Languages.Contains(language)).ToList();
        // the rule engine's own prefilter: every word of the rules' patterns and regexes, not only those a match requires
        var prefilter = new RuleAnalyzer(rules, TreeSitterSyntaxProvider.Instance).PrefilterOf(language)!;
        var files = Directory.EnumerateFiles(args[1], "*", SearchOption.AllDirectories)
            .Where(f => new FileInfo(f).Length <= 1024 * 1024 && LanguageDetector.Detect(f) == language)
            .Select(f => SourceFile.FromText(Path.GetRelativePath(args[1], f), File.ReadAllText(f), language))
            .ToList();
        Console.WriteLine($"{language}: {files.Count} files, {files.Sum(f => (double)f.SizeBytes) / 1e6:F1} MB, {rules.Count} rules, {prefilter.WordCount} words");
        var found = files.Sum(f => prefilter.PresentWords(f.Text).Count);
        for (var round = 0; round < rounds; round++)
        {
            var sw = Stopwatch.StartNew();
            foreach (var f in files)
            {
                using var r = SyntaxParser.Parse(f);
            }

            var parse = sw.Elapsed.TotalSeconds;
            sw.Restart();
            foreach (var f in files)
            {
                _ = prefilter.Search(f.Text);
            }

            var search = sw.Elapsed.TotalSeconds;
            sw.Restart();
            var recorded = 0L;
            foreach (var f in files)
            {
                _ = prefilter.Locate(f.Text, out var positions);
                recorded += positions.Count;
            }

            var locate = sw.Elapsed.TotalSeconds;
            Console.WriteLine($"round {round + 1}: parse {parse * 1000:F0} ms, word search {search * 1000:F1} ms = {search / parse:F3} x parse ({found} words found over all files); "
                + $"with every position recorded {locate * 1000:F1} ms = {locate / parse:F3} x parse ({recorded} positions)");
        }

        return 0;
    }
}
