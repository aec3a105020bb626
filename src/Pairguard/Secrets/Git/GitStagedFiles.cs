using Pairguard.Scanning;

namespace Pairguard.Secrets.Git;

/// <summary>What is about to be committed: the staged (index) content of added, copied, modified and renamed files.</summary>
public static class GitStagedFiles
{
    /// <summary>The index version of every staged file, as in-memory workspace files with paths relative to the repository root.</summary>
    public static IReadOnlyList<WorkspaceFile> FromIndex(string repoRoot, long maxFileSize = ScanRequest.DefaultMaxFileSize)
    {
        var git = new GitCli(repoRoot);
        var names = git.RunText("diff", "--cached", "--name-only", "-z", "--diff-filter=ACMR")
            .Split('\0', StringSplitOptions.RemoveEmptyEntries);
        if (names.Length == 0)
        {
            return [];
        }

        // mode SP object SP stage TAB path NUL
        var staged = new HashSet<string>(names, StringComparer.Ordinal);
        var blobs = new List<(string Path, string Sha)>();
        foreach (var entry in git.RunText("ls-files", "--stage", "-z").Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            var tab = entry.IndexOf('\t', StringComparison.Ordinal);
            var meta = entry[..tab].Split(' ');
            var path = entry[(tab + 1)..];
            if (staged.Contains(path) && meta[0] is "100644" or "100755" && meta[2] == "0")
            {
                blobs.Add((path, meta[1]));
            }
        }

        var files = new List<WorkspaceFile>(blobs.Count);
        using var reader = new GitBlobReader(git);
        foreach (var (path, sha) in blobs)
        {
            // Larger blobs are left out, as the scanner would skip them.
            if (reader.Read(sha, maxFileSize, out _) is { } content)
            {
                files.Add(WorkspaceFile.InMemory(path, content));
            }
        }

        return files;
    }
}
