using System.Collections.Concurrent;
using System.Diagnostics;
using System.Xml;
using System.Xml.Linq;
using Tomlyn;
using Tomlyn.Model;

namespace Pairguard.Dependencies.Registries;

/// <summary>Inputs of endpoint discovery: the project, Pairguard's own <c>registries:</c> settings, the environment and whether installed clients may be asked.</summary>
public sealed record EndpointDiscoveryOptions
{
    public required string ProjectDirectory { get; init; }

    /// <summary>Ecosystem (or alias) → base URL from <c>.pairguard.yml</c> <c>registries:</c>; these win over everything else.</summary>
    public IReadOnlyDictionary<string, string> Configured { get; init; } = new Dictionary<string, string>();

    /// <summary>Environment variable lookup (injectable for tests).</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    /// <summary>The user's home directory (null: none).</summary>
    public string? HomeDirectory { get; init; } = System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile);

    /// <summary>Ask installed clients (<c>npm config get registry</c>, <c>dotnet nuget list source</c>, <c>go env GOPROXY</c>) when no file sets an endpoint.</summary>
    public bool AskClients { get; init; } = true;

    public TimeSpan ClientTimeout { get; init; } = TimeSpan.FromSeconds(10);
}

/// <summary>The endpoint of a package, or why there is none and which setting to add.</summary>
public sealed record EndpointResolution(RegistryEndpoint? Endpoint, string? Missing);

/// <summary>Finds each ecosystem's registry from the user's own configuration; no registry address is built in.</summary>
public sealed class RegistryEndpoints
{
    private readonly EndpointDiscoveryOptions _options;
    private readonly ConcurrentDictionary<string, Lazy<Discovered>> _discovered = new(StringComparer.Ordinal);

    public RegistryEndpoints(EndpointDiscoveryOptions options)
    {
        _options = options;
    }

    /// <summary>The exact setting that gives an ecosystem an endpoint.</summary>
    public static string HowToConfigure(string ecosystem) => ecosystem switch
    {
        Ecosystems.Npm => "set `registry=<url>` in .npmrc (or `registries: { npm: <url> }` in .pairguard.yml)",
        Ecosystems.PyPI => "set PIP_INDEX_URL or `index-url = <url>/simple` under [global] in pip.conf (or `registries: { pypi: <url>/simple }` in .pairguard.yml)",
        Ecosystems.NuGet => "add a v3 source (`<add key=\"…\" value=\"<url>/index.json\" />`) under <packageSources> in NuGet.Config (or `registries: { nuget: <url>/index.json }` in .pairguard.yml)",
        Ecosystems.Go => "set GOPROXY (`go env -w GOPROXY=<url>`) (or `registries: { go: <url> }` in .pairguard.yml)",
        Ecosystems.Cargo => "replace the crates-io source in .cargo/config.toml (`[source.crates-io] replace-with = \"mirror\"` and `[source.mirror] registry = \"sparse+<url>/\"`) (or `registries: { cargo: sparse+<url>/ }` in .pairguard.yml)",
        Ecosystems.RubyGems => "add `source \"<url>\"` to the Gemfile or `:sources:` to ~/.gemrc (or `registries: { rubygems: <url> }` in .pairguard.yml)",
        Ecosystems.Packagist => "add `\"repositories\": [{ \"type\": \"composer\", \"url\": \"<url>\" }]` to composer.json (or `registries: { packagist: <url> }` in .pairguard.yml)",
        Ecosystems.Maven => "add a <mirror> with <mirrorOf>*</mirrorOf> to ~/.m2/settings.xml or a <repository> to pom.xml (or `registries: { maven: <url> }` in .pairguard.yml)",
        _ => $"add `registries: {{ {ecosystem}: <url> }}` to .pairguard.yml",
    };

