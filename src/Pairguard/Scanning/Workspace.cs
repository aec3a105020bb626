namespace Pairguard.Scanning;

/// <summary>File discovery: walks the requested paths and yields the files to scan, reporting what it skipped.</summary>
/// <remarks>
/// Honours <c>.gitignore</c>, <c>.pairguardignore</c> and <c>.git/info/exclude</c> with git's semantics, the default excludes,
/// the include/exclude globs of the request and of <c>.pairguard.yml</c>, and never follows a symbolic link out of the scanned directory.
/// </remarks>
public sealed class Workspace
{
    private readonly ScanRequest _request;

    public Workspace(ScanRequest request)
    {
        _request = request;
        BaseDirectory = Path.GetFullPath(request.BaseDirectory);
        Excludes = IgnoreRules.FromLines("", request.Excludes.Concat(request.Config.Exclude));
        var includes = request.Includes.Concat(request.Config.Include).ToList();
        Includes = includes.Count == 0 ? null : IgnoreRules.FromLines("", includes);
    }

    /// <summary>Absolute base directory that output paths are relative to.</summary>
    internal string BaseDirectory { get; }

    /// <summary>Exclude globs (request and configuration), relative to <see cref="BaseDirectory"/>.</summary>
    internal IgnoreRules Excludes { get; }

    /// <summary>Include globs, or null when every file is included.</summary>
    internal IgnoreRules? Includes { get; }

    internal bool UseDefaultExcludes => _request.UseDefaultExcludes;

    internal bool UseIgnoreFiles => _request.UseIgnoreFiles;

    /// <summary>Discovers files in deterministic (ordinal path) order; skipped entries become diagnostics.</summary>
    public IReadOnlyList<WorkspaceFile> Discover(ICollection<Diagnostic> diagnostics)
    {
        var walk = new WorkspaceWalk(this, diagnostics);
        foreach (var p in _request.Paths)
        {
            string full;
            try
            {
                full = Path.GetFullPath(p);
            }
            catch (Exception e) when (IoErrors.IsExpected(e))
            {
                diagnostics.Add(new Diagnostic(DiagnosticKind.ReadError, p, "invalid path: " + e.Message));
                continue;
            }

            if (File.Exists(full))
            {
                walk.AddExplicitFile(full);
            }
            else if (Directory.Exists(full))
            {
                walk.WalkRoot(full);
            }
            else
            {
                diagnostics.Add(new Diagnostic(DiagnosticKind.ReadError, p, "path does not exist"));
            }
        }

        return walk.Result();
    }

    /// <summary>Path of <paramref name="full"/> relative to the base directory, '/'-separated ("" for the base itself).</summary>
    internal string RelativeToBase(string full)
    {
        var rel = Path.GetRelativePath(BaseDirectory, full).Replace('\\', '/');
        return rel == "." ? "" : rel;
    }
}
