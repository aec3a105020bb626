namespace Pairguard.Dependencies;

/// <summary>Where a dependency reference was found.</summary>
public enum DependencyOrigin
{
    /// <summary>Declared in a manifest the user edits (package.json, requirements.txt, *.csproj...).</summary>
    Manifest,

    /// <summary>Resolved in a lockfile (often transitive).</summary>
    Lockfile,

    /// <summary>Imported in code.</summary>
    Import,

    /// <summary>Named on a command line (<c>pairguard vet</c>, an install command).</summary>
    CommandLine,

    /// <summary>Named by an install instruction aimed at an AI agent in a document the agent reads.</summary>
    Document,
}

/// <summary>One reference to a package: ecosystem, name, version or range, and where it was found.</summary>
public sealed record DependencyRef(string Ecosystem, string Name, string? Version, string File, int Line)
{
    public DependencyOrigin Origin { get; init; } = DependencyOrigin.Manifest;

    /// <summary>Dependency kind as the manifest names it (dependencies, devDependencies, dev, build...), when it says.</summary>
    public string? Kind { get; init; }

    /// <summary>Set when the reference points outside any registry (URL, VCS, path) and so cannot be verified there.</summary>
    public string? Unverifiable { get; init; }

    /// <summary>Registry-comparable name (see <see cref="Ecosystems.CanonicalName"/>).</summary>
    public string Key => Ecosystems.CanonicalName(Ecosystem, Name);

    /// <summary>True when <see cref="Version"/> names one exact version rather than a range.</summary>
    public bool IsExactVersion => VersionText.IsExact(Version);
}
