using System.Collections.Concurrent;
using Pairguard.Dependencies.Cache;
using Pairguard.Dependencies.Registries;
using Pairguard.Dependencies.Risk;

namespace Pairguard.Dependencies;

/// <summary>How verification runs: network or not, cache use, HTTP limits.</summary>
public sealed record VerifierOptions
{
    /// <summary>Answer from the cache and bundled lists only; everything else is "not verified".</summary>
    public bool Offline { get; init; }

    /// <summary>Ignore cached answers (fresh answers are still stored).</summary>
    public bool Refresh { get; init; }

    /// <summary>Cache directory; null for <see cref="MetadataCache.DefaultDirectory"/>; empty string for no cache.</summary>
    public string? CacheDirectory { get; init; }

    public RegistryHttpOptions Http { get; init; } = new();

    /// <summary>Packages looked up at once (across all registries).</summary>
    public int MaxParallelLookups { get; init; } = 32;
}

/// <summary>The result of verifying a set of references: one assessment per package, problems worth telling, and traffic counters.</summary>
public sealed record VerificationReport
{
    public required IReadOnlyList<PackageAssessment> Packages { get; init; }

    /// <summary>Messages about registries (unreachable, not configured), one per registry and problem.</summary>
    public required IReadOnlyList<string> Problems { get; init; }

    public long Requests { get; init; }

    public int CacheHits { get; init; }
}

/// <summary>Verifies package references against their registries (through the cache) and assesses each package's risk.</summary>
public sealed class DependencyVerifier : IDisposable
{
    private readonly RegistryEndpoints _endpoints;
    private readonly VerifierOptions _options;
    private readonly RegistryHttp _http;
    private readonly bool _ownsHttp;
    private readonly MetadataCache? _cache;
    private readonly RiskAssessor _risk;
    private readonly Dictionary<string, IRegistryClient> _clients;

    public DependencyVerifier(RegistryEndpoints endpoints, VerifierOptions? options = null, RegistryHttp? http = null, TimeProvider? clock = null)
    {
        _endpoints = endpoints;
        _options = options ?? new VerifierOptions();
        _ownsHttp = http is null;
        _http = http ?? new RegistryHttp(_options.Http);
        _risk = new RiskAssessor(clock);
        if (_options.CacheDirectory is not "")
        {
            try
            {
                _cache = MetadataCache.Open(_options.CacheDirectory ?? MetadataCache.DefaultDirectory(), clock);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
            {
                CacheProblem = $"registry cache unavailable ({e.Message}); continuing without it";
            }
        }

        _clients = new IRegistryClient[]
        {
            new NpmClient(_http), new PyPIClient(_http), new NuGetClient(_http), new GoProxyClient(_http),
            new CargoClient(_http), new RubyGemsClient(_http), new PackagistClient(_http), new MavenClient(_http),
        }.ToDictionary(c => c.Ecosystem, StringComparer.Ordinal);
    }

    /// <summary>Set when the cache could not be opened.</summary>
    public string? CacheProblem { get; }

    /// <summary>Requests sent by this verifier's HTTP client so far.</summary>
    public long Requests => _http.RequestCount;

    /// <summary>Verifies every distinct package among the references.</summary>
    public async Task<VerificationReport> VerifyAsync(IEnumerable<DependencyRef> references, CancellationToken cancellationToken = default)
    {
        var startRequests = _http.RequestCount;
        var problems = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        if (CacheProblem is not null)
        {
            problems.TryAdd(CacheProblem, 0);
        }

        var groups = references
            .GroupBy(r => (r.Ecosystem, r.Key))
            .Select(g => g.OrderBy(r => r.Origin).ThenBy(r => r.File, StringComparer.Ordinal).ThenBy(r => r.Line).ToList())
            .ToList();
        var results = new PackageAssessment[groups.Count];
        var hits = 0;
        using var gate = new SemaphoreSlim(Math.Max(1, _options.MaxParallelLookups));
        var tasks = groups.Select(async (refs, index) =>
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var (assessment, hit) = await AssessAsync(refs, problems, cancellationToken).ConfigureAwait(false);
                results[index] = assessment;
                if (hit)
                {
                    Interlocked.Increment(ref hits);
                }
            }
            finally
            {
                gate.Release();
            }
        });
        await Task.WhenAll(tasks).ConfigureAwait(false);

        return new VerificationReport
        {
            Packages = results.OrderBy(a => a.Ecosystem, StringComparer.Ordinal).ThenBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ToList(),
            Problems = problems.Keys.Order(StringComparer.Ordinal).ToList(),
            Requests = _http.RequestCount - startRequests,
            CacheHits = hits,
        };
    }

    public void Dispose()
    {
        _cache?.Dispose();
        if (_ownsHttp)
        {
            _http.Dispose();
        }
    }

    private async Task<(PackageAssessment, bool)> AssessAsync(List<DependencyRef> refs, ConcurrentDictionary<string, byte> problems, CancellationToken ct)
    {
        var first = refs[0];
        var ecosystem = first.Ecosystem;
        var name = first.Name;
        var versions = refs.Select(r => r.Version).ToList();
        PackageAssessment Make(Verdict verdict, List<RiskSignal> signals, RegistryLookup? lookup, string? reason, string? endpoint, bool fromCache) => new()
        {
            Ecosystem = ecosystem,
            Name = name,
            References = refs,
            Verdict = verdict,
            Signals = signals,
            Info = lookup?.Package,
            NotVerifiedReason = reason,
            Endpoint = endpoint,
            FromCache = fromCache,
        };

        if (refs.All(r => r.Unverifiable is not null))
        {
            var (v, s) = _risk.Assess(ecosystem, name, versions, null);
            return (Make(v, s, null, first.Unverifiable, null, false), false);
        }

        var resolution = _endpoints.Resolve(ecosystem, name);
        if (resolution.Endpoint is not { } endpoint)
        {
            problems.TryAdd(resolution.Missing!, 0);
            var (v, s) = _risk.Assess(ecosystem, name, versions, null);
            return (Make(v, s, null, resolution.Missing, null, false), false);
        }

        var key = Ecosystems.CanonicalName(ecosystem, name);
        RegistryLookup? lookup = null;
        var fromCache = false;
        if (!_options.Refresh && _cache?.Get(endpoint.Key, ecosystem, key) is { } cached)
        {
            lookup = cached;
            fromCache = true;
        }
        else if (_options.Offline)
        {
            var (v, s) = _risk.Assess(ecosystem, name, versions, null);
            return (Make(v, s, null, "offline, and the registry's answer is not in the cache", endpoint.Key, false), false);
        }
        else if (_clients.TryGetValue(ecosystem, out var client))
        {
            lookup = await client.LookupAsync(endpoint, name, ct).ConfigureAwait(false);
            if (lookup.Status == LookupStatus.Error)
            {
                problems.TryAdd($"{ecosystem} registry {endpoint.Key}: {lookup.Error}", 0);
            }
            else
            {
                _cache?.Put(endpoint.Key, ecosystem, key, lookup);
            }
        }

        if (lookup is null || lookup.Status == LookupStatus.Error)
        {
            var (v, s) = _risk.Assess(ecosystem, name, versions, null);
            return (Make(v, s, null, lookup?.Error ?? $"no client for {ecosystem}", endpoint.Key, false), false);
        }

        var (verdict, signals) = _risk.Assess(ecosystem, name, versions, lookup);
        return (Make(verdict, signals, lookup, null, endpoint.Key, fromCache), fromCache);
    }
}
