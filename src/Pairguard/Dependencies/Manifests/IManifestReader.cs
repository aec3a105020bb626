using Pairguard.Scanning;

namespace Pairguard.Dependencies.Manifests;

/// <summary>What a manifest reader gets: the file, a loader for files it includes, and sinks for references and diagnostics.</summary>
public sealed class ManifestContext
{
    private readonly Func<string, SourceFile?> _loadRelative;

    public ManifestContext(SourceFile file, Func<string, SourceFile?>? loadRelative = null)
    {
        File = file;
        _loadRelative = loadRelative ?? (_ => null);
    }

    public SourceFile File { get; }

    public List<DependencyRef> References { get; } = [];

    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>Loads a file named relative to the scan root (for <c>-r</c> includes); null when it cannot be read.</summary>
    public SourceFile? LoadRelative(string relativePath) => _loadRelative(relativePath);

    /// <summary>Adds a reference found in this file.</summary>
    public void Add(string ecosystem, string name, string? version, int line, DependencyOrigin origin = DependencyOrigin.Manifest, string? kind = null, string? unverifiable = null) =>
        References.Add(new DependencyRef(ecosystem, name, string.IsNullOrWhiteSpace(version) ? null : version.Trim(), File.RelativePath, Math.Max(1, line))
        {
            Origin = origin,
            Kind = kind,
            Unverifiable = unverifiable,
        });

    /// <summary>Records that the file (or part of it) could not be parsed, with the line.</summary>
    public void Malformed(int line, string message) =>
        Diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, File.RelativePath, $"line {Math.Max(1, line)}: {message}", DependencyAnalyzer.AnalyzerId));
}

/// <summary>Reads one kind of manifest or lockfile into dependency references; never throws on malformed input.</summary>
public interface IManifestReader
{
    /// <summary>True when this reader handles a file of that name (file name only, no directories).</summary>
    bool CanRead(string fileName);

    /// <summary>Reads the file, adding references and diagnostics to the context.</summary>
    void Read(ManifestContext context);
}
