using System.Collections.Concurrent;
using System.Diagnostics;
using Pairguard.Scanning;

namespace Pairguard.Secrets.Git;

/// <summary>Which part of the history to scan.</summary>
public sealed record HistoryScanOptions
{
    /// <summary>Only commits after this ref (<c>REF..</c>); null for the whole history.</summary>
    public string? Since { get; init; }

    /// <summary>Branches or refs to walk; empty for every ref (<c>--all</c>).</summary>
    public IReadOnlyList<string> Branches { get; init; } = [];

    public long MaxFileSize { get; init; } = ScanRequest.DefaultMaxFileSize;

    /// <summary>Blobs scanned in parallel per batch.</summary>
    public int Jobs { get; init; } = Math.Max(1, Environment.ProcessorCount);
}

/// <summary>Progress of a history scan: commits walked, blobs scanned of those found.</summary>
public readonly record struct HistoryProgress(int Commits, int BlobsScanned, int BlobsTotal);

/// <summary>Scans every blob reachable in the git history once, attributing each secret to the oldest commit that added it.</summary>
public sealed class GitHistoryScanner
{
    private const long BatchBytes = 32L * 1024 * 1024;

    private readonly SecretEngine _engine;

    public GitHistoryScanner(SecretEngine? engine = null)
    {
        _engine = engine ?? SecretEngine.Default;
    }

    /// <summary>Walks the history with <c>git log --raw</c> (merges diffed against their first parent, so a blob that only a merge
    /// commit introduces — a conflict resolution — is scanned too), reads each new blob with <c>git cat-file --batch</c> and scans it.</summary>
    public ScanResult Scan(string repoRoot, HistoryScanOptions options, IProgress<HistoryProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var git = new GitCli(repoRoot);
        var (blobs, commits) = WalkHistory(git, options, cancellationToken);
        progress?.Report(new HistoryProgress(commits, 0, blobs.Count));

        var findings = new ConcurrentBag<Finding>();
        var diagnostics = new ConcurrentBag<Diagnostic>();
        var scanned = 0;
        long bytes = 0;
        using (var reader = new GitBlobReader(git))
        {
            var batch = new List<(BlobOrigin Origin, byte[] Content)>();
            long batchSize = 0;
            void Flush()
            {
                Parallel.ForEach(batch, new ParallelOptions { MaxDegreeOfParallelism = options.Jobs, CancellationToken = cancellationToken }, item =>
                {
                    ScanBlob(item.Origin, item.Content, findings, diagnostics, cancellationToken);
                });
                scanned += batch.Count;
                progress?.Report(new HistoryProgress(commits, scanned, blobs.Count));
                batch.Clear();
                batchSize = 0;
            }

            foreach (var origin in blobs)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var content = reader.Read(origin.Blob, options.MaxFileSize, out var size);
                if (content is null)
                {
                    diagnostics.Add(new Diagnostic(DiagnosticKind.Skipped, origin.Path, $"blob {origin.Blob[..12]} in {origin.Commit[..12]} is larger than the size limit ({size:N0} bytes)"));
                    scanned++;
                    continue;
                }

                bytes += content.Length;
                batch.Add((origin, content));
                batchSize += content.Length;
                if (batchSize >= BatchBytes)
                {
                    Flush();
                }
            }

            Flush();
        }

        // One finding per secret per path: the oldest commit that introduced it.
        var unique = findings
            .GroupBy(f => (f.RuleId, f.Location.Path, Hash: f.Properties["secretHash"]))
            .Select(g => g.OrderBy(f => f.Properties["order"], StringComparer.Ordinal).First())
            .Select(f => f with { Properties = f.Properties.Where(p => p.Key != "order").ToDictionary(p => p.Key, p => p.Value) })
            .ToList();

