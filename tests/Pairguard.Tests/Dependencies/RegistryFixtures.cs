using System.Globalization;
using System.Text.Json;
using Pairguard.Dependencies;
using Pairguard.Dependencies.Registries;

namespace Pairguard.Tests.Dependencies;

/// <summary>A package as a fixture registry publishes it.</summary>
public sealed record FakePackage(string Name, DateTimeOffset First, int Releases = 12)
{
    public bool Repository { get; init; } = true;

    public bool InstallScripts { get; init; }

    /// <summary>Version that is yanked/unlisted (versions are 1.0.0 … 1.0.N-1).</summary>
    public string? Yanked { get; init; }

    /// <summary>Published versions, oldest first, instead of 1.0.0 … 1.0.N-1 (then <see cref="Releases"/> is their count).</summary>
    public IReadOnlyList<string>? Versions { get; init; }

    public string Version(int i) => Versions is { } v ? v[i] : $"1.0.{i}";

    public DateTimeOffset Published(int i) => First.AddDays(i * 7.0 * Math.Min(1, 20.0 / Math.Max(1, Releases)));

    public IEnumerable<int> Indexes => Enumerable.Range(0, Versions?.Count ?? Releases);

    public string Latest => Version((Versions?.Count ?? Releases) - 1);
}

/// <summary>Publishes fake packages on a loopback registry in the wire format of every supported ecosystem, under one path prefix each.</summary>
public static class RegistryFixtures
{
    public static readonly DateTimeOffset Old = DateTimeOffset.UtcNow.AddYears(-4);

    public static string Iso(DateTimeOffset d) => d.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Standard profiles: established, new, single-release, install scripts, yanked.</summary>
    public static IEnumerable<FakePackage> Profiles(string prefix) =>
    [
        new FakePackage(prefix + "established", Old, 30),
        new FakePackage(prefix + "brandnew", DateTimeOffset.UtcNow.AddDays(-3), 3),
        new FakePackage(prefix + "single", Old, 1),
        new FakePackage(prefix + "scripted", Old, 20) { InstallScripts = true },
        new FakePackage(prefix + "withyanked", Old, 10) { Yanked = "1.0.9" },
    ];

    public static void Npm(LoopbackRegistry r, FakePackage p)
    {
        var versions = p.Indexes.ToDictionary(p.Version, i => (object)new Dictionary<string, object?>
        {
            ["name"] = p.Name,
            ["version"] = p.Version(i),
            ["scripts"] = p.InstallScripts ? new Dictionary<string, string> { ["postinstall"] = "node setup.js", ["test"] = "jest" } : new Dictionary<string, string> { ["test"] = "jest" },
            ["deprecated"] = p.Yanked == p.Version(i) ? "this version leaks memory" : null,
        });
        var time = p.Indexes.ToDictionary(p.Version, i => Iso(p.Published(i)));
        time["created"] = Iso(p.First);
        var doc = new Dictionary<string, object?>
        {
            ["name"] = p.Name,
            ["dist-tags"] = new { latest = p.Latest },
            ["versions"] = versions,
            ["time"] = time,
            ["repository"] = p.Repository ? new { type = "git", url = "git+https://example.invalid/" + p.Name + ".git" } : null,
        };
        var path = "/npm/" + (p.Name.StartsWith('@') ? "@" + Uri.EscapeDataString(p.Name[1..]) : p.Name);
        r.Map(path, LoopbackRegistry.Reply.Json(JsonSerializer.Serialize(doc)));
    }

