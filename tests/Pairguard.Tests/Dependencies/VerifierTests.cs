using Pairguard.Dependencies;
using Pairguard.Dependencies.Registries;
using Pairguard.Dependencies.Risk;

namespace Pairguard.Tests.Dependencies;

public sealed class VerifierTests : IDisposable
{
    private readonly LoopbackRegistry _server = new();
    private readonly string _cache = Path.Combine(Path.GetTempPath(), "pairguard-test-cache-" + Guid.NewGuid().ToString("N"));

    public VerifierTests()
    {
        RegistryFixtures.PublishAll(_server);
    }

    public void Dispose()
    {
        _server.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_cache))
        {
            Directory.Delete(_cache, true);
        }
    }

    private DependencyVerifier Verifier(bool offline = false, bool refresh = false, RegistryHttpOptions? http = null, EndpointDiscoveryOptions? discovery = null) =>
        new(new RegistryEndpoints(discovery ?? RegistryFixtures.Discovery(_server)), new VerifierOptions { Offline = offline, Refresh = refresh, CacheDirectory = _cache, Http = http ?? new RegistryHttpOptions { BaseBackoff = TimeSpan.FromMilliseconds(10) } });

    private static DependencyRef Ref(string eco, string name, string? version = null) => new(eco, name, version, "manifest", 1);

    private async Task<Dictionary<string, PackageAssessment>> Verify(params DependencyRef[] refs)
    {
        using var v = Verifier();
        var report = await v.VerifyAsync(refs);
        return report.Packages.ToDictionary(p => p.Name, StringComparer.Ordinal);
    }

    private static IEnumerable<string> Rules(PackageAssessment a) => a.Signals.Select(s => s.RuleId);

    public static TheoryData<string, string> Names() => new()
    {
        { Ecosystems.Npm, "demo-{0}" },
        { Ecosystems.PyPI, "demo-{0}" },
        { Ecosystems.NuGet, "Demo.{0}" },
        { Ecosystems.Go, "example.invalid/demo/{0}" },
        { Ecosystems.Cargo, "demo-{0}" },
        { Ecosystems.RubyGems, "demo-{0}" },
        { Ecosystems.Packagist, "demo/{0}" },
        { Ecosystems.Maven, "com.example:{0}" },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public async Task EveryEcosystem_ExistingMissingNewAndSingleRelease(string eco, string pattern)
    {
        string N(string s) => string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, s);
        var result = await Verify(Ref(eco, N("established")), Ref(eco, N("doesnotexist")), Ref(eco, N("brandnew")), Ref(eco, N("single")));

        var established = result[N("established")];
        Assert.Equal(Verdict.Ok, established.Verdict);
        Assert.Empty(established.Signals);
        Assert.Equal(30, established.Info!.ReleaseCount);

        var missing = result[N("doesnotexist")];
        Assert.Equal(Verdict.Block, missing.Verdict);
        Assert.Contains(DependencyRules.NotFound.Id, Rules(missing));
        Assert.Contains("anyone can register it", missing.Signals[0].Message, StringComparison.Ordinal);

        Assert.Contains(DependencyRules.FewReleases.Id, Rules(result[N("single")]));

        if (eco is not Ecosystems.Maven)
        {
            Assert.Equal(Verdict.Review, result[N("brandnew")].Verdict);
            Assert.Contains(DependencyRules.NewPackage.Id, Rules(result[N("brandnew")]));
        }
    }

    [Fact]
    public async Task Npm_InstallScriptsAndDeprecatedVersion()
    {
        var r = await Verify(Ref(Ecosystems.Npm, "demo-scripted"), Ref(Ecosystems.Npm, "demo-withyanked", "1.0.9"));
        var scripted = r["demo-scripted"];
        var signal = Assert.Single(scripted.Signals);
        Assert.Equal(DependencyRules.InstallScripts.Id, signal.RuleId);
        Assert.Contains("postinstall", signal.Message, StringComparison.Ordinal);
        Assert.Contains(r["demo-withyanked"].Signals, s => s.RuleId == DependencyRules.Yanked.Id && s.Message.Contains("deprecated", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PyPI_SourceOnlyAndYankedPin()
    {
        var r = await Verify(Ref(Ecosystems.PyPI, "demo-scripted"), Ref(Ecosystems.PyPI, "demo_withyanked", "==1.0.9"), Ref(Ecosystems.PyPI, "Demo.Established", ">=1"));
        Assert.Contains(r["demo-scripted"].Signals, s => s.RuleId == DependencyRules.InstallScripts.Id && s.Message.Contains("source distribution", StringComparison.Ordinal));
        Assert.Equal(Verdict.Review, r["demo_withyanked"].Verdict);
        Assert.Contains(r["demo_withyanked"].Signals, s => s.RuleId == DependencyRules.Yanked.Id);
        Assert.Equal(Verdict.Ok, r["Demo.Established"].Verdict);
        Assert.Equal("https://example.invalid/demo-established", r["Demo.Established"].Info!.Repository);
    }

    [Theory]
    [InlineData(Ecosystems.NuGet, "Demo.withyanked")]
    [InlineData(Ecosystems.Cargo, "demo-withyanked")]
    public async Task YankedOrUnlistedPinIsReview(string eco, string name)
    {
        var r = await Verify(Ref(eco, name, "1.0.9"));
        Assert.Equal(Verdict.Review, r[name].Verdict);
        Assert.Contains(DependencyRules.Yanked.Id, Rules(r[name]));
    }

    [Fact]
    public async Task NoRepositoryAndFewReleasesTogetherAreReview()
    {
        RegistryFixtures.Npm(_server, new FakePackage("bare-thing", RegistryFixtures.Old, 2) { Repository = false });
        var r = await Verify(Ref(Ecosystems.Npm, "bare-thing"));
        Assert.Equal(Verdict.Review, r["bare-thing"].Verdict);
        Assert.Contains(DependencyRules.NoRepository.Id, Rules(r["bare-thing"]));
        Assert.Contains(DependencyRules.FewReleases.Id, Rules(r["bare-thing"]));
    }

    [Fact]
    public async Task KnownHallucinatedNameIsBlockedEvenWhenRegistered()
    {
        RegistryFixtures.PyPI(_server, new FakePackage("huggingface-cli", DateTimeOffset.UtcNow.AddDays(-400), 1));
        var r = await Verify(Ref(Ecosystems.PyPI, "huggingface-cli"));
        Assert.Equal(Verdict.Block, r["huggingface-cli"].Verdict);
        Assert.Contains(DependencyRules.KnownHallucination.Id, Rules(r["huggingface-cli"]));
    }

    [Fact]
    public async Task MalformedJsonIsNotVerifiedWithAProblem()
    {
        _server.Map("/npm/broken-json", LoopbackRegistry.Reply.Text("{\"name\": \"broken-json\", \"versions\": {", "application/json"));
        using var v = Verifier();
        var report = await v.VerifyAsync([Ref(Ecosystems.Npm, "broken-json")]);
        var a = Assert.Single(report.Packages);
        Assert.Equal(Verdict.NotVerified, a.Verdict);
        Assert.Contains("malformed JSON", a.NotVerifiedReason, StringComparison.Ordinal);
        Assert.Single(report.Problems);
    }

    [Fact]
    public async Task UnreachableRegistryMarksNotVerifiedAndTheRunCompletes()
    {
        using var dead = new LoopbackRegistry();
        var discovery = RegistryFixtures.Discovery(dead);
        dead.Dispose();
        using var v = Verifier(discovery: discovery, http: new RegistryHttpOptions { MaxRetries = 0, Timeout = TimeSpan.FromSeconds(2) });
        var report = await v.VerifyAsync([Ref(Ecosystems.Npm, "react"), Ref(Ecosystems.Npm, "reqeusts-helper")]);
        Assert.All(report.Packages, p => Assert.Equal(Verdict.NotVerified, p.Verdict));
        Assert.Contains(report.Problems, p => p.StartsWith("npm registry", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MissingEndpointIsNotVerifiedWithTheSettingToAdd()
    {
        var discovery = RegistryFixtures.Discovery(_server) with { Configured = new Dictionary<string, string>() };
        using var v = Verifier(discovery: discovery);
        var report = await v.VerifyAsync([Ref(Ecosystems.Cargo, "serde")]);
        var a = Assert.Single(report.Packages);
        Assert.Equal(Verdict.NotVerified, a.Verdict);
        Assert.Contains("replace-with", a.NotVerifiedReason, StringComparison.Ordinal);
        Assert.Equal(0, _server.RequestCount);
    }

    [Fact]
    public async Task UrlAndVcsReferencesAreNotVerified()
    {
        using var v = Verifier();
        var report = await v.VerifyAsync([new DependencyRef(Ecosystems.PyPI, "acme-internal-pipeline-tooling", null, "requirements.txt", 3) { Unverifiable = "installed from a VCS repository" }]);
        Assert.Equal(Verdict.NotVerified, Assert.Single(report.Packages).Verdict);
        Assert.Equal(0, _server.RequestCount);
    }

    [Fact]
    public async Task CacheAnswersTheSecondRunAndOfflineUsesIt()
    {
        var refs = new[] { Ref(Ecosystems.Npm, "demo-established"), Ref(Ecosystems.Npm, "demo-ghost") };
        using (var cold = Verifier())
        {
            var first = await cold.VerifyAsync(refs);
            Assert.Equal(2, first.Requests);
            Assert.Equal(0, first.CacheHits);
        }

        using (var warm = Verifier())
        {
            var second = await warm.VerifyAsync(refs);
            Assert.Equal(0, second.Requests);
            Assert.Equal(2, second.CacheHits);
            Assert.Equal(Verdict.Block, second.Packages.Single(p => p.Name == "demo-ghost").Verdict);
        }

        using (var offline = Verifier(offline: true))
        {
            var third = await offline.VerifyAsync([.. refs, Ref(Ecosystems.Npm, "demo-single")]);
            Assert.Equal(0, third.Requests);
            Assert.Equal(Verdict.Ok, third.Packages.Single(p => p.Name == "demo-established").Verdict);
            var uncached = third.Packages.Single(p => p.Name == "demo-single");
            Assert.Equal(Verdict.NotVerified, uncached.Verdict);
            Assert.Contains("offline", uncached.NotVerifiedReason, StringComparison.Ordinal);
        }

        using var refresh = Verifier(refresh: true);
        var fourth = await refresh.VerifyAsync(refs);
        Assert.Equal(2, fourth.Requests);
    }

    [Fact]
    public async Task OfflineStillBlocksKnownHallucinationsAndFlagsTyposquats()
    {
        using var v = Verifier(offline: true);
        var report = await v.VerifyAsync([Ref(Ecosystems.Npm, "react-async-form"), Ref(Ecosystems.PyPI, "reqeusts")]);
        Assert.Equal(Verdict.Block, report.Packages.Single(p => p.Name == "react-async-form").Verdict);
        Assert.Equal(Verdict.Review, report.Packages.Single(p => p.Name == "reqeusts").Verdict);
        Assert.Equal(0, _server.RequestCount);
    }
}
