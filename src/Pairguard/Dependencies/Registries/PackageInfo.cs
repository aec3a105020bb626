namespace Pairguard.Dependencies.Registries;

/// <summary>What a registry says about one version of a package.</summary>
public sealed record VersionInfo
{
    public required string Version { get; init; }

    public DateTimeOffset? Published { get; init; }

    public bool Yanked { get; init; }

    /// <summary>Deprecation message, when the registry marks the version deprecated.</summary>
    public string? Deprecated { get; init; }

    /// <summary>Names of install-time scripts the version runs (npm <c>preinstall</c>/<c>install</c>/<c>postinstall</c>).</summary>
    public IReadOnlyList<string> InstallScripts { get; init; } = [];

    /// <summary>True when the version ships only a source distribution, whose build runs at install (PyPI).</summary>
    public bool SourceOnly { get; init; }
}

/// <summary>What a registry says about a package, reduced to what the risk signals need.</summary>
public sealed record PackageInfo
{
    public required string Name { get; init; }

    /// <summary>When the first release was published, when the registry says.</summary>
    public DateTimeOffset? FirstPublished { get; init; }

    /// <summary>Number of releases (versions) published.</summary>
    public int ReleaseCount { get; init; }

    /// <summary>Source repository URL, when known.</summary>
    public string? Repository { get; init; }

    public string? Homepage { get; init; }

    /// <summary>False when the registry protocol carries no repository information at all (so its absence says nothing).</summary>
    public bool RepositoryKnown { get; init; } = true;

    public string? Latest { get; init; }

    /// <summary>Deprecation or abandonment message for the whole package.</summary>
    public string? Deprecated { get; init; }

    /// <summary>Per-version details, keyed by version string.</summary>
    public IReadOnlyDictionary<string, VersionInfo> Versions { get; init; } = new Dictionary<string, VersionInfo>();
}

/// <summary>Outcome of asking a registry about a package.</summary>
public enum LookupStatus
{
    /// <summary>The package exists; <see cref="RegistryLookup.Package"/> is set.</summary>
    Found,

    /// <summary>The registry answered that no such package exists.</summary>
    NotFound,

    /// <summary>The registry could not be asked or gave an unusable answer; nothing is known.</summary>
    Error,
}

/// <summary>The answer of a registry client: found (with metadata), not found, or an error message.</summary>
public sealed record RegistryLookup(LookupStatus Status, PackageInfo? Package = null, string? Error = null)
{
    public static RegistryLookup Missing { get; } = new(LookupStatus.NotFound);

    public static RegistryLookup Failed(string message) => new(LookupStatus.Error, null, message);

    public static RegistryLookup Of(PackageInfo package) => new(LookupStatus.Found, package);
}
