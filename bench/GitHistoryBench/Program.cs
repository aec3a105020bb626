using System.Diagnostics;
using LibGit2Sharp;

// Compares two ways to list and read every blob that any commit adds or modifies (what `pairguard secrets --history` scans):
// the git CLI (`git log --raw` + `git cat-file --batch`, as GitHistoryScanner does) and LibGit2Sharp (tree diffs in process).
// Usage: GitHistoryBench REPO_OR_BARE_MIRROR cli|libgit2, timed from outside so the git child processes are counted.
if (args.Length < 2 || args[1] is not ("cli" or "libgit2"))
{
    Console.Error.WriteLine("usage: GitHistoryBench REPO cli|libgit2   (measure the whole process: /usr/bin/time -f '%e %U %S' ...)");
    return 2;
}

var sw = Stopwatch.StartNew();
var (blobs, bytes) = args[1] == "cli" ? ViaCli(args[0]) : ViaLibGit2(args[0]);
Console.WriteLine($"{args[1]}: {blobs} distinct blobs added or modified, {bytes / 1e6:0.0} MB read, {sw.Elapsed.TotalSeconds:0.00} s wall");
return 0;

static (int, long) ViaCli(string repo)
{
    var ids = new List<string>();
    var seen = new HashSet<string>(StringComparer.Ordinal);
    using (var log = Start(repo, "log", "--all", "--reverse", "--raw", "--no-abbrev", "--no-renames", "--diff-filter=AM", "--diff-merges=first-parent", "--format=%H"))
    {
        string? line;
        while ((line = log.StandardOutput.ReadLine()) is not null)
        {
            if (line.StartsWith(':') && line.IndexOf('\t') is var tab and > 0)
            {
                var meta = line[1..tab].Split(' ');
                if (meta.Length >= 5 && meta[1] is "100644" or "100755" && seen.Add(meta[3]))
                {
                    ids.Add(meta[3]);
                }
            }
        }

        log.WaitForExit();
    }

    long bytes = 0;
    using (var cat = Start(repo, "cat-file", "--batch"))
    {
        var writer = Task.Run(() =>
        {
            foreach (var id in ids)
            {
                cat.StandardInput.Write(id + "\n");
            }

            cat.StandardInput.Close();
        });
        var stream = cat.StandardOutput.BaseStream;
        var header = new List<byte>();
        var buffer = new byte[1 << 16];
        for (var i = 0; i < ids.Count; i++)
        {
            header.Clear();
            int b;
            while ((b = stream.ReadByte()) is >= 0 and not '\n')
            {
                header.Add((byte)b);
            }

            var parts = System.Text.Encoding.ASCII.GetString(header.ToArray()).Split(' ');
            var size = long.Parse(parts[2]) + 1;
            bytes += size - 1;
            while (size > 0)
            {
                var n = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, size));
                size -= n;
            }
        }

        writer.Wait();
        cat.WaitForExit();
    }

    return (ids.Count, bytes);
}

static (int, long) ViaLibGit2(string path)
{
    using var repo = new Repository(path);
    var seen = new HashSet<ObjectId>();
    long bytes = 0;
    var filter = new CommitFilter { IncludeReachableFrom = repo.Refs.ToList(), SortBy = CommitSortStrategies.Topological | CommitSortStrategies.Reverse };
    foreach (var commit in repo.Commits.QueryBy(filter))
    {
        var parent = commit.Parents.FirstOrDefault();
        using var changes = repo.Diff.Compare<TreeChanges>(parent?.Tree, commit.Tree);
        foreach (var change in changes)
        {
            if (change.Status is not (ChangeKind.Added or ChangeKind.Modified) || change.Mode is not (Mode.NonExecutableFile or Mode.ExecutableFile) || !seen.Add(change.Oid))
            {
                continue;
            }

            var blob = repo.Lookup<Blob>(change.Oid);
            using var s = blob.GetContentStream();
            bytes += blob.Size;
            s.CopyTo(Stream.Null);
        }
    }

    return (seen.Count, bytes);
}

static Process Start(string repo, params string[] args)
{
    var psi = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardInput = true, RedirectStandardError = false, UseShellExecute = false };
    psi.ArgumentList.Add("--git-dir=" + (Directory.Exists(Path.Combine(repo, ".git")) ? Path.Combine(repo, ".git") : repo));
    foreach (var a in args)
    {
        psi.ArgumentList.Add(a);
    }

    return Process.Start(psi)!;
}
