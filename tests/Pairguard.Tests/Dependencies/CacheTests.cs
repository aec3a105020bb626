using Pairguard.Dependencies.Cache;
using Pairguard.Dependencies.Registries;

namespace Pairguard.Tests.Dependencies;

public sealed class CacheTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "pairguard-cache-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, true);
        }
    }

    private sealed class FakeClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static PackageInfo Info(string name) => new()
    {
        Name = name,
        ReleaseCount = 3,
        FirstPublished = DateTimeOffset.Parse("2020-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
        Repository = "https://example.invalid/x",
        Versions = new Dictionary<string, VersionInfo> { ["1.0.0"] = new() { Version = "1.0.0", InstallScripts = ["postinstall"] } },
    };

    [Fact]
    public void RoundTripAndTtls()
    {
        var clock = new FakeClock(DateTimeOffset.UtcNow);
        using var cache = MetadataCache.Open(_dir, clock);
        cache.Put("http://r", "npm", "left-pad", RegistryLookup.Of(Info("left-pad")));
        cache.Put("http://r", "npm", "ghost", RegistryLookup.Missing);
        cache.Put("http://r", "npm", "err", RegistryLookup.Failed("boom"));

        var hit = cache.Get("http://r", "npm", "left-pad");
        Assert.Equal(LookupStatus.Found, hit!.Status);
        Assert.Equal(["postinstall"], hit.Package!.Versions["1.0.0"].InstallScripts);
        Assert.Equal(LookupStatus.NotFound, cache.Get("http://r", "npm", "ghost")!.Status);
        Assert.Null(cache.Get("http://r", "npm", "err"));
        Assert.Null(cache.Get("http://other", "npm", "left-pad"));

        clock.Now += TimeSpan.FromHours(25);
        Assert.Null(cache.Get("http://r", "npm", "ghost"));
        Assert.NotNull(cache.Get("http://r", "npm", "left-pad"));

        clock.Now += TimeSpan.FromDays(7);
        Assert.Null(cache.Get("http://r", "npm", "left-pad"));
    }

    [Fact]
    public void CorruptFileIsRebuilt()
    {
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, "registry-cache.sqlite"), "this is not a database, just garbage bytes " + new string('x', 5000));
        using var cache = MetadataCache.Open(_dir);
        Assert.True(cache.Rebuilt);
        cache.Put("http://r", "npm", "a", RegistryLookup.Missing);
        Assert.NotNull(cache.Get("http://r", "npm", "a"));
    }

    [Fact]
    public async Task ConcurrentWritersFromSeparateConnectionsDoNotFail()
    {
        var tasks = Enumerable.Range(0, 4).Select(w => Task.Run(() =>
        {
            using var cache = MetadataCache.Open(_dir);
            for (var i = 0; i < 50; i++)
            {
                cache.Put("http://r", "npm", $"p{i}", RegistryLookup.Of(Info($"p{i}-{w}")));
                Assert.NotNull(cache.Get("http://r", "npm", $"p{i}"));
            }
        }));
        await Task.WhenAll(tasks);
        using var check = MetadataCache.Open(_dir);
        Assert.All(Enumerable.Range(0, 50), i => Assert.NotNull(check.Get("http://r", "npm", $"p{i}")));
    }

    [Fact]
    public void DefaultDirectoryFollowsOverrideThenXdg()
    {
        Assert.Equal("/x/y", MetadataCache.DefaultDirectory(n => n == MetadataCache.DirectoryVariable ? "/x/y" : null));
        Assert.Equal(Path.Combine("/xdg", "pairguard"), MetadataCache.DefaultDirectory(n => n == "XDG_CACHE_HOME" ? "/xdg" : null));
        Assert.EndsWith(Path.Combine(".cache", "pairguard"), MetadataCache.DefaultDirectory(_ => null), StringComparison.Ordinal);
    }
}
