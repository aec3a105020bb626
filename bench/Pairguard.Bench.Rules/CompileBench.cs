using System.Diagnostics;
using Pairguard.Rules;
using Pairguard.Rules.Matching;
using Pairguard.Syntax;

/// <summary>The <c>--compile</c> mode: compiling every pattern of one language's rules (what a scan does once, on first use), with a new
/// compiler each round: time, bytes allocated and garbage collections per round.</summary>
internal static class CompileBench
{
    /// <summary>Usage: <c>--compile LANGUAGE RULES_DIR [ROUNDS]</c>.</summary>
    public static int Run(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: Pairguard.Bench.Rules --compile LANGUAGE RULES_DIR [ROUNDS]");
            return 2;
        }

        var language = args[0];
        var rounds = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5;
        var rules = RuleLoader.LoadPath(args[1]).Rules.Where(r => r.Languages.Contains(language)).ToList();
        var patterns = rules.SelectMany(RulePatterns.Of)
            .Select(p => (p.Pattern.Code, Language: p.Language ?? language))
            .Where(p => p.Language != RuleLanguages.Generic)
            .ToList();
        Console.WriteLine($"{language}: {rules.Count} rules, {patterns.Count} patterns, {patterns.Distinct().Count()} distinct");
        var regexes = rules.SelectMany(RulePatterns.Regexes).Where(r => r.Metavariable).Select(r => r.Regex).Distinct(StringComparer.Ordinal).ToList();
        for (var round = 0; round < rounds; round++)
        {
            // each metavariable-regex anchored at the start, built with the linear-time engine, and as the matcher builds it for its
            // yes-or-no tests (a bounded pattern with the backtracking engine, see RuleRegex.ForTest), new each round
            var sw = Stopwatch.StartNew();
            var backtracking = 0;
            foreach (var regex in regexes)
            {
                try
                {
                    _ = new System.Text.RegularExpressions.Regex("\\A(?:" + regex + ")", System.Text.RegularExpressions.RegexOptions.NonBacktracking | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
                }
                catch (NotSupportedException)
                {
                    backtracking++;
                }
            }

            var linear = sw.Elapsed.TotalMilliseconds;
            sw.Restart();
            var bounded = 0;
            foreach (var regex in regexes)
            {
                var anchored = "\\A(?:" + regex + ")";
                if (RuleRegex.BacktrackingIsLinear(anchored))
                {
                    bounded++;
                    _ = new System.Text.RegularExpressions.Regex(anchored, System.Text.RegularExpressions.RegexOptions.CultureInvariant);
                }
                else if (!RuleRegex.MayNeedBacktracking(anchored))
                {
                    _ = new System.Text.RegularExpressions.Regex(anchored, System.Text.RegularExpressions.RegexOptions.NonBacktracking | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
                }
            }

            var asMatcher = sw.Elapsed.TotalMilliseconds;
            Console.WriteLine($"regexes round {round + 1}: {regexes.Count} metavariable-regex patterns ({backtracking} need backtracking, {bounded} bounded): "
                + $"linear-time engine {linear:F0} ms, as the matcher builds them {asMatcher:F0} ms");
        }

        for (var round = 0; round < rounds; round++)
        {
            var counting = new CountingSyntax();
            var compiler = new PatternCompiler(counting);
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            int[] collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
            var sw = Stopwatch.StartNew();
            var failed = 0;
            foreach (var (code, patternLanguage) in patterns)
            {
                if (compiler.Compile(code, patternLanguage, out _) is null)
                {
                    failed++;
                }
            }

            Console.WriteLine($"round {round + 1}: {sw.Elapsed.TotalMilliseconds:F0} ms, {(GC.GetAllocatedBytesForCurrentThread() - allocated) / 1e6:F1} MB allocated, "
                + $"collections gen0/1/2 {GC.CollectionCount(0) - collections[0]}/{GC.CollectionCount(1) - collections[1]}/{GC.CollectionCount(2) - collections[2]}, {failed} patterns not parsed; "
                + $"{counting.Clean} parses without error ({counting.CleanTime.TotalMilliseconds:F0} ms), {counting.Errors} with errors ({counting.ErrorTime.TotalMilliseconds:F0} ms)");
        }

        return 0;
    }
}

/// <summary>The syntax provider, counting the parses that give a tree with and without error nodes and the time each kind takes.</summary>
internal sealed class CountingSyntax : Pairguard.Rules.Matching.ISyntaxProvider
{
    public int Clean { get; private set; }

    public int Errors { get; private set; }

    public TimeSpan CleanTime { get; private set; }

    public TimeSpan ErrorTime { get; private set; }

    public bool Supports(string language) => TreeSitterSyntaxProvider.Instance.Supports(language);

    public AstNode? Parse(string text, string language, out int errorNodes, out string? error, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var root = TreeSitterSyntaxProvider.Instance.Parse(text, language, out errorNodes, out error, cancellationToken);
        if (errorNodes == 0 && root is not null)
        {
            Clean++;
            CleanTime += Stopwatch.GetElapsedTime(started);
        }
        else
        {
            Errors++;
            ErrorTime += Stopwatch.GetElapsedTime(started);
        }

        return root;
    }
}
