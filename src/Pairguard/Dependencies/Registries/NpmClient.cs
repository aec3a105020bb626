using System.Text.Json;

namespace Pairguard.Dependencies.Registries;

/// <summary>npm registry: the packument (<c>GET {registry}/{name}</c>) gives versions, publish times, repository, scripts and deprecations.</summary>
public sealed class NpmClient(RegistryHttp http) : IRegistryClient
{
    private static readonly string[] InstallScripts = ["preinstall", "install", "postinstall"];

    public string Ecosystem => Ecosystems.Npm;

    public async Task<RegistryLookup> LookupAsync(RegistryEndpoint endpoint, string name, CancellationToken cancellationToken)
    {
        var path = name.StartsWith('@') ? "@" + Uri.EscapeDataString(name[1..]) : Uri.EscapeDataString(name);
        var result = await http.GetAsync(endpoint.Combine(path), "application/json", endpoint.Token, cancellationToken).ConfigureAwait(false);
        if (result.NotFound)
        {
            return RegistryLookup.Missing;
        }

        if (!result.Ok)
        {
            return RegistryLookup.Failed(result.Describe());
        }

        using var doc = JsonRead.Parse(result.Body);
        if (doc is null || doc.RootElement.ValueKind != JsonValueKind.Object)
        {
            return RegistryLookup.Failed($"{endpoint.BaseUrl.Authority} returned malformed JSON for '{name}'");
        }

        return Parse(name, doc.RootElement);
    }

    private static string? Repository(JsonElement e) =>
        JsonRead.Str(e, "repository") ?? (JsonRead.Prop(e, "repository", JsonValueKind.Object) is { } r ? JsonRead.Str(r, "url") : null);

    /// <summary>Reads a packument (full or as a mirror trims it: repository and homepage are also taken from the latest version).</summary>
    public static RegistryLookup Parse(string name, JsonElement root)
    {
        var times = JsonRead.Prop(root, "time", JsonValueKind.Object);
        var versions = new Dictionary<string, VersionInfo>(StringComparer.Ordinal);
        if (JsonRead.Prop(root, "versions", JsonValueKind.Object) is { } vs)
        {
            foreach (var v in vs.EnumerateObject())
            {
                var scripts = JsonRead.Prop(v.Value, "scripts", JsonValueKind.Object);
                var install = scripts is { } s ? InstallScripts.Where(k => JsonRead.Str(s, k) is { Length: > 0 }).ToList() : [];
                if (install.Count == 0 && JsonRead.True(v.Value, "hasInstallScript"))
                {
                    install.Add("install");
                }

                versions[v.Name] = new VersionInfo
                {
                    Version = v.Name,
                    Published = times is { } t ? JsonRead.Date(JsonRead.Str(t, v.Name)) : null,
                    Deprecated = JsonRead.Str(v.Value, "deprecated") is { Length: > 0 } dep ? dep : null,
                    InstallScripts = install,
                };
            }
        }

        if (versions.Count == 0)
        {
            return RegistryLookup.Missing;
        }

        var latestName = JsonRead.Prop(root, "dist-tags", JsonValueKind.Object) is { } dt ? JsonRead.Str(dt, "latest") : null;
        var latestDoc = latestName is not null && JsonRead.Prop(root, "versions", JsonValueKind.Object) is { } all && JsonRead.Prop(all, latestName, JsonValueKind.Object) is { } lv0 ? lv0 : (JsonElement?)null;
        var repository = Repository(root) ?? (latestDoc is { } ld ? Repository(ld) : null);
        var homepage = JsonRead.Str(root, "homepage") ?? (latestDoc is { } lh ? JsonRead.Str(lh, "homepage") : null);
        var created = times is { } tt ? JsonRead.Date(JsonRead.Str(tt, "created")) : null;
        var first = versions.Values.Select(v => v.Published).Where(p => p is not null).DefaultIfEmpty(null).Min();
        var latest = JsonRead.Prop(root, "dist-tags", JsonValueKind.Object) is { } tags ? JsonRead.Str(tags, "latest") : null;
        return RegistryLookup.Of(new PackageInfo
        {
            Name = JsonRead.Str(root, "name") ?? name,
            FirstPublished = created is { } c && (first is null || c < first) ? c : first,
            ReleaseCount = versions.Count,
            Repository = string.IsNullOrWhiteSpace(repository) ? null : repository,
            Homepage = homepage,
            Latest = latest,
            Deprecated = latest is not null && versions.TryGetValue(latest, out var lv) ? lv.Deprecated : null,
            Versions = versions,
        });
    }
}
