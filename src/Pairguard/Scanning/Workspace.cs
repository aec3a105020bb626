namespace Pairguard.Scanning;

/// <summary>File discovery: walks the requested paths and yields the files to scan, reporting what it skipped.</summary>
public sealed class Workspace
{
    private readonly ScanRequest _request;

    public Workspace(ScanRequest request)
    {
        _request = request;
    }

    /// <summary>Discovers files in deterministic (ordinal path) order; skipped entries become diagnostics.</summary>
    public IReadOnlyList<WorkspaceFile> Discover(ICollection<Diagnostic> diagnostics)
    {
        var files = new List<WorkspaceFile>();
        foreach (var p in _request.Paths)
        {
            var full = Path.GetFullPath(p);
            if (File.Exists(full))
            {
                files.Add(new WorkspaceFile(Relative(full), full, new FileInfo(full).Length));
            }
            else if (Directory.Exists(full))
            {
                foreach (var f in Directory.EnumerateFiles(full, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint }))
                {
                    var rel = Relative(f);
                    if (rel.Split('/').Any(s => s is ".git" or "node_modules" or "bin" or "obj"))
                    {
                        continue;
                    }

                    files.Add(new WorkspaceFile(rel, f, new FileInfo(f).Length));
                }
            }
            else
            {
                diagnostics.Add(new Diagnostic(DiagnosticKind.ReadError, p, "path does not exist"));
            }
        }

        return files.DistinctBy(f => f.FullPath).OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
    }

    private string Relative(string full) => Path.GetRelativePath(_request.BaseDirectory, full).Replace('\\', '/');
}
