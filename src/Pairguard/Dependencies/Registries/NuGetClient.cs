using System.Collections.Concurrent;
using System.Text.Json;

namespace Pairguard.Dependencies.Registries;

/// <summary>NuGet v3: the service index names the registration base (versions, publish dates, project URL, deprecation, listing) and the flat container (version list).</summary>
public sealed class NuGetClient(RegistryHttp http) : IRegistryClient
{
    private const int MaxPages = 4;
    private readonly ConcurrentDictionary<string, Task<(Uri? Registration, Uri? Flat, string? Error)>> _indexes = new(StringComparer.Ordinal);

    public string Ecosystem => Ecosystems.NuGet;

    public async Task<RegistryLookup> LookupAsync(RegistryEndpoint endpoint, string name, CancellationToken cancellationToken)
    {
        var (registration, flat, error) = await _indexes.GetOrAdd(endpoint.Key, _ => ServiceIndexAsync(endpoint, cancellationToken)).ConfigureAwait(false);
        if (error is not null)
        {
            _indexes.TryRemove(endpoint.Key, out _);
            return RegistryLookup.Failed(error);
        }

        var id = name.ToLowerInvariant();
        if (registration is not null)
        {
            var result = await http.GetAsync(new Uri(registration, id + "/index.json"), "application/json", endpoint.Token, cancellationToken).ConfigureAwait(false);
            if (result.NotFound)
            {
                return RegistryLookup.Missing;
            }

            if (!result.Ok)
            {
                return RegistryLookup.Failed(result.Describe());
            }

            return await ParseRegistrationAsync(endpoint, name, result.Body, cancellationToken).ConfigureAwait(false);
        }

        var versions = await http.GetAsync(new Uri(flat!, id + "/index.json"), "application/json", endpoint.Token, cancellationToken).ConfigureAwait(false);
        if (versions.NotFound)
        {
            return RegistryLookup.Missing;
        }

        if (!versions.Ok)
        {
            return RegistryLookup.Failed(versions.Describe());
        }

        using var doc = JsonRead.Parse(versions.Body);
        if (doc is null || JsonRead.Prop(doc.RootElement, "versions", JsonValueKind.Array) is not { } list)
        {
            return RegistryLookup.Failed($"{endpoint.BaseUrl.Authority} returned malformed JSON for '{name}'");
        }

        var all = list.EnumerateArray().Select(v => v.GetString() ?? "").Where(v => v.Length > 0).ToList();
        return all.Count == 0 ? RegistryLookup.Missing : RegistryLookup.Of(new PackageInfo
        {
            Name = name,
            ReleaseCount = all.Count,
            Latest = all[^1],
            RepositoryKnown = false,
            Versions = all.ToDictionary(v => v, v => new VersionInfo { Version = v }, StringComparer.OrdinalIgnoreCase),
        });
    }

    private async Task<(Uri?, Uri?, string?)> ServiceIndexAsync(RegistryEndpoint endpoint, CancellationToken ct)
    {
        var result = await http.GetAsync(endpoint.BaseUrl, "application/json", endpoint.Token, ct).ConfigureAwait(false);
        if (!result.Ok)
        {
            return (null, null, $"NuGet service index {endpoint.Key}: {result.Describe()}");
        }

        using var doc = JsonRead.Parse(result.Body);
        if (doc is null || JsonRead.Prop(doc.RootElement, "resources", JsonValueKind.Array) is not { } resources)
        {
            return (null, null, $"NuGet service index {endpoint.Key} is not a v3 service index");
        }

        Uri? registration = null;
        Uri? flat = null;
        var best = -1;
        foreach (var r in resources.EnumerateArray())
        {
            var type = JsonRead.Str(r, "@type") ?? "";
            var id = JsonRead.Str(r, "@id");
            if (id is null || !Uri.TryCreate(id.EndsWith('/') ? id : id + "/", UriKind.Absolute, out var uri))
            {
                continue;
            }

            if (type.StartsWith("RegistrationsBaseUrl", StringComparison.Ordinal))
            {
                var rank = type.Contains("3.6.0", StringComparison.Ordinal) ? 3 : type.Contains("3.4.0", StringComparison.Ordinal) ? 2 : type == "RegistrationsBaseUrl" ? 1 : 0;
                if (rank > best)
                {
                    best = rank;
                    registration = uri;
                }
            }
            else if (type.StartsWith("PackageBaseAddress", StringComparison.Ordinal))
            {
                flat ??= uri;
            }
        }

        return registration is null && flat is null
            ? (null, null, $"NuGet service index {endpoint.Key} lists no registration or package base address")
            : (registration, flat, null);
    }