    public static void PyPI(LoopbackRegistry r, FakePackage p)
    {
        var n = Ecosystems.NormalizePython(p.Name);
        var files = new List<object>();
        foreach (var i in p.Indexes)
        {
            var v = p.Version(i);
            files.Add(new Dictionary<string, object> { ["filename"] = $"{n}-{v}.tar.gz", ["url"] = "x", ["hashes"] = new { }, ["upload-time"] = Iso(p.Published(i)), ["yanked"] = p.Yanked == v ? (object)"broken build" : false });
            if (!p.InstallScripts)
            {
                files.Add(new Dictionary<string, object> { ["filename"] = $"{n.Replace('-', '_')}-{v}-py3-none-any.whl", ["url"] = "x", ["hashes"] = new { }, ["upload-time"] = Iso(p.Published(i)), ["yanked"] = p.Yanked == v ? (object)"broken build" : false });
            }
        }

        var simple = new Dictionary<string, object> { ["meta"] = new { api_version = "1.1" }, ["name"] = n, ["versions"] = p.Indexes.Select(p.Version).ToList(), ["files"] = files };
        r.Map($"/pypi/simple/{n}/", new LoopbackRegistry.Reply(200, JsonSerializer.SerializeToUtf8Bytes(simple), "application/vnd.pypi.simple.v1+json"));
        var info = new Dictionary<string, object?>
        {
            ["info"] = new Dictionary<string, object?>
            {
                ["name"] = p.Name,
                ["home_page"] = "",
                ["project_urls"] = p.Repository ? new Dictionary<string, string> { ["Source"] = "https://example.invalid/" + n } : null,
            },
        };
        r.Map($"/pypi/pypi/{n}/json", LoopbackRegistry.Reply.Json(JsonSerializer.Serialize(info)));
    }

    public static void NuGetIndex(LoopbackRegistry r) =>
        r.Map("/nuget/v3/index.json", LoopbackRegistry.Reply.Json(JsonSerializer.Serialize(new
        {
            version = "3.0.0",
            resources = new object[]
            {
                new Dictionary<string, string> { ["@id"] = r.BaseUrl + "/nuget/flat/", ["@type"] = "PackageBaseAddress/3.0.0" },
                new Dictionary<string, string> { ["@id"] = r.BaseUrl + "/nuget/reg/", ["@type"] = "RegistrationsBaseUrl/3.6.0" },
            },
        })));

    public static void NuGet(LoopbackRegistry r, FakePackage p)
    {
        var id = p.Name.ToLowerInvariant();
        var leaves = p.Indexes.Select(i => new Dictionary<string, object>
        {
            ["catalogEntry"] = new Dictionary<string, object?>
            {
                ["id"] = p.Name,
                ["version"] = p.Version(i),
                ["published"] = p.Yanked == p.Version(i) ? "1900-01-01T00:00:00+00:00" : Iso(p.Published(i)),
                ["listed"] = p.Yanked != p.Version(i),
                ["projectUrl"] = p.Repository ? "https://example.invalid/" + id : "",
            },
        }).ToList();
        var index = new { count = 1, items = new[] { new Dictionary<string, object> { ["@id"] = r.BaseUrl + $"/nuget/reg/{id}/index.json#page", ["count"] = leaves.Count, ["items"] = leaves } } };
        r.Map($"/nuget/reg/{id}/index.json", LoopbackRegistry.Reply.Json(JsonSerializer.Serialize(index)));
    }

    public static void Go(LoopbackRegistry r, FakePackage p)
    {
        var escaped = GoProxyClient.Escape(p.Name);
        r.Map($"/go/{escaped}/@v/list", LoopbackRegistry.Reply.Text(string.Join('\n', p.Indexes.Select(i => "v" + p.Version(i))) + "\n"));
        foreach (var i in p.Indexes)
        {
            r.Map($"/go/{escaped}/@v/v{p.Version(i)}.info", LoopbackRegistry.Reply.Json(JsonSerializer.Serialize(new { Version = "v" + p.Version(i), Time = Iso(p.Published(i)) })));
        }
    }

