using System.Diagnostics;
using Pairguard.Dependencies;
using Pairguard.Dependencies.Registries;
using Pairguard.Dependencies.Risk;
using Pairguard.Tests.Dependencies;

namespace Pairguard.Bench.Dependencies;

/// <summary>Dependency verification benchmarks: 200 packages against a loopback registry (cold and warm), and the opt-in live check.</summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var mode = args.FirstOrDefault() ?? "loopback";
        return mode switch
        {
            "loopback" => await LoopbackAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20).ConfigureAwait(false),
            "live" => await LiveAsync().ConfigureAwait(false),
            _ => Usage(),
        };
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: DepsBench loopback [LATENCY_MS] | live   (live needs PAIRGUARD_LIVE_CHECK=1)");
        return 2;
    }

    private static async Task<int> LoopbackAsync(int latencyMs)
    {
        using var server = new LoopbackRegistry(TimeSpan.FromMilliseconds(latencyMs));
        RegistryFixtures.NuGetIndex(server);
        var refs = new List<DependencyRef>();
        for (var i = 0; i < 200; i++)
        {
            var eco = (i % 4) switch { 0 => Ecosystems.Npm, 1 => Ecosystems.PyPI, 2 => Ecosystems.NuGet, _ => Ecosystems.Cargo };
            var name = $"benchpkg-{i:000}";
            var missing = i % 10 == 9;
            var package = new FakePackage(name, RegistryFixtures.Old, 25);
            if (!missing)
            {
                switch (eco)
                {
                    case Ecosystems.Npm: RegistryFixtures.Npm(server, package); break;
                    case Ecosystems.PyPI: RegistryFixtures.PyPI(server, package); break;
                    case Ecosystems.NuGet: RegistryFixtures.NuGet(server, package); break;
                    default: RegistryFixtures.Cargo(server, package); break;
                }
            }

            refs.Add(new DependencyRef(eco, name, null, "bench", i + 1));
        }

        var cache = Path.Combine(Path.GetTempPath(), "pairguard-bench-cache-" + Guid.NewGuid().ToString("N"));
        Console.WriteLine($"200 dependencies (50 npm, 50 PyPI, 50 NuGet, 50 Cargo; 20 missing), loopback registry with {latencyMs} ms latency per response");
        try
        {
            foreach (var run in new[] { "cold", "warm" })
            {
                var before = server.RequestCount;
                var clock = Stopwatch.StartNew();
                using var verifier = new DependencyVerifier(new RegistryEndpoints(RegistryFixtures.Discovery(server)), new VerifierOptions { CacheDirectory = cache });
                var report = await verifier.VerifyAsync(refs).ConfigureAwait(false);
                clock.Stop();
                var verdicts = report.Packages.GroupBy(p => p.VerdictName).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}");
                Console.WriteLine($"{run}: {clock.Elapsed.TotalMilliseconds:0} ms, {server.RequestCount - before} requests to the registry, {report.CacheHits} cache hits; verdicts: {string.Join(", ", verdicts)}");
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(cache, true);
        }

        return 0;
    }

    private static async Task<int> LiveAsync()
    {
        if (Environment.GetEnvironmentVariable("PAIRGUARD_LIVE_CHECK") != "1")
        {
            Console.Error.WriteLine("The live check talks to the registries this machine's npm and dotnet clients are configured for; set PAIRGUARD_LIVE_CHECK=1 to run it.");
            return 2;
        }

        var endpoints = new RegistryEndpoints(new EndpointDiscoveryOptions { ProjectDirectory = Directory.GetCurrentDirectory() });
        var failures = 0;
        foreach (var (eco, popularFile) in new[] { (Ecosystems.Npm, "npm-top.txt"), (Ecosystems.NuGet, "nuget-top.txt") })
        {
            var resolution = endpoints.Resolve(eco, "x");
            if (resolution.Endpoint is null)
            {
                Console.WriteLine($"{eco}: no registry configured ({resolution.Missing})");
                failures++;
                continue;
            }

            var popular = DataFiles.Lines(popularFile).Take(200).Select(n => new DependencyRef(eco, n, null, "live", 1)).ToList();
            var invented = Invented(eco, 200).Select(n => new DependencyRef(eco, n, null, "live", 1)).ToList();
            using var verifier = new DependencyVerifier(endpoints, new VerifierOptions { CacheDirectory = "", Http = new RegistryHttpOptions { MaxConcurrencyPerHost = 8 } });
            var clock = Stopwatch.StartNew();
            var good = await verifier.VerifyAsync(popular).ConfigureAwait(false);
            var bad = await verifier.VerifyAsync(invented).ConfigureAwait(false);
            clock.Stop();
            var notOk = good.Packages.Where(p => p.Verdict != Verdict.Ok).ToList();
            var notBlock = bad.Packages.Where(p => p.Verdict != Verdict.Block).ToList();
            Console.WriteLine($"{eco} ({resolution.Endpoint.Source}): {popular.Count} popular names -> {popular.Count - notOk.Count} ok; {invented.Count} invented names -> {invented.Count - notBlock.Count} block; {good.Requests + bad.Requests} requests, {clock.Elapsed.TotalSeconds:0.0} s");
            foreach (var p in notOk)
            {
                Console.WriteLine($"  popular but {p.VerdictName}: {p.Name}: {string.Join("; ", p.Signals.Select(s => s.Message))}{p.NotVerifiedReason}");
            }

            foreach (var p in notBlock)
            {
                Console.WriteLine($"  invented but {p.VerdictName}: {p.Name}: {string.Join("; ", p.Signals.Select(s => s.Message))}{p.NotVerifiedReason}");
            }

            failures += notOk.Count + notBlock.Count;
        }

        return failures == 0 ? 0 : 1;
    }

    /// <summary>Plausible package names built from common words in a fixed pseudo-random order (seeded, so runs are repeatable).</summary>
    public static IEnumerable<string> Invented(string ecosystem, int count)
    {
        string[] a = ["fast", "async", "smart", "simple", "secure", "auto", "micro", "hyper", "easy", "tiny", "quick", "robust"];
        string[] b = ["json", "yaml", "jwt", "oauth", "csv", "graphql", "redis", "form", "schema", "config", "session", "webhook", "cache", "env", "markdown", "pdf"];
        string[] c = ["validator", "helper", "sanitizer", "bridge", "toolkit", "adapter", "guard", "wrapper", "resolver", "inspector", "normalizer", "orchestrator"];
        string[] d = ["kit", "pro", "plus", "lite", "core", "utils", "next", "x"];
        var random = new Random(20261124);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (seen.Count < count)
        {
            var parts = new[] { a[random.Next(a.Length)], b[random.Next(b.Length)], c[random.Next(c.Length)], d[random.Next(d.Length)] };
            var name = ecosystem == Ecosystems.NuGet
                ? string.Join('.', parts.Select(p => char.ToUpperInvariant(p[0]) + p[1..]))
                : string.Join('-', parts);
            seen.Add(name);
        }

        return seen;
    }
}
