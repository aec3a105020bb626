using System.IO.Enumeration;

namespace Pairguard.Scanning;

/// <summary>One discovery run: the directory walk, symbolic-link handling and de-duplication behind <see cref="Workspace.Discover"/>.</summary>
internal sealed class WorkspaceWalk
{
    private static readonly EnumerationOptions ListOptions = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
    };

    private readonly Workspace _workspace;
    private readonly ICollection<Diagnostic> _diagnostics;
    private readonly List<Candidate> _candidates = [];
    private readonly HashSet<string> _visited;

    public WorkspaceWalk(Workspace workspace, ICollection<Diagnostic> diagnostics)
    {
        _workspace = workspace;
        _diagnostics = diagnostics;
        _visited = new HashSet<string>(RealPath.PathComparison == StringComparison.Ordinal ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>A file named on the command line: scanned whatever the ignore rules and excludes say.</summary>
    public void AddExplicitFile(string full)
    {
        var real = RealPath.Resolve(full) ?? full;
        long size;
        try
        {
            size = new FileInfo(real).Length;
        }
        catch (Exception e) when (IoErrors.IsExpected(e))
        {
            size = 0;
        }

        _candidates.Add(new Candidate(new WorkspaceFile(_workspace.RelativeToBase(full), full, size), real, ViaLink: false));
    }

    /// <summary>Walks one requested directory; symbolic links to directories inside it are followed after the real tree.</summary>
    public void WalkRoot(string full)
    {
        var rootReal = RealPath.Resolve(full) ?? full;
        var (stack, ignoreRel) = RootIgnoreContext(full);
        var outRel = _workspace.RelativeToBase(full);
        var root = new DirectoryState(full, rootReal, outRel, ignoreRel, stack, IncludedAbove(outRel), IsRoot: true);

        var deferredLinks = new List<DirectoryState>();
        var pending = new Stack<DirectoryState>();
        pending.Push(root);
        while (true)
        {
            while (pending.Count > 0)
            {
                var dir = pending.Pop();
                if (!_visited.Add(dir.Real))
                {
                    continue;
                }

                VisitDirectory(dir, rootReal, pending, deferredLinks);
            }

            if (deferredLinks.Count == 0)
            {
                break;
            }

            // Links are followed only once the real directories are known, so a real path always wins over a link to it.
            for (var i = deferredLinks.Count - 1; i >= 0; i--)
            {
                pending.Push(deferredLinks[i]);
            }

            deferredLinks.Clear();
        }
    }

    /// <summary>The accepted files, one per real file, in ordinal order of their relative paths.</summary>
    public IReadOnlyList<WorkspaceFile> Result()
    {
        var comparer = RealPath.PathComparison == StringComparison.Ordinal ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;
        return _candidates
            .GroupBy(c => c.Real, comparer)
            .Select(g => g.OrderBy(c => c.ViaLink).ThenBy(c => c.File.RelativePath, StringComparer.Ordinal).First().File)
            .DistinctBy(f => f.RelativePath, StringComparer.Ordinal)
            .OrderBy(f => f.RelativePath, StringComparer.Ordinal)
            .ToList();
    }

    private void VisitDirectory(DirectoryState dir, string rootReal, Stack<DirectoryState> pending, List<DirectoryState> deferredLinks)
    {
        List<Entry> entries;
        try
        {
            entries = [.. new FileSystemEnumerable<Entry>(dir.Full, ToEntry, ListOptions)];
        }
        catch (Exception e) when (IoErrors.IsExpected(e))
        {
            _diagnostics.Add(new Diagnostic(DiagnosticKind.ReadError, Display(dir.OutRel), "cannot list directory: " + IoErrors.Describe(e)));
            return;
        }

        var names = entries.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        if (!dir.IsRoot && _workspace.UseDefaultExcludes && DefaultExcludes.ExcludedByContent(Path.GetFileName(dir.Full), names))
        {
            return;
        }

        var stack = dir.Stack;
        var ignoreRel = dir.IgnoreRel;
        if (_workspace.UseIgnoreFiles)
        {
            if (!dir.IsRoot && names.Contains(".git"))
            {
                // A nested repository: the outer repository's rules stop here, its own start.
                ignoreRel = "";
                stack = PushInfoExclude(null, dir.Full);
            }

            foreach (var name in IgnoreFiles.PerDirectory)
            {
                if (names.Contains(name))
                {
                    stack = IgnoreStack.Push(stack, IgnoreFiles.Load(Path.Join(dir.Full, name), ignoreRel, Join(dir.OutRel, name), _diagnostics));
                }
            }
        }

        entries.Sort((a, b) => string.CompareOrdinal(b.Name, a.Name));
        foreach (var entry in entries)
        {
            var childFull = Path.Join(dir.Full, entry.Name);
            var childOut = Join(dir.OutRel, entry.Name);
            var childIgnore = Join(ignoreRel, entry.Name);
            if (entry.IsLink)
            {
                VisitLink(entry, dir, childFull, childOut, childIgnore, stack, names, rootReal, deferredLinks);
            }
            else if (entry.IsDirectory)
            {
                if (!DirectoryExcluded(entry.Name, names, childOut, childIgnore, stack))
                {
                    pending.Push(new DirectoryState(childFull, Path.Join(dir.Real, entry.Name), childOut, childIgnore, stack, IncludedDirectory(childOut, dir.Included), IsRoot: false));
                }
            }
            else if (FileAccepted(entry.Name, childOut, childIgnore, stack, dir.Included))
            {
                _candidates.Add(new Candidate(new WorkspaceFile(childOut, childFull, entry.Length), Path.Join(dir.Real, entry.Name), ViaLink: false));
            }
        }
    }

    private void VisitLink(Entry entry, DirectoryState dir, string childFull, string childOut, string childIgnore, IgnoreStack? stack, IReadOnlyCollection<string> siblings, string rootReal, List<DirectoryState> deferredLinks)
    {
        var real = RealPath.Resolve(childFull);
        if (real is null)
        {
            if (!IgnoreStack.IsIgnored(stack, childIgnore, false))
            {
                _diagnostics.Add(new Diagnostic(DiagnosticKind.Skipped, childOut, "broken symbolic link (missing target or a loop of links); not followed"));
            }

            return;
        }

        var isDirectory = Directory.Exists(real);
        if (isDirectory ? DirectoryExcluded(entry.Name, siblings, childOut, childIgnore, stack) : !FileAccepted(entry.Name, childOut, childIgnore, stack, dir.Included))
        {
            return;
        }

        if (!RealPath.IsWithin(real, rootReal))
        {
            _diagnostics.Add(new Diagnostic(DiagnosticKind.Skipped, childOut, "symbolic link points outside the scanned directory; not followed"));
            return;
        }

        if (isDirectory)
        {
            deferredLinks.Add(new DirectoryState(childFull, real, childOut, childIgnore, stack, IncludedDirectory(childOut, dir.Included), IsRoot: false));
            return;
        }

        long size;
        try
        {
            size = new FileInfo(real).Length;
        }
        catch (Exception e) when (IoErrors.IsExpected(e))
        {
            size = 0;
        }

        _candidates.Add(new Candidate(new WorkspaceFile(childOut, childFull, size), real, ViaLink: true));
    }

    private bool DirectoryExcluded(string name, IReadOnlyCollection<string> siblings, string outRel, string ignoreRel, IgnoreStack? stack)
    {
        if (DefaultExcludes.AlwaysSkippedMetadata.Contains(name))
        {
            return true;
        }

        if (_workspace.UseDefaultExcludes && DefaultExcludes.ExcludedByName(name, siblings))
        {
            return true;
        }

        if (_workspace.UseIgnoreFiles && IgnoreStack.IsIgnored(stack, ignoreRel, true))
        {
            return true;
        }

        return _workspace.Excludes.Evaluate(outRel, true) == IgnoreVerdict.Ignored;
    }

    /// <summary>Ignore files, excludes and includes decide silently; a default-excluded file type is reported as skipped.</summary>
    private bool FileAccepted(string name, string outRel, string ignoreRel, IgnoreStack? stack, bool includedAbove)
    {
        if (DefaultExcludes.AlwaysSkippedMetadata.Contains(name))
        {
            return false;
        }

        if (_workspace.UseIgnoreFiles && IgnoreStack.IsIgnored(stack, ignoreRel, false))
        {
            return false;
        }

        if (_workspace.Excludes.Evaluate(outRel, false) == IgnoreVerdict.Ignored)
        {
            return false;
        }

        if (_workspace.Includes is { } includes)
        {
            var verdict = includes.Evaluate(outRel, false);
            if (verdict == IgnoreVerdict.Included || (verdict == IgnoreVerdict.None && !includedAbove))
            {
                return false;
            }
        }

        if (_workspace.UseDefaultExcludes && DefaultExcludes.SkipReasonForFile(name) is { } reason)
        {
            _diagnostics.Add(new Diagnostic(DiagnosticKind.Skipped, outRel, reason));
            return false;
        }

        return true;
    }

    /// <summary>True when an include glob matches the directory (or its ancestors did); always true without includes.</summary>
    private bool IncludedDirectory(string outRel, bool parentIncluded)
    {
        if (_workspace.Includes is not { } includes)
        {
            return true;
        }

        return includes.Evaluate(outRel, true) switch
        {
            IgnoreVerdict.Ignored => true,
            IgnoreVerdict.Included => false,
            _ => parentIncluded,
        };
    }

    /// <summary>Include state of a requested root: the verdict of its nearest matching ancestor directory.</summary>
    private bool IncludedAbove(string outRel)
    {
        if (_workspace.Includes is null)
        {
            return true;
        }

        var included = false;
        if (outRel.Length == 0 || outRel.StartsWith("../", StringComparison.Ordinal) || outRel == "..")
        {
            return included;
        }

        var end = 0;
        while (end >= 0)
        {
            end = outRel.IndexOf('/', end + 1);
            included = IncludedDirectory(end < 0 ? outRel : outRel[..end], included);
        }

        return included;
    }

    /// <summary>Ignore files that apply to a requested directory from above it: the repository's, up to the repository (or base) root.</summary>
    private (IgnoreStack? Stack, string IgnoreRel) RootIgnoreContext(string full)
    {
        if (!_workspace.UseIgnoreFiles)
        {
            return (null, "");
        }

        var repository = IgnoreFiles.FindRepositoryRoot(full);
        var ignoreRoot = repository ?? (RealPath.IsWithin(full, _workspace.BaseDirectory) ? _workspace.BaseDirectory : full);
        var stack = repository is null ? null : PushInfoExclude(null, repository);
        var rel = Path.GetRelativePath(ignoreRoot, full).Replace('\\', '/');
        if (rel == ".")
        {
            return (stack, "");
        }

        var dirFull = ignoreRoot;
        var dirRel = "";
        foreach (var part in rel.Split('/'))
        {
            foreach (var name in IgnoreFiles.PerDirectory)
            {
                var file = Path.Join(dirFull, name);
                if (File.Exists(file))
                {
                    stack = IgnoreStack.Push(stack, IgnoreFiles.Load(file, dirRel, _workspace.RelativeToBase(file), _diagnostics));
                }
            }

            dirFull = Path.Join(dirFull, part);
            dirRel = Join(dirRel, part);
        }

        return (stack, rel);
    }

    private IgnoreStack? PushInfoExclude(IgnoreStack? stack, string repositoryRoot)
    {
        if (IgnoreFiles.InfoExcludePath(repositoryRoot) is not { } path || !File.Exists(path))
        {
            return stack;
        }

        return IgnoreStack.Push(stack, IgnoreFiles.Load(path, "", Join(_workspace.RelativeToBase(repositoryRoot), ".git/info/exclude"), _diagnostics));
    }

    private static string Join(string dir, string name) => dir.Length == 0 ? name : dir + "/" + name;

    private static string Display(string outRel) => outRel.Length == 0 ? "." : outRel;

    private static Entry ToEntry(ref FileSystemEntry e)
    {
        var name = e.FileName.ToString();
        try
        {
            var isLink = (e.Attributes & FileAttributes.ReparsePoint) != 0;
            return new Entry(name, e.IsDirectory, isLink, e.IsDirectory || isLink ? 0 : e.Length);
        }
        catch (Exception ex) when (IoErrors.IsExpected(ex))
        {
            // The entry vanished between listing and inspection: keep it as an empty file; loading will report it.
            return new Entry(name, e.IsDirectory, false, 0);
        }
    }

    private readonly record struct Entry(string Name, bool IsDirectory, bool IsLink, long Length);

    private readonly record struct Candidate(WorkspaceFile File, string Real, bool ViaLink);

    /// <summary>A directory waiting to be listed: where it is, what it is called in the output and in the ignore files, and the rules in force.</summary>
    private sealed record DirectoryState(string Full, string Real, string OutRel, string IgnoreRel, IgnoreStack? Stack, bool Included, bool IsRoot);
}
