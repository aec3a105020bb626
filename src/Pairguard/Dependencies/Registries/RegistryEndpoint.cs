namespace Pairguard.Dependencies.Registries;

/// <summary>Where to ask about packages of one ecosystem: the base URL, where that setting came from, and an optional bearer token (never printed).</summary>
public sealed record RegistryEndpoint(string Ecosystem, Uri BaseUrl, string Source)
{
    /// <summary>Bearer token from the ecosystem's own configuration (npm <c>_authToken</c>); excluded from <see cref="ToString"/>.</summary>
    public string? Token { get; init; }

    /// <summary>Cache key of the endpoint (scheme, host, port and path; never the token).</summary>
    public string Key => BaseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/');

    /// <inheritdoc />
    public override string ToString() => $"{Ecosystem} {Key} (from {Source})";

    /// <summary>Resolves a relative path against the base URL, keeping the base path.</summary>
    public Uri Combine(string relative) => new(Key + "/" + relative.TrimStart('/'));
}

/// <summary>Asks one ecosystem's registry about a package.</summary>
public interface IRegistryClient
{
    string Ecosystem { get; }

    /// <summary>Looks a package up; network failures come back as <see cref="LookupStatus.Error"/>, never as exceptions.</summary>
    Task<RegistryLookup> LookupAsync(RegistryEndpoint endpoint, string name, CancellationToken cancellationToken);
}
