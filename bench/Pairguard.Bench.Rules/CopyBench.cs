using System.Diagnostics;
using Pairguard.Rules.Matching;
using Pairguard.Scanning;
using Pairguard.Syntax;

/// <summary>The <c>--copy</c> mode: the copy of parsed trees into managed nodes alone, the one-call flat copy against the old cursor walk,
/// and the flat copy into reused nodes (as the rule engine makes it, see <see cref="TreeArena"/>), in alternating rounds in one process so that both see the same machine load. Checks first that both copies are equal for every
/// file (exit code 1 when not).</summary>
internal static class CopyBench
{
    /// <summary>Usage: <c>--copy LANGUAGE DIR [ROUNDS]</c>.</summary>
    public static int Run(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: Pairguard.Bench.Rules --copy LANGUAGE DIR [ROUNDS]");
            return 2;
        }

        var language = args[0];
        var rounds = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5;
        var files = Directory.EnumerateFiles(args[1], "*", SearchOption.AllDirectories)
            .Select(f => (Path: f, Info: new FileInfo(f)))
            .Where(f => f.Info.Length <= 1024 * 1024 && LanguageDetector.Detect(f.Path) == language && (f.Info.Attributes & FileAttributes.ReparsePoint) == 0)
            .Select(f => SourceFile.FromText(Path.GetRelativePath(args[1], f.Path), File.ReadAllText(f.Path), language))
            .ToList();

        var best = new Dictionary<string, (double Wall, double Cpu)>();
        void Measure(string phase, Action run)
        {
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            run();
            var wall = sw.Elapsed.TotalSeconds;
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
            var old = best.TryGetValue(phase, out var seen) ? seen : (Wall: double.MaxValue, Cpu: double.MaxValue);
            best[phase] = (Math.Min(old.Wall, wall), Math.Min(old.Cpu, cpu));
        }

        var trees = new List<ParseResult>();
        var nodes = 0L;
        try
        {
            Measure("parse", () =>
            {
                foreach (var f in files)
                {
                    trees.Add(SyntaxParser.Parse(f));
                }
            });
            trees.RemoveAll(t => t.Tree is null);
            var different = 0;
            foreach (var t in trees)
            {
                // the two copies must agree before their times mean anything
                var flat = ManagedTree.Copy(t.Tree!);
                var cursor = ManagedTree.CopyByCursor(t.Tree!);
                nodes += flat.Root.DescendantsAndSelf().LongCount();
                if (flat.Errors != cursor.Errors || !Same(flat.Root, cursor.Root))
                {
                    different++;
                    Console.Error.WriteLine($"copies differ: {t.Tree!.Source.RelativePath}");
                }
            }

            if (different > 0)
            {
                Console.Error.WriteLine($"{different} of {trees.Count} files: the flat copy differs from the cursor walk");
                return 1;
            }

            for (var round = 0; round < rounds; round++)
            {
                Measure("parse", () =>
                {
                    foreach (var f in files)
                    {
                        using var r = SyntaxParser.Parse(f);
                    }
                });
                Measure("flat", () => trees.ForEach(t => ManagedTree.Copy(t.Tree!)));
                Measure("cursor", () => trees.ForEach(t => ManagedTree.CopyByCursor(t.Tree!)));
                Measure("arena", () => trees.ForEach(t =>
                {
                    // as the rule engine copies: into the thread's reused nodes, given back after the file
                    var arena = TreeArena.Take()!;
                    _ = ManagedTree.Copy(t.Tree!, arena);
                    arena.Release();
                }));
            }
        }
        finally
        {
            trees.ForEach(t => t.Dispose());
        }

        var mb = files.Sum(f => (double)f.SizeBytes) / 1e6;
        var (parseWall, parseCpu) = best["parse"];
        Console.WriteLine($"{language}: {files.Count} files, {mb:F1} MB, {nodes:N0} nodes, best of {rounds} rounds");
        Console.WriteLine($"parse only:           {parseWall:F3} s wall, {parseCpu:F3} s CPU");
        foreach (var phase in new[] { "cursor", "flat", "arena" })
        {
            var (wall, cpu) = best[phase];
            Console.WriteLine($"copy ({phase,-6}):        {wall:F3} s wall, {cpu:F3} s CPU -> {wall / parseWall:F2} x parse time, {cpu / parseCpu:F2} x parse CPU time, {wall * 1e9 / nodes:F0} ns per node");
        }

        return 0;
    }

    private static bool Same(AstNode a, AstNode b) =>
        a.DescendantsAndSelf().Zip(b.DescendantsAndSelf()).All(p => p.First.Kind == p.Second.Kind && p.First.Field == p.Second.Field
            && p.First.IsNamed == p.Second.IsNamed && p.First.Start == p.Second.Start && p.First.End == p.Second.End
            && p.First.Children.Length == p.Second.Children.Length && p.First.IndexInParent == p.Second.IndexInParent)
        && a.DescendantsAndSelf().Count() == b.DescendantsAndSelf().Count();
}