        return new ScanResult
        {
            Findings = Scanner.Sort(unique),
            Diagnostics = diagnostics.OrderBy(d => d.Path, StringComparer.Ordinal).ToList(),
            Rules = _engine.Detectors.Select(d => d.Rule).OrderBy(r => r.Id, StringComparer.Ordinal).ToList(),
            BaseDirectory = Path.GetFullPath(repoRoot),
            Stats = new ScanStats { FilesDiscovered = blobs.Count, FilesAnalyzed = scanned, BytesAnalyzed = bytes, Duration = clock.Elapsed },
        };
    }

    private void ScanBlob(BlobOrigin origin, byte[] content, ConcurrentBag<Finding> findings, ConcurrentBag<Diagnostic> diagnostics, CancellationToken ct)
    {
        var (text, _, _, binary) = FileLoader.Decode(content);
        if (binary || text.Length == 0)
        {
            return;
        }

        var file = SourceFile.FromText(origin.Path, text);
        IReadOnlyList<SecretMatch> matches;
        try
        {
            matches = _engine.Find(text, file.Language, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.AnalyzerError, origin.Path, $"{e.GetType().Name}: {e.Message}", SecretsAnalyzer.AnalyzerId));
            return;
        }

        if (matches.Count == 0)
        {
            return;
        }

        var extra = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["commit"] = origin.Commit,
            ["author"] = origin.Author,
            ["date"] = origin.Date,
            ["blob"] = origin.Blob,
            ["order"] = origin.Order.ToString("D10", System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var f in SecretsAnalyzer.FindingsFor(file, matches, extra))
        {
            findings.Add(f);
        }
    }

    private static (List<BlobOrigin> Blobs, int Commits) WalkHistory(GitCli git, HistoryScanOptions options, CancellationToken ct)
    {
        var args = new List<string> { "log", "--reverse", "--raw", "--no-abbrev", "--no-renames", "--no-color", "--diff-filter=AM", "--diff-merges=first-parent", "--format=\u0001%H\u001f%an <%ae>\u001f%aI" };
        var range = options.Branches.Count == 0 ? new List<string> { "--all" } : options.Branches.ToList();
        if (options.Since is { Length: > 0 } since)
        {
            range = range.Count == 1 && range[0] == "--all" ? ["--all", "^" + since] : range.Append("^" + since).ToList();
        }

        args.AddRange(range);
        args.Add("--");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var blobs = new List<BlobOrigin>();
        var commits = 0;
        string commit = "", author = "", date = "";
        using var p = git.Start(args);
        var stderr = p.StandardError.ReadToEndAsync(ct);
        string? line;
        while ((line = p.StandardOutput.ReadLine()) is not null)
        {
            ct.ThrowIfCancellationRequested();
            if (line.StartsWith('\u0001'))
            {
                var parts = line[1..].Split('\u001f');
                (commit, author, date) = (parts[0], parts.Length > 1 ? parts[1] : "", parts.Length > 2 ? parts[2] : "");
                commits++;
                continue;
            }

            // :100644 100644 <old> <new> M<TAB>path
            if (!line.StartsWith(':') || line.IndexOf('\t', StringComparison.Ordinal) is var tab && tab < 0)
            {
                continue;
            }

            var meta = line[1..tab].Split(' ');
            if (meta.Length < 5 || meta[1] is not ("100644" or "100755") || !seen.Add(meta[3]))
            {
                continue;
            }

            blobs.Add(new BlobOrigin(meta[3], Unquote(line[(tab + 1)..]), commit, author, date, blobs.Count));
        }

        p.WaitForExit();
        if (p.ExitCode != 0)
        {
            throw new GitException($"git log failed ({p.ExitCode}): {stderr.Result.Trim()}");
        }

        return (blobs, commits);
    }

    private static string Unquote(string path)
    {
        if (path.Length < 2 || path[0] != '"' || path[^1] != '"')
        {
            return path;
        }

        return System.Text.RegularExpressions.Regex.Unescape(path[1..^1]);
    }

    private sealed record BlobOrigin(string Blob, string Path, string Commit, string Author, string Date, int Order);
}
