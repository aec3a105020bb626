namespace Pairguard.Scanning;

/// <summary>Finds and reads ignore files: <c>.gitignore</c> and <c>.pairguardignore</c> per directory, <c>.git/info/exclude</c> per repository.</summary>
internal static class IgnoreFiles
{
    /// <summary>Per-directory ignore files, lowest precedence first.</summary>
    public static readonly string[] PerDirectory = [".gitignore", ".pairguardignore"];

    private const long MaxIgnoreFileBytes = 4 * 1024 * 1024;

    /// <summary>The nearest directory at or above <paramref name="directory"/> that holds a <c>.git</c> entry; null outside a repository.</summary>
    public static string? FindRepositoryRoot(string directory)
    {
        for (var dir = directory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (Path.Exists(Path.Join(dir, ".git")))
            {
                return dir;
            }
        }

        return null;
    }

    /// <summary>Path of the repository's <c>info/exclude</c>, following a <c>.git</c> file (worktrees, submodules) to its git directory.</summary>
    public static string? InfoExcludePath(string repositoryRoot)
    {
        var dotGit = Path.Join(repositoryRoot, ".git");
        try
        {
            if (Directory.Exists(dotGit))
            {
                return Path.Join(dotGit, "info", "exclude");
            }

            if (!File.Exists(dotGit) || new FileInfo(dotGit).Length > 64 * 1024)
            {
                return null;
            }

            var line = File.ReadLines(dotGit).FirstOrDefault(l => l.StartsWith("gitdir:", StringComparison.Ordinal));
            if (line is null)
            {
                return null;
            }

            var gitDir = Path.GetFullPath(line["gitdir:".Length..].Trim(), repositoryRoot);
            var commonFile = Path.Join(gitDir, "commondir");
            if (File.Exists(commonFile))
            {
                var common = Path.GetFullPath(File.ReadAllText(commonFile).Trim(), gitDir);
                return Path.Join(common, "info", "exclude");
            }

            return Path.Join(gitDir, "info", "exclude");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Reads and compiles one ignore file; a missing file gives no rules, an unreadable one a warning.</summary>
    public static IgnoreRules Load(string path, string baseDirectory, string displayPath, ICollection<Diagnostic> diagnostics)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return new IgnoreRules(baseDirectory, []);
            }

            if (info.Length > MaxIgnoreFileBytes)
            {
                diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, displayPath, $"ignore file is larger than {MaxIgnoreFileBytes:N0} bytes; not applied"));
                return new IgnoreRules(baseDirectory, []);
            }

            return IgnoreRules.Parse(baseDirectory, File.ReadAllText(path), displayPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, displayPath, "cannot read ignore file: " + IoErrors.Describe(e)));
            return new IgnoreRules(baseDirectory, []);
        }
    }
}
