using System.Text.Json;
using Pairguard.Dependencies;
using Pairguard.Dependencies.Registries;
using Pairguard.Dependencies.Risk;

namespace Pairguard.Tests.Dependencies;

public sealed class RiskTests
{
    private static PackageInfo Info(string name, int releases, string? repository) => new()
    {
        Name = name,
        ReleaseCount = releases,
        FirstPublished = DateTimeOffset.UtcNow.AddYears(-3),
        Repository = repository,
        Latest = "1.0.0",
        Versions = new Dictionary<string, VersionInfo> { ["1.0.0"] = new() { Version = "1.0.0", InstallScripts = ["postinstall"] } },
    };

    [Fact]
    public void WeakSignalsAloneAreOkTogetherReview()
    {
        var risk = new RiskAssessor();
        var (one, s1) = risk.Assess(Ecosystems.Npm, "acme-widget-maker", ["1.0.0"], RegistryLookup.Of(Info("acme-widget-maker", 30, "https://example.invalid/r")));
        Assert.Equal(Verdict.Ok, one);
        Assert.Equal(DependencyRules.InstallScripts.Id, Assert.Single(s1).RuleId);

        var (two, s2) = risk.Assess(Ecosystems.Npm, "acme-widget-maker", ["1.0.0"], RegistryLookup.Of(Info("acme-widget-maker", 1, null)));
        Assert.Equal(Verdict.Review, two);
        Assert.Equal(3, s2.Count);
    }

    [Fact]
    public void PopularNamesDropWeakSignalsButKeepStrongOnes()
    {
        var risk = new RiskAssessor();
        var (verdict, signals) = risk.Assess(Ecosystems.Npm, "esbuild", [null], RegistryLookup.Of(Info("esbuild", 1, null)));
        Assert.Equal(Verdict.Ok, verdict);
        Assert.Empty(signals);

        var (missing, _) = risk.Assess(Ecosystems.Npm, "esbuild", [null], RegistryLookup.Missing);
        Assert.Equal(Verdict.Block, missing);
    }

    [Fact]
    public void NpmPackumentTakesRepositoryFromTheLatestVersionWhenTheTopLevelLacksIt()
    {
        const string json = """
            {"name":"trimmed","dist-tags":{"latest":"2.0.0"},
             "versions":{"1.0.0":{"version":"1.0.0"},"2.0.0":{"version":"2.0.0","repository":{"type":"git","url":"git+https://example.invalid/t.git"},"scripts":{"install":"node-gyp rebuild"}}},
             "time":{"1.0.0":"2020-01-01T00:00:00.000Z","2.0.0":"2021-01-01T00:00:00.000Z"}}
            """;
        using var doc = JsonDocument.Parse(json);
        var lookup = NpmClient.Parse("trimmed", doc.RootElement);
        Assert.Equal(LookupStatus.Found, lookup.Status);
        Assert.Equal("git+https://example.invalid/t.git", lookup.Package!.Repository);
        Assert.Equal(2020, lookup.Package.FirstPublished!.Value.Year);
        Assert.Equal(["install"], lookup.Package.Versions["2.0.0"].InstallScripts);
    }

    [Fact]
    public void PackumentWithoutVersionsIsMissing()
    {
        using var doc = JsonDocument.Parse("""{"name":"gone","time":{"unpublished":{"time":"2024-01-01T00:00:00.000Z"}}}""");
        Assert.Equal(LookupStatus.NotFound, NpmClient.Parse("gone", doc.RootElement).Status);
    }
}
