using Pairguard.Configuration;
using Pairguard.Dependencies;
using Pairguard.Dependencies.Registries;

namespace Pairguard.Tests.Dependencies;

public sealed class EndpointDiscoveryTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "pairguard-endpoints-" + Guid.NewGuid().ToString("N"));

    public EndpointDiscoveryTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "home"));
        Directory.CreateDirectory(Path.Combine(_root, "project", "sub"));
    }

    private string Project => Path.Combine(_root, "project", "sub");

    private string HomeDir => Path.Combine(_root, "home");

    public void Dispose() => Directory.Delete(_root, true);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private RegistryEndpoints Endpoints(Dictionary<string, string>? env = null, Dictionary<string, string>? configured = null) => new(new EndpointDiscoveryOptions
    {
        ProjectDirectory = Project,
        HomeDirectory = HomeDir,
        Environment = n => env is not null && env.TryGetValue(n, out var v) ? v : null,
        Configured = configured ?? [],
        AskClients = false,
    });

    [Fact]
    public void NothingConfiguredMeansNotVerifiedWithTheExactSetting()
    {
        var e = Endpoints();
        foreach (var eco in Ecosystems.All)
        {
            var r = e.Resolve(eco, "x");
            Assert.Null(r.Endpoint);
            Assert.Contains(".pairguard.yml", r.Missing, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Npmrc_ProjectScopedAndToken()
    {
        Write("project/.npmrc", "registry=http://127.0.0.1:1/npm/\n@acme:registry=http://127.0.0.1:2/acme/\n//127.0.0.1:2/acme/:_authToken=${ACME_TOKEN}\n");
        var e = Endpoints(new() { ["ACME_TOKEN"] = "s3cr3t" });
        var plain = e.Resolve(Ecosystems.Npm, "react").Endpoint!;
        Assert.Equal("http://127.0.0.1:1/npm", plain.Key);
        Assert.Null(plain.Token);
        var scoped = e.Resolve(Ecosystems.Npm, "@acme/ui").Endpoint!;
        Assert.Equal("http://127.0.0.1:2/acme", scoped.Key);
        Assert.Equal("s3cr3t", scoped.Token);
        Assert.DoesNotContain("s3cr3t", scoped.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Npm_UserConfigAndEnvironment()
    {
        Write("home/.npmrc", "registry=http://127.0.0.1:3/user/\n");
        Assert.Equal("http://127.0.0.1:3/user", Endpoints().Resolve(Ecosystems.Npm, "x").Endpoint!.Key);
        Assert.Equal("http://127.0.0.1:4/env", Endpoints(new() { ["NPM_CONFIG_REGISTRY"] = "http://127.0.0.1:4/env/" }).Resolve(Ecosystems.Npm, "x").Endpoint!.Key);
    }

    [Fact]
    public void PairguardConfigWinsOverEcosystemConfig()
    {
        Write("project/.npmrc", "registry=http://127.0.0.1:1/npm/\n");
        var e = Endpoints(configured: new() { ["npm"] = "http://127.0.0.1:9/mirror/" });
        Assert.Equal("http://127.0.0.1:9/mirror", e.Resolve(Ecosystems.Npm, "x").Endpoint!.Key);
    }

    [Fact]
    public void NuGetConfigChain()
    {
        Write("project/NuGet.Config", "<configuration><packageSources><add key=\"local\" value=\"./packages\" /><add key=\"feed\" value=\"http://127.0.0.1:5/v3/index.json\" /></packageSources></configuration>");
        Assert.Equal("http://127.0.0.1:5/v3/index.json", Endpoints().Resolve(Ecosystems.NuGet, "X").Endpoint!.Key);
    }

    [Fact]
    public void PipEnvironmentAndPipConf()
    {
        Write("home/.config/pip/pip.conf", "[global]\nindex-url = http://127.0.0.1:6/simple\n");
        Assert.Equal("http://127.0.0.1:6/simple", Endpoints().Resolve(Ecosystems.PyPI, "x").Endpoint!.Key);
        Assert.Equal("http://127.0.0.1:7/simple", Endpoints(new() { ["PIP_INDEX_URL"] = "http://127.0.0.1:7/simple/" }).Resolve(Ecosystems.PyPI, "x").Endpoint!.Key);
    }

    [Fact]
    public void GoProxyCargoGemfileComposerMaven()
    {
        Assert.Equal("http://127.0.0.1:8/go", Endpoints(new() { ["GOPROXY"] = "http://127.0.0.1:8/go/,direct" }).Resolve(Ecosystems.Go, "x").Endpoint!.Key);
        Assert.Null(Endpoints(new() { ["GOPROXY"] = "direct" }).Resolve(Ecosystems.Go, "x").Endpoint);

        Write("project/.cargo/config.toml", "[source.crates-io]\nreplace-with = \"mirror\"\n\n[source.mirror]\nregistry = \"sparse+http://127.0.0.1:10/index/\"\n");
        Write("project/sub/Gemfile", "source \"http://127.0.0.1:11/gems\"\ngem \"rails\"\n");
        Write("project/sub/composer.json", "{\"repositories\": [{\"type\": \"vcs\", \"url\": \"http://x.invalid/r\"}, {\"type\": \"composer\", \"url\": \"http://127.0.0.1:12/composer\"}]}");
        Write("home/.m2/settings.xml", "<settings><mirrors><mirror><id>m</id><mirrorOf>*</mirrorOf><url>http://127.0.0.1:13/maven2/</url></mirror></mirrors></settings>");
        var e = Endpoints();
        Assert.Equal("http://127.0.0.1:10/index", e.Resolve(Ecosystems.Cargo, "serde").Endpoint!.Key);
        Assert.Equal("http://127.0.0.1:11/gems", e.Resolve(Ecosystems.RubyGems, "rails").Endpoint!.Key);
        Assert.Equal("http://127.0.0.1:12/composer", e.Resolve(Ecosystems.Packagist, "a/b").Endpoint!.Key);
        Assert.Equal("http://127.0.0.1:13/maven2", e.Resolve(Ecosystems.Maven, "g:a").Endpoint!.Key);
    }

    [Fact]
    public void ConfigLoaderReadsRegistries()
    {
        var config = ConfigLoader.Parse("registries:\n  npm: http://127.0.0.1:1/npm/\n  cargo: sparse+http://127.0.0.1:2/index/\n", ".pairguard.yml");
        Assert.Equal("http://127.0.0.1:1/npm/", config.Registries["npm"]);
        Assert.Equal("sparse+http://127.0.0.1:2/index/", config.Registries["cargo"]);
        var error = Assert.Throws<ConfigException>(() => ConfigLoader.Parse("registries:\n  npm: not-a-url\n", ".pairguard.yml"));
        Assert.Contains(".pairguard.yml:2", error.Message, StringComparison.Ordinal);
    }
}
