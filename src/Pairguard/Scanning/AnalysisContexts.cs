using System.Collections.Concurrent;

namespace Pairguard.Scanning;

/// <summary>What a file analyzer gets besides the file: a sink for findings and diagnostics, settings and cancellation.</summary>
public sealed class FileAnalysisContext
{
    private readonly List<Finding> _findings = [];
    private readonly List<Diagnostic> _diagnostics = [];

    public FileAnalysisContext(ScanRequest request, CancellationToken cancellationToken)
    {
        Request = request;
        CancellationToken = cancellationToken;
    }

    public ScanRequest Request { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>Every file of the scan, for analyzers whose answer on one file depends on others; null for a lone file.</summary>
    public ProjectFiles? Project { get; init; }

    public IReadOnlyList<Finding> Findings => _findings;

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    public void Report(Finding finding) => _findings.Add(finding);

    public void Report(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);
}

/// <summary>What a project analyzer gets: every discovered file, a loader for their text, and thread-safe sinks.</summary>
public sealed class ProjectAnalysisContext
{
    private readonly ConcurrentBag<Finding> _findings = [];
    private readonly ConcurrentBag<Diagnostic> _diagnostics = [];
    private readonly Func<WorkspaceFile, SourceFile?> _load;

    public ProjectAnalysisContext(ScanRequest request, IReadOnlyList<WorkspaceFile> files, Func<WorkspaceFile, SourceFile?> load, CancellationToken cancellationToken)
    {
        Request = request;
        Files = files;
        _load = load;
        CancellationToken = cancellationToken;
    }

    public ScanRequest Request { get; }

    /// <summary>Every file discovery accepted (after ignore rules), whether or not it is later read.</summary>
    public IReadOnlyList<WorkspaceFile> Files { get; }

    public CancellationToken CancellationToken { get; }

    public IReadOnlyCollection<Finding> Findings => _findings;

    public IReadOnlyCollection<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>Reads and decodes a discovered file; null (with a diagnostic recorded) when it cannot be read.</summary>
    public SourceFile? Load(WorkspaceFile file) => _load(file);

    public void Report(Finding finding) => _findings.Add(finding);

    public void Report(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);
}

/// <summary>The files of one scan and a loader for their text, shared by every file analysis of that scan.</summary>
public sealed class ProjectFiles
{
    private readonly Func<WorkspaceFile, SourceFile?> _load;

    public ProjectFiles(IReadOnlyList<WorkspaceFile> files, Func<WorkspaceFile, SourceFile?> load)
    {
        Files = files;
        _load = load;
    }

    /// <summary>Every file discovery accepted.</summary>
    public IReadOnlyList<WorkspaceFile> Files { get; }

    /// <summary>Reads and decodes a file; null when it cannot be read (its own analysis reports why).</summary>
    public SourceFile? Load(WorkspaceFile file) => _load(file);
}
