using System.Text;
using System.Text.Json;

namespace Pairguard.Dependencies.Registries;

/// <summary>Cargo sparse index (<c>sparse+URL</c>): one JSON line per published version, with yanked flags and, in newer indexes, publish times.</summary>
public sealed class CargoClient(RegistryHttp http) : IRegistryClient
{
    public string Ecosystem => Ecosystems.Cargo;

    /// <summary>Index path of a crate name (<c>1/a</c>, <c>2/ab</c>, <c>3/a/abc</c>, <c>se/rd/serde</c>).</summary>
    public static string IndexPath(string name)
    {
        var n = name.ToLowerInvariant();
        return n.Length switch
        {
            1 => $"1/{n}",
            2 => $"2/{n}",
            3 => $"3/{n[0]}/{n}",
            _ => $"{n[..2]}/{n[2..4]}/{n}",
        };
    }

    public async Task<RegistryLookup> LookupAsync(RegistryEndpoint endpoint, string name, CancellationToken cancellationToken)
    {
        if (name.Length == 0)
        {
            return RegistryLookup.Missing;
        }

        var result = await http.GetAsync(endpoint.Combine(IndexPath(name)), null, endpoint.Token, cancellationToken).ConfigureAwait(false);
        if (result.NotFound)
        {
            return RegistryLookup.Missing;
        }

        if (!result.Ok)
        {
            return RegistryLookup.Failed(result.Describe());
        }

        var versions = new Dictionary<string, VersionInfo>(StringComparer.Ordinal);
        var lines = Encoding.UTF8.GetString(result.Body).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        string? latest = null;
        foreach (var line in lines)
        {
            using var doc = JsonRead.Parse(Encoding.UTF8.GetBytes(line));
            if (doc is null || JsonRead.Str(doc.RootElement, "vers") is not { } v)
            {
                return RegistryLookup.Failed($"{endpoint.BaseUrl.Authority} returned a malformed index entry for '{name}'");
            }

            var yanked = doc.RootElement.TryGetProperty("yanked", out var y) && y.ValueKind == JsonValueKind.True;
            versions[v] = new VersionInfo { Version = v, Yanked = yanked, Published = JsonRead.Date(JsonRead.Str(doc.RootElement, "pubtime")) };
            if (!yanked)
            {
                latest = v;
            }
        }

        return versions.Count == 0 ? RegistryLookup.Missing : RegistryLookup.Of(new PackageInfo
        {
            Name = name,
            FirstPublished = versions.Values.Select(v => v.Published).Where(p => p is not null).DefaultIfEmpty(null).Min(),
            ReleaseCount = versions.Count,
            Latest = latest,
            RepositoryKnown = false,
            Versions = versions,
        });
    }
}
