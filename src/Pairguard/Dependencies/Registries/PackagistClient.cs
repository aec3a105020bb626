using System.Text.Json;

namespace Pairguard.Dependencies.Registries;

/// <summary>Composer repository metadata v2 (<c>/p2/{vendor}/{name}.json</c>): versions with release times, source URL, homepage and abandonment.</summary>
public sealed class PackagistClient(RegistryHttp http) : IRegistryClient
{
    public string Ecosystem => Ecosystems.Packagist;

    public async Task<RegistryLookup> LookupAsync(RegistryEndpoint endpoint, string name, CancellationToken cancellationToken)
    {
        var n = name.ToLowerInvariant();
        if (!n.Contains('/'))
        {
            return RegistryLookup.Missing;
        }

        var result = await http.GetAsync(endpoint.Combine($"p2/{n}.json"), "application/json", endpoint.Token, cancellationToken).ConfigureAwait(false);
        if (result.NotFound)
        {
            return RegistryLookup.Missing;
        }

        if (!result.Ok)
        {
            return RegistryLookup.Failed(result.Describe());
        }

        using var doc = JsonRead.Parse(result.Body);
        if (doc is null || JsonRead.Prop(doc.RootElement, "packages", JsonValueKind.Object) is not { } packages
            || JsonRead.Prop(packages, n, JsonValueKind.Array) is not { } list)
        {
            return RegistryLookup.Failed($"{endpoint.BaseUrl.Authority} returned malformed metadata for '{name}'");
        }

        var versions = new Dictionary<string, VersionInfo>(StringComparer.Ordinal);
        string? source = null;
        string? homepage = null;
        string? abandoned = null;
        foreach (var v in list.EnumerateArray())
        {
            if (JsonRead.Str(v, "version") is not { } version)
            {
                continue;
            }

            versions.TryAdd(version, new VersionInfo { Version = version, Published = JsonRead.Date(JsonRead.Str(v, "time")) });
            source ??= JsonRead.Prop(v, "source", JsonValueKind.Object) is { } s ? JsonRead.Str(s, "url") : null;
            homepage ??= JsonRead.Str(v, "homepage");
            if (abandoned is null && v.TryGetProperty("abandoned", out var ab))
            {
                abandoned = ab.ValueKind == JsonValueKind.String ? $"abandoned; use {ab.GetString()} instead" : ab.ValueKind == JsonValueKind.True ? "abandoned" : null;
            }
        }

        return versions.Count == 0 ? RegistryLookup.Missing : RegistryLookup.Of(new PackageInfo
        {
            Name = name,
            FirstPublished = versions.Values.Select(v => v.Published).Where(p => p is not null).DefaultIfEmpty(null).Min(),
            ReleaseCount = versions.Count,
            Latest = versions.Keys.FirstOrDefault(),
            Repository = source,
            Homepage = homepage,
            Deprecated = abandoned,
            Versions = versions,
        });
    }
}