    /// <summary>The endpoint to ask about a package (npm scoped registries honoured).</summary>
    public EndpointResolution Resolve(string ecosystem, string packageName)
    {
        var d = _discovered.GetOrAdd(ecosystem, e => new Lazy<Discovered>(() => Discover(e))).Value;
        if (ecosystem == Ecosystems.Npm && packageName.StartsWith('@') && packageName.Contains('/'))
        {
            var scope = packageName[..packageName.IndexOf('/')];
            if (d.Scopes.TryGetValue(scope, out var scoped))
            {
                return new EndpointResolution(scoped, null);
            }
        }

        return d.Default is { } endpoint
            ? new EndpointResolution(endpoint, null)
            : new EndpointResolution(null, $"no {ecosystem} registry is configured: {HowToConfigure(ecosystem)}");
    }

    private sealed record Discovered(RegistryEndpoint? Default, IReadOnlyDictionary<string, RegistryEndpoint> Scopes);

    private Discovered Discover(string ecosystem)
    {
        var scopes = new Dictionary<string, RegistryEndpoint>(StringComparer.Ordinal);
        foreach (var (key, value) in _options.Configured)
        {
            if (Ecosystems.Normalize(key) == ecosystem && MakeEndpoint(ecosystem, value, ".pairguard.yml registries") is { } configured)
            {
                return new Discovered(ecosystem == Ecosystems.Npm ? WithNpmToken(configured) : configured, scopes);
            }
        }

        try
        {
            var found = ecosystem switch
            {
                Ecosystems.Npm => Npm(scopes),
                Ecosystems.PyPI => Python(),
                Ecosystems.NuGet => NuGet(),
                Ecosystems.Go => Go(),
                Ecosystems.Cargo => Cargo(),
                Ecosystems.RubyGems => Ruby(),
                Ecosystems.Packagist => Composer(),
                Ecosystems.Maven => Maven(),
                _ => null,
            };
            return new Discovered(found, scopes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or XmlException or TomlException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return new Discovered(null, scopes);
        }
    }

    private static RegistryEndpoint? MakeEndpoint(string ecosystem, string? url, string source)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var u = url.Trim().Trim('"', '\'');
        if (u.StartsWith("sparse+", StringComparison.Ordinal))
        {
            u = u[7..];
        }

        return Uri.TryCreate(u, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? new RegistryEndpoint(ecosystem, uri, source)
            : null;
    }

    private IEnumerable<string> ProjectAndParents()
    {
        var dir = new DirectoryInfo(Path.GetFullPath(_options.ProjectDirectory));
        while (dir is not null)
        {
            yield return dir.FullName;
            dir = dir.Parent;
        }
    }

    private string? Home(params string[] parts) => _options.HomeDirectory is { Length: > 0 } h ? Path.Combine([h, .. parts]) : null;

    private string? Env(string name) => _options.Environment(name) is { Length: > 0 } v ? v : null;

    private List<(string File, Dictionary<string, string> Values)> _npmrcs = [];

    private RegistryEndpoint? Npm(Dictionary<string, RegistryEndpoint> scopes)
    {
        var files = new List<string>();
        var project = ProjectAndParents().Select(d => Path.Combine(d, ".npmrc")).FirstOrDefault(File.Exists);
        if (project is not null)
        {
            files.Add(project);
        }

        var user = Env("NPM_CONFIG_USERCONFIG") ?? Env("npm_config_userconfig") ?? Home(".npmrc");
        if (user is not null && File.Exists(user) && !files.Contains(user))
        {
            files.Add(user);
        }

        _npmrcs = files.Select(f => (f, ParseIni(File.ReadAllLines(f), null))).ToList();
        RegistryEndpoint? result = MakeEndpoint(Ecosystems.Npm, Env("NPM_CONFIG_REGISTRY") ?? Env("npm_config_registry"), "NPM_CONFIG_REGISTRY");
        foreach (var (file, values) in _npmrcs)
        {
            result ??= MakeEndpoint(Ecosystems.Npm, values.GetValueOrDefault("registry"), file);
            foreach (var (k, v) in values)
            {
                if (k.StartsWith('@') && k.EndsWith(":registry", StringComparison.Ordinal) && MakeEndpoint(Ecosystems.Npm, v, file) is { } scoped)
                {
                    scopes.TryAdd(k[..^":registry".Length], WithNpmToken(scoped));
                }
            }
        }

        if (result is null && _options.AskClients && RunClient("npm", ["config", "get", "registry"]) is { } output)
        {
            result = MakeEndpoint(Ecosystems.Npm, output.Trim().Split('\n')[0], "npm config get registry");
        }

        return result is null ? null : WithNpmToken(result);
    }

    private RegistryEndpoint WithNpmToken(RegistryEndpoint endpoint)
    {
        var target = "//" + endpoint.BaseUrl.Authority + endpoint.BaseUrl.AbsolutePath;
        foreach (var (_, values) in _npmrcs)
        {
            foreach (var (k, v) in values)
            {
                if (k.EndsWith(":_authToken", StringComparison.Ordinal) && k.StartsWith("//", StringComparison.Ordinal))
                {
                    var prefix = k[..^":_authToken".Length];
                    if (target.StartsWith(prefix.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
                    {
                        return endpoint with { Token = v };
                    }
                }
            }
        }

        return endpoint;
    }

    private RegistryEndpoint? Python()
    {
        foreach (var variable in new[] { "PIP_INDEX_URL", "UV_DEFAULT_INDEX", "UV_INDEX_URL" })
        {
            if (MakeEndpoint(Ecosystems.PyPI, Env(variable), variable) is { } e)
            {
                return e;
            }
        }

        var pyproject = Path.Combine(_options.ProjectDirectory, "pyproject.toml");
        if (File.Exists(pyproject))
        {
            try
            {
                var root = TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(pyproject)) ?? new TomlTable();
                if (root.TryGetValue("tool", out var t) && t is TomlTable tool && tool.TryGetValue("uv", out var u) && u is TomlTable uv && uv.TryGetValue("index", out var i) && i is TomlTableArray indexes)
                {
                    var chosen = indexes.FirstOrDefault(x => x.TryGetValue("default", out var d) && d is true);
                    if (chosen is not null && chosen.TryGetValue("url", out var url) && MakeEndpoint(Ecosystems.PyPI, url as string, pyproject + " [[tool.uv.index]]") is { } e)
                    {
                        return e;
                    }
                }
            }
            catch (TomlException)
            {
            }
        }

        var candidates = new List<string?> { Env("PIP_CONFIG_FILE") };
        var xdg = Env("XDG_CONFIG_HOME") ?? Home(".config");
        candidates.Add(xdg is null ? null : Path.Combine(xdg, "pip", "pip.conf"));
        candidates.Add(Home(".pip", "pip.conf"));
        candidates.Add("/etc/pip.conf");
        foreach (var file in candidates)
        {
            if (file is null || !File.Exists(file))
            {
                continue;
            }

            var values = ParseIni(File.ReadAllLines(file), "global");
            var install = ParseIni(File.ReadAllLines(file), "install");
            if (MakeEndpoint(Ecosystems.PyPI, values.GetValueOrDefault("index-url") ?? install.GetValueOrDefault("index-url"), file) is { } e)
            {
                return e;
            }
        }

        return null;
    }

    private RegistryEndpoint? NuGet()
    {
        var files = ProjectAndParents()
            .SelectMany(d => new[] { "NuGet.Config", "nuget.config", "NuGet.config" }.Select(n => Path.Combine(d, n)))
            .Where(File.Exists).Distinct().ToList();
        var user = Home(".nuget", "NuGet", "NuGet.Config");
        if (user is not null && File.Exists(user))
        {
            files.Add(user);
        }

        foreach (var file in files)
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(file, settings);
            var doc = XDocument.Load(reader);
            var sources = doc.Root?.Element("packageSources");
            if (sources is null)
            {
                continue;
            }

            var disabled = doc.Root?.Element("disabledPackageSources")?.Elements("add")
                .Where(a => string.Equals(a.Attribute("value")?.Value, "true", StringComparison.OrdinalIgnoreCase))
                .Select(a => a.Attribute("key")?.Value).ToHashSet() ?? [];
            foreach (var add in sources.Elements("add"))
            {
                var value = add.Attribute("value")?.Value;
                if (disabled.Contains(add.Attribute("key")?.Value) || value is null || !value.EndsWith("index.json", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (MakeEndpoint(Ecosystems.NuGet, value, file) is { } e)
                {
                    return e;
                }
            }

            if (sources.Elements("clear").Any())
            {
                return null;
            }
        }

        if (_options.AskClients && RunClient("dotnet", ["nuget", "list", "source", "--format", "short"]) is { } output)
        {
            foreach (var line in output.Split('\n'))
            {
                var t = line.Trim();
                if (t.StartsWith('E') && t.Length > 2 && MakeEndpoint(Ecosystems.NuGet, t[1..].Trim(), "dotnet nuget list source") is { } e && t.EndsWith("index.json", StringComparison.OrdinalIgnoreCase))
                {
                    return e;
                }
            }
        }

        return null;
    }

    private RegistryEndpoint? Go()
    {
        var value = Env("GOPROXY");
        var source = "GOPROXY";
        if (value is null && _options.AskClients)
        {
            value = RunClient("go", ["env", "GOPROXY"])?.Trim();
            source = "go env GOPROXY";
        }

        foreach (var entry in (value ?? "").Split([',', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (MakeEndpoint(Ecosystems.Go, entry, source) is { } e)
            {
                return e;
            }
        }

        return null;
    }

    private RegistryEndpoint? Cargo()
    {
        var files = ProjectAndParents().SelectMany(d => new[] { Path.Combine(d, ".cargo", "config.toml"), Path.Combine(d, ".cargo", "config") }).ToList();
        var cargoHome = Env("CARGO_HOME") ?? Home(".cargo");
        if (cargoHome is not null)
        {
            files.Add(Path.Combine(cargoHome, "config.toml"));
            files.Add(Path.Combine(cargoHome, "config"));
        }

        foreach (var file in files.Where(File.Exists).Distinct())
        {
            TomlTable root;
            try
            {
                root = TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(file)) ?? new TomlTable();
            }
            catch (TomlException)
            {
                continue;
            }

            if (!root.TryGetValue("source", out var s) || s is not TomlTable sources || !sources.TryGetValue("crates-io", out var c) || c is not TomlTable cratesIo
                || !cratesIo.TryGetValue("replace-with", out var r) || r is not string replacement)
            {
                continue;
            }

            string? url = null;
            if (sources.TryGetValue(replacement, out var rs) && rs is TomlTable replaced && replaced.TryGetValue("registry", out var reg))
            {
                url = reg as string;
            }
            else if (root.TryGetValue("registries", out var regs) && regs is TomlTable registries && registries.TryGetValue(replacement, out var named) && named is TomlTable n && n.TryGetValue("index", out var idx))
            {
                url = idx as string;
            }

            if (url is not null && url.StartsWith("sparse+", StringComparison.Ordinal) && MakeEndpoint(Ecosystems.Cargo, url, file) is { } e)
            {
                return e;
            }
        }

        return null;
    }

    private RegistryEndpoint? Ruby()
    {
        foreach (var name in new[] { "Gemfile", "gems.rb" })
        {
            var gemfile = Path.Combine(_options.ProjectDirectory, name);
            if (!File.Exists(gemfile))
            {
                continue;
            }

            foreach (var line in File.ReadLines(gemfile))
            {
                var t = line.Trim();
                if (t.StartsWith("source ", StringComparison.Ordinal) || t.StartsWith("source(", StringComparison.Ordinal))
                {
                    var url = t[6..].Trim().TrimStart('(').Split([' ', ')', ','], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim('"', '\'');
                    if (MakeEndpoint(Ecosystems.RubyGems, url, gemfile) is { } e)
                    {
                        return e;
                    }
                }
            }
        }

        var gemrc = Home(".gemrc");
        if (gemrc is not null && File.Exists(gemrc))
        {
            var inSources = false;
            foreach (var line in File.ReadLines(gemrc))
            {
                var t = line.Trim();
                if (t.StartsWith(":sources:", StringComparison.Ordinal))
                {
                    inSources = true;
                    continue;
                }

                if (inSources && t.StartsWith("- ", StringComparison.Ordinal) && MakeEndpoint(Ecosystems.RubyGems, t[2..], gemrc) is { } e)
                {
                    return e;
                }

                if (inSources && !t.StartsWith('-'))
                {
                    inSources = false;
                }
            }
        }

        return null;
    }

    private RegistryEndpoint? Composer()
    {
        var files = new List<string> { Path.Combine(_options.ProjectDirectory, "composer.json") };
        var home = Env("COMPOSER_HOME") ?? Home(".config", "composer");
        if (home is not null)
        {
            files.Add(Path.Combine(home, "config.json"));
        }

        foreach (var file in files.Where(File.Exists))
        {
            using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(file), new System.Text.Json.JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = System.Text.Json.JsonCommentHandling.Skip });
            if (!doc.RootElement.TryGetProperty("repositories", out var repos))
            {
                continue;
            }

            var entries = repos.ValueKind == System.Text.Json.JsonValueKind.Array ? repos.EnumerateArray().ToList()
                : repos.ValueKind == System.Text.Json.JsonValueKind.Object ? repos.EnumerateObject().Select(p => p.Value).ToList() : [];
            foreach (var r in entries)
            {
                if (JsonRead.Str(r, "type") == "composer" && MakeEndpoint(Ecosystems.Packagist, JsonRead.Str(r, "url"), file) is { } e)
                {
                    return e;
                }
            }
        }

        return null;
    }

    private RegistryEndpoint? Maven()
    {
        var settings = Home(".m2", "settings.xml");
        if (settings is not null && File.Exists(settings))
        {
            using var reader = XmlReader.Create(settings, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            var doc = XDocument.Load(reader);
            foreach (var mirror in doc.Descendants().Where(e => e.Name.LocalName == "mirror"))
            {
                var of = mirror.Elements().FirstOrDefault(e => e.Name.LocalName == "mirrorOf")?.Value ?? "";
                var url = mirror.Elements().FirstOrDefault(e => e.Name.LocalName == "url")?.Value;
                if ((of.Contains('*') || of.Contains("central", StringComparison.Ordinal)) && MakeEndpoint(Ecosystems.Maven, url, settings) is { } e)
                {
                    return e;
                }
            }
        }

        var pom = Path.Combine(_options.ProjectDirectory, "pom.xml");
        if (File.Exists(pom))
        {
            using var reader = XmlReader.Create(pom, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            var doc = XDocument.Load(reader);
            var url = doc.Descendants().Where(e => e.Name.LocalName == "repository").SelectMany(r => r.Elements()).FirstOrDefault(e => e.Name.LocalName == "url")?.Value;
            return MakeEndpoint(Ecosystems.Maven, url, pom);
        }

        return null;
    }

    /// <summary>Parses INI/npmrc lines (<c>key=value</c>, <c>;</c>/<c>#</c> comments, <c>${VAR}</c> expansion); with a section, only that section's keys.</summary>
    private Dictionary<string, string> ParseIni(IEnumerable<string> lines, string? section)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var current = "";
        foreach (var raw in lines)
        {
            var t = raw.Trim();
            if (t.Length == 0 || t[0] is ';' or '#')
            {
                continue;
            }

            if (t.StartsWith('[') && t.EndsWith(']'))
            {
                current = t[1..^1].Trim();
                continue;
            }

            if (section is not null && !current.Equals(section, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var eq = t.IndexOf('=');
            if (eq <= 0)
            {
                continue;
            }

            var value = t[(eq + 1)..].Trim();
            while (value.IndexOf("${", StringComparison.Ordinal) is var at and >= 0 && value.IndexOf('}', at) is var end and > 0)
            {
                value = value[..at] + (Env(value[(at + 2)..end]) ?? "") + value[(end + 1)..];
            }

            result[t[..eq].Trim()] = value;
        }

        return result;
    }

    private string? RunClient(string program, string[] arguments)
    {
        try
        {
            var info = new ProcessStartInfo(program)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = Directory.Exists(_options.ProjectDirectory) ? _options.ProjectDirectory : Environment.CurrentDirectory,
            };
            foreach (var a in arguments)
            {
                info.ArgumentList.Add(a);
            }

            info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            info.Environment["DOTNET_NOLOGO"] = "1";
            using var process = Process.Start(info);
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(_options.ClientTimeout))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }

            return process.ExitCode == 0 ? output.GetAwaiter().GetResult() : null;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            return null;
        }
    }
}
