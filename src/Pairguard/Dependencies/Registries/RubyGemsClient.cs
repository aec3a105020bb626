using System.Text.Json;

namespace Pairguard.Dependencies.Registries;

/// <summary>RubyGems-compatible gem source: <c>/api/v1/versions/{name}.json</c> (releases and dates) and <c>/api/v1/gems/{name}.json</c> (homepage and source code URLs).</summary>
public sealed class RubyGemsClient(RegistryHttp http) : IRegistryClient
{
    public string Ecosystem => Ecosystems.RubyGems;

    public async Task<RegistryLookup> LookupAsync(RegistryEndpoint endpoint, string name, CancellationToken cancellationToken)
    {
        var escaped = Uri.EscapeDataString(name);
        var result = await http.GetAsync(endpoint.Combine($"api/v1/versions/{escaped}.json"), "application/json", endpoint.Token, cancellationToken).ConfigureAwait(false);
        if (result.NotFound)
        {
            return RegistryLookup.Missing;
        }

        if (!result.Ok)
        {
            return RegistryLookup.Failed(result.Describe());
        }

        using var doc = JsonRead.Parse(result.Body);
        if (doc is null || doc.RootElement.ValueKind != JsonValueKind.Array)
        {
            return RegistryLookup.Failed($"{endpoint.BaseUrl.Authority} returned malformed JSON for '{name}'");
        }

        var versions = new Dictionary<string, VersionInfo>(StringComparer.Ordinal);
        foreach (var v in doc.RootElement.EnumerateArray())
        {
            if (JsonRead.Str(v, "number") is { } number)
            {
                versions.TryAdd(number, new VersionInfo { Version = number, Published = JsonRead.Date(JsonRead.Str(v, "created_at")), Yanked = JsonRead.True(v, "yanked") });
            }
        }

        if (versions.Count == 0)
        {
            return RegistryLookup.Missing;
        }

        string? repository = null;
        string? homepage = null;
        var known = false;
        var gem = await http.GetAsync(endpoint.Combine($"api/v1/gems/{escaped}.json"), "application/json", endpoint.Token, cancellationToken).ConfigureAwait(false);
        if (gem.Ok && JsonRead.Parse(gem.Body) is { } g)
        {
            using (g)
            {
                known = true;
                repository = JsonRead.Str(g.RootElement, "source_code_uri") is { Length: > 0 } s ? s : null;
                homepage = JsonRead.Str(g.RootElement, "homepage_uri") is { Length: > 0 } h ? h : null;
            }
        }

        var first = doc.RootElement.EnumerateArray().FirstOrDefault();
        return RegistryLookup.Of(new PackageInfo
        {
            Name = name,
            FirstPublished = versions.Values.Select(v => v.Published).Where(p => p is not null).DefaultIfEmpty(null).Min(),
            ReleaseCount = versions.Count,
            Latest = JsonRead.Str(first, "number"),
            Repository = repository,
            Homepage = homepage,
            RepositoryKnown = known,
            Versions = versions,
        });
    }
}