    public static void Cargo(LoopbackRegistry r, FakePackage p)
    {
        var lines = p.Indexes.Select(i => JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["name"] = p.Name,
            ["vers"] = p.Version(i),
            ["deps"] = Array.Empty<object>(),
            ["cksum"] = "00",
            ["features"] = new { },
            ["yanked"] = p.Yanked == p.Version(i),
            ["pubtime"] = Iso(p.Published(i)),
        }));
        r.Map("/cargo/" + CargoClient.IndexPath(p.Name), LoopbackRegistry.Reply.Text(string.Join('\n', lines) + "\n"));
    }

    public static void RubyGems(LoopbackRegistry r, FakePackage p)
    {
        var versions = p.Indexes.Reverse().Select(i => new Dictionary<string, object> { ["number"] = p.Version(i), ["created_at"] = Iso(p.Published(i)), ["prerelease"] = false });
        r.Map($"/gems/api/v1/versions/{p.Name}.json", LoopbackRegistry.Reply.Json(JsonSerializer.Serialize(versions)));
        r.Map($"/gems/api/v1/gems/{p.Name}.json", LoopbackRegistry.Reply.Json(JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["name"] = p.Name,
            ["homepage_uri"] = null,
            ["source_code_uri"] = p.Repository ? "https://example.invalid/" + p.Name : null,
        })));
    }

    public static void Composer(LoopbackRegistry r, FakePackage p)
    {
        var entries = p.Indexes.Reverse().Select(i => new Dictionary<string, object?>
        {
            ["name"] = p.Name,
            ["version"] = p.Version(i),
            ["time"] = Iso(p.Published(i)),
            ["source"] = p.Repository ? new { type = "git", url = "https://example.invalid/" + p.Name + ".git" } : null,
        });
        r.Map($"/composer/p2/{p.Name}.json", LoopbackRegistry.Reply.Json(JsonSerializer.Serialize(new { packages = new Dictionary<string, object> { [p.Name] = entries } })));
    }

    public static void Maven(LoopbackRegistry r, FakePackage p)
    {
        var parts = p.Name.Split(':');
        var xml = $"<?xml version=\"1.0\"?>\n<metadata><groupId>{parts[0]}</groupId><artifactId>{parts[1]}</artifactId><versioning><latest>{p.Latest}</latest><release>{p.Latest}</release><versions>"
            + string.Concat(p.Indexes.Select(i => $"<version>{p.Version(i)}</version>")) + "</versions></versioning></metadata>";
        r.Map($"/maven/{parts[0].Replace('.', '/')}/{parts[1]}/maven-metadata.xml", LoopbackRegistry.Reply.Text(xml, "application/xml"));
    }

    /// <summary>Pairguard configuration pointing every ecosystem at the loopback registry.</summary>
    public static Dictionary<string, string> Registries(LoopbackRegistry r) => new()
    {
        ["npm"] = r.BaseUrl + "/npm/",
        ["pypi"] = r.BaseUrl + "/pypi/simple/",
        ["nuget"] = r.BaseUrl + "/nuget/v3/index.json",
        ["go"] = r.BaseUrl + "/go/",
        ["cargo"] = "sparse+" + r.BaseUrl + "/cargo/",
        ["rubygems"] = r.BaseUrl + "/gems/",
        ["packagist"] = r.BaseUrl + "/composer/",
        ["maven"] = r.BaseUrl + "/maven/",
    };

    /// <summary>Endpoint discovery that sees only the given registries (no files, no environment, no clients).</summary>
    public static EndpointDiscoveryOptions Discovery(LoopbackRegistry r, string? projectDirectory = null) => new()
    {
        ProjectDirectory = projectDirectory ?? Path.GetTempPath(),
        Configured = Registries(r),
        Environment = _ => null,
        HomeDirectory = null,
        AskClients = false,
    };

    /// <summary>Publishes the standard profiles for every ecosystem.</summary>
    public static void PublishAll(LoopbackRegistry r)
    {
        NuGetIndex(r);
        foreach (var p in Profiles("demo-"))
        {
            Npm(r, p);
            PyPI(r, p);
            NuGet(r, p with { Name = "Demo." + p.Name[5..] });
            Go(r, p with { Name = "example.invalid/demo/" + p.Name[5..] });
            Cargo(r, p);
            RubyGems(r, p);
            Composer(r, p with { Name = "demo/" + p.Name[5..] });
            Maven(r, p with { Name = "com.example:" + p.Name[5..] });
        }
    }
}
