using Pairguard.Scanning;

namespace Pairguard.AgentContext;

/// <summary>
/// With the <c>include-dependencies</c> option, scans the READMEs and metadata of installed dependencies (node_modules, site-packages)
/// for prompt injection: agents read them when they look up how a library works. Off by default.
/// </summary>
public sealed class DependencyDocsAnalyzer : IProjectAnalyzer
{
    /// <summary>Key of <see cref="ScanRequest.Options"/> that turns the analyzer on (true/1/yes/on).</summary>
    public const string OptionName = "include-dependencies";

    /// <summary>Most dependency files read in one scan.</summary>
    public const int MaxFiles = 20_000;

    private const int MaxDepth = 12;

    private readonly InjectionSignals _signals;

    public DependencyDocsAnalyzer(InjectionSignals? signals = null)
    {
        _signals = signals ?? InjectionSignals.Default;
    }

    public string Id => "agent-dependency-docs";

    public IReadOnlyList<RuleDescriptor> Rules => AgentRules.InjectionRules;

    /// <summary>True when the request asks for dependency documentation to be scanned.</summary>
    public static bool IsEnabled(ScanRequest request) =>
        request.Options.TryGetValue(OptionName, out var v) && (v.Length == 0 || v.Trim().ToLowerInvariant() is "true" or "1" or "yes" or "on");

    public Task AnalyzeAsync(ProjectAnalysisContext context)
    {
        if (!IsEnabled(context.Request))
        {
            return Task.CompletedTask;
        }

        var seen = 0;
        foreach (var file in Discover(context.Request, context.CancellationToken))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (++seen > MaxFiles)
            {
                context.Report(new Diagnostic(DiagnosticKind.Warning, file.RelativePath, $"dependency documentation scan stopped after {MaxFiles:N0} files", Id));
                break;
            }

            var local = new List<Diagnostic>();
            var source = FileLoader.Load(file, context.Request.MaxFileSize, local);
            foreach (var d in local)
            {
                context.Report(d);
            }

            if (source is null)
            {
                continue;
            }

            try
            {
                var kind = AgentFiles.Classify(file.RelativePath);
                InjectionAnalyzer.Scan(source, kind == AgentFileKind.AgentInstructions ? kind : kind is AgentFileKind.PackageJson or AgentFileKind.PythonMetadata ? kind : AgentFileKind.Documentation, _signals, null, f => context.Report(f with { Analyzer = Id }), context.CancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                context.Report(new Diagnostic(DiagnosticKind.AnalyzerError, file.RelativePath, $"{e.GetType().Name}: {e.Message}", Id));
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>The documentation and metadata files of installed packages under the scanned directories, in path order.</summary>
    public static IEnumerable<WorkspaceFile> Discover(ScanRequest request, CancellationToken cancellationToken = default)
    {
        var roots = request.Paths.Select(Path.GetFullPath).Where(Directory.Exists).Distinct().ToList();
        var found = new SortedDictionary<string, WorkspaceFile>(StringComparer.Ordinal);
        foreach (var root in roots)
        {
            foreach (var dependencyRoot in DependencyRoots(root, 0, cancellationToken))
            {
                foreach (var path in DocsOf(dependencyRoot))
                {
                    var rel = Path.GetRelativePath(request.BaseDirectory, path).Replace('\\', '/');
                    found.TryAdd(rel, new WorkspaceFile(rel, path, SafeLength(path)));
                }
            }
        }

        return found.Values;
    }

    private static IEnumerable<string> DependencyRoots(string dir, int depth, CancellationToken ct)
    {
        if (depth > MaxDepth)
        {
            yield break;
        }

        ct.ThrowIfCancellationRequested();
        foreach (var sub in SafeDirectories(dir))
        {
            var name = Path.GetFileName(sub);
            if (name is "node_modules" or "site-packages" or "dist-packages")
            {
                yield return sub;
            }
            else if (name is not ".git" && !IsLink(sub))
            {
                foreach (var inner in DependencyRoots(sub, depth + 1, ct))
                {
                    yield return inner;
                }
            }
        }
    }

    private static IEnumerable<string> DocsOf(string dependencyRoot)
    {
        foreach (var package in SafeDirectories(dependencyRoot).Where(d => !IsLink(d)))
        {
            var name = Path.GetFileName(package);
            var packages = name.StartsWith('@') ? SafeDirectories(package).Where(d => !IsLink(d)) : [package];
            foreach (var p in packages)
            {
                foreach (var f in SafeFiles(p))
                {
                    var file = Path.GetFileName(f).ToLowerInvariant();
                    if (file.StartsWith("readme", StringComparison.Ordinal) || file is "package.json" or "metadata" or "pkg-info" || AgentFiles.Classify(file) == AgentFileKind.AgentInstructions)
                    {
                        yield return f;
                    }
                }
            }
        }
    }

    private static IEnumerable<string> SafeDirectories(string dir)
    {
        try
        {
            return Directory.GetDirectories(dir).Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static IEnumerable<string> SafeFiles(string dir)
    {
        try
        {
            return Directory.GetFiles(dir).Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static bool IsLink(string path)
    {
        try
        {
            return new DirectoryInfo(path).LinkTarget is not null;
        }
        catch (IOException)
        {
            return true;
        }
    }

    private static long SafeLength(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
