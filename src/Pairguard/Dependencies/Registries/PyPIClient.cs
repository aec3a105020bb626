using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Pairguard.Dependencies.Registries;

/// <summary>Python package index: the PEP 691 JSON simple API (PEP 700 versions and upload times; HTML simple pages as a fallback), then the project JSON API where the index offers it (repository, homepage).</summary>
public sealed partial class PyPIClient(RegistryHttp http) : IRegistryClient
{
    private const string SimpleJson = "application/vnd.pypi.simple.v1+json";

    public string Ecosystem => Ecosystems.PyPI;

    public async Task<RegistryLookup> LookupAsync(RegistryEndpoint endpoint, string name, CancellationToken cancellationToken)
    {
        var normalized = Ecosystems.NormalizePython(name);
        var simple = await http.GetAsync(endpoint.Combine(normalized + "/"), $"{SimpleJson}, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01", endpoint.Token, cancellationToken).ConfigureAwait(false);
        if (simple.NotFound)
        {
            return RegistryLookup.Missing;
        }

        if (!simple.Ok)
        {
            return RegistryLookup.Failed(simple.Describe());
        }

        var files = new List<(string Version, string File, DateTimeOffset? Uploaded, bool Yanked)>();
        var versions = new List<string>();
        if (simple.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
        {
            using var doc = JsonRead.Parse(simple.Body);
            if (doc is null || doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                return RegistryLookup.Failed($"{endpoint.BaseUrl.Authority} returned malformed JSON for '{name}'");
            }

            if (JsonRead.Prop(doc.RootElement, "versions", JsonValueKind.Array) is { } vs)
            {
                versions.AddRange(vs.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!));
            }

            if (JsonRead.Prop(doc.RootElement, "files", JsonValueKind.Array) is { } fs)
            {
                foreach (var f in fs.EnumerateArray())
                {
                    var filename = JsonRead.Str(f, "filename");
                    if (filename is null)
                    {
                        continue;
                    }

                    files.Add((VersionOf(filename, normalized) ?? "", filename, JsonRead.Date(JsonRead.Str(f, "upload-time")), JsonRead.True(f, "yanked")));
                }
            }
        }
        else
        {
            var html = Encoding.UTF8.GetString(simple.Body);
            foreach (Match m in Anchor().Matches(html))
            {
                var filename = System.Net.WebUtility.HtmlDecode(m.Groups["text"].Value.Trim());
                files.Add((VersionOf(filename, normalized) ?? "", filename, null, m.Groups["attrs"].Value.Contains("data-yanked", StringComparison.Ordinal)));
            }
        }

        if (versions.Count == 0)
        {
            versions.AddRange(files.Select(f => f.Version).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal));
        }

        if (versions.Count == 0 && files.Count == 0)
        {
            return RegistryLookup.Missing;
        }

        var byVersion = new Dictionary<string, VersionInfo>(StringComparer.Ordinal);
        foreach (var v in versions)
        {
            var vf = files.Where(f => f.Version == v).ToList();
            byVersion[v] = new VersionInfo
            {
                Version = v,
                Published = vf.Select(f => f.Uploaded).Where(u => u is not null).DefaultIfEmpty(null).Min(),
                Yanked = vf.Count > 0 && vf.All(f => f.Yanked),
                SourceOnly = vf.Count > 0 && !vf.Any(f => f.File.EndsWith(".whl", StringComparison.OrdinalIgnoreCase)),
            };
        }

        var latest = versions.LastOrDefault(v => byVersion.TryGetValue(v, out var info) && !info.Yanked);
        var package = new PackageInfo
        {
            Name = name,
            FirstPublished = files.Select(f => f.Uploaded).Where(u => u is not null).DefaultIfEmpty(null).Min(),
            ReleaseCount = versions.Count,
            Latest = latest,
            Versions = byVersion,
            RepositoryKnown = false,
        };

        return RegistryLookup.Of(await AddProjectMetadataAsync(endpoint, normalized, package, cancellationToken).ConfigureAwait(false));
    }

    private async Task<PackageInfo> AddProjectMetadataAsync(RegistryEndpoint endpoint, string normalized, PackageInfo package, CancellationToken ct)
    {
        var key = endpoint.Key;
        if (!key.EndsWith("/simple", StringComparison.OrdinalIgnoreCase))
        {
            return package;
        }

        var root = key[..^"/simple".Length];
        var result = await http.GetAsync(new Uri($"{root}/pypi/{normalized}/json"), "application/json", endpoint.Token, ct).ConfigureAwait(false);
        if (!result.Ok)
        {
            return package;
        }

        using var doc = JsonRead.Parse(result.Body);
        if (doc is null || JsonRead.Prop(doc.RootElement, "info", JsonValueKind.Object) is not { } info)
        {
            return package;
        }

        string? repository = null;
        if (JsonRead.Prop(info, "project_urls", JsonValueKind.Object) is { } urls)
        {
            foreach (var u in urls.EnumerateObject())
            {
                var label = u.Name.ToLowerInvariant();
                if (u.Value.ValueKind == JsonValueKind.String && (label.Contains("source") || label.Contains("repo") || label.Contains("code") || label.Contains("github") || label.Contains("git")))
                {
                    repository ??= u.Value.GetString();
                }
            }

            repository ??= urls.EnumerateObject().Where(u => u.Value.ValueKind == JsonValueKind.String).Select(u => u.Value.GetString()).FirstOrDefault();
        }

        var homepage = JsonRead.Str(info, "home_page") is { Length: > 0 } h ? h : JsonRead.Str(info, "project_url");
        return package with { Repository = repository, Homepage = string.IsNullOrWhiteSpace(homepage) ? null : homepage, RepositoryKnown = true };
    }

    /// <summary>Version of a distribution file name (wheel <c>name-ver-…whl</c> or sdist <c>name-ver.tar.gz</c>), or null.</summary>
    public static string? VersionOf(string filename, string normalizedName)
    {
        if (filename.EndsWith(".whl", StringComparison.OrdinalIgnoreCase))
        {
            var parts = filename.Split('-');
            return parts.Length >= 5 ? parts[1] : null;
        }

        foreach (var ext in new[] { ".tar.gz", ".zip", ".tar.bz2", ".tgz", ".egg" })
        {
            if (filename.EndsWith(ext, StringComparison.OrdinalIgnoreCase))
            {
                var stem = filename[..^ext.Length];
                if (ext == ".egg")
                {
                    var p = stem.Split('-');
                    return p.Length >= 2 ? p[1] : null;
                }

                var dash = stem.LastIndexOf('-');
                return dash > 0 && Ecosystems.NormalizePython(stem[..dash]) == normalizedName ? stem[(dash + 1)..] : (dash > 0 ? stem[(dash + 1)..] : null);
            }
        }

        return null;
    }

    [GeneratedRegex("""<a\s(?<attrs>[^>]*)>(?<text>[^<]*)</a>""", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Anchor();
}