    private async Task<RegistryLookup> ParseRegistrationAsync(RegistryEndpoint endpoint, string name, byte[] body, CancellationToken ct)
    {
        using var doc = JsonRead.Parse(body);
        if (doc is null || JsonRead.Prop(doc.RootElement, "items", JsonValueKind.Array) is not { } pages)
        {
            return RegistryLookup.Failed($"{endpoint.BaseUrl.Authority} returned a malformed registration for '{name}'");
        }

        var versions = new Dictionary<string, VersionInfo>(StringComparer.OrdinalIgnoreCase);
        string? projectUrl = null;
        string? latest = null;
        var fetched = 0;
        foreach (var page in pages.EnumerateArray())
        {
            JsonElement items;
            JsonDocument? pageDoc = null;
            if (JsonRead.Prop(page, "items", JsonValueKind.Array) is { } inline)
            {
                items = inline;
            }
            else if (JsonRead.Str(page, "@id") is { } pageId && fetched++ < MaxPages && Uri.TryCreate(pageId, UriKind.Absolute, out var pageUri))
            {
                var result = await http.GetAsync(pageUri, "application/json", endpoint.Token, ct).ConfigureAwait(false);
                pageDoc = result.Ok ? JsonRead.Parse(result.Body) : null;
                if (pageDoc is null || JsonRead.Prop(pageDoc.RootElement, "items", JsonValueKind.Array) is not { } fetchedItems)
                {
                    pageDoc?.Dispose();
                    continue;
                }

                items = fetchedItems;
            }
            else
            {
                continue;
            }

            using (pageDoc)
            {
                foreach (var leaf in items.EnumerateArray())
                {
                    if (JsonRead.Prop(leaf, "catalogEntry", JsonValueKind.Object) is not { } entry || JsonRead.Str(entry, "version") is not { } version)
                    {
                        continue;
                    }

                    var published = JsonRead.Date(JsonRead.Str(entry, "published"));
                    var unlisted = (published is { Year: < 1950 }) || (entry.TryGetProperty("listed", out var listed) && listed.ValueKind == JsonValueKind.False);
                    string? deprecated = null;
                    if (JsonRead.Prop(entry, "deprecation", JsonValueKind.Object) is { } dep)
                    {
                        var reasons = JsonRead.Prop(dep, "reasons", JsonValueKind.Array) is { } rs ? string.Join(", ", rs.EnumerateArray().Select(x => x.GetString())) : "deprecated";
                        deprecated = JsonRead.Str(dep, "message") is { Length: > 0 } msg ? $"{reasons}: {msg}" : reasons;
                    }

                    versions[version] = new VersionInfo
                    {
                        Version = version,
                        Published = published is { Year: < 1950 } ? null : published,
                        Yanked = unlisted,
                        Deprecated = deprecated,
                    };
                    projectUrl = JsonRead.Str(entry, "projectUrl") is { Length: > 0 } p ? p : projectUrl;
                    if (!unlisted)
                    {
                        latest = version;
                    }
                }
            }
        }

        if (versions.Count == 0)
        {
            return RegistryLookup.Missing;
        }

        return RegistryLookup.Of(new PackageInfo
        {
            Name = name,
            FirstPublished = versions.Values.Select(v => v.Published).Where(p => p is not null).DefaultIfEmpty(null).Min(),
            ReleaseCount = versions.Count,
            Repository = projectUrl,
            Latest = latest,
            Deprecated = latest is not null && versions.TryGetValue(latest, out var lv) ? lv.Deprecated : null,
            Versions = versions,
        });
    }
}
