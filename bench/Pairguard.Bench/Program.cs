using Pairguard.Bench;

// Benchmark harness: one command per benchmark, each in its own file. Results go to docs/benchmarks.md.
var commands = new Dictionary<string, Func<string[], Task<int>>>(StringComparer.Ordinal)
{
    ["discovery"] = DiscoveryBenchmark.RunAsync,
    ["glob-vs-git"] = GlobVersusGit.RunAsync,
};

if (args.Length == 0 || !commands.TryGetValue(args[0], out var command))
{
    Console.Error.WriteLine("usage: Pairguard.Bench <command> [arguments]");
    Console.Error.WriteLine("commands: " + string.Join(", ", commands.Keys));
    return 2;
}

return await command(args[1..]);
