using System.CommandLine;
using System.Text.Json;
using Pairguard.Configuration;
using Pairguard.Scanning;
using Pairguard.Secrets;
using Pairguard.Secrets.Git;

namespace Pairguard.Cli.Commands;

/// <summary><c>pairguard secrets</c>: hard-coded credentials in the working tree, the staged changes (<c>--staged</c>) or the whole git history (<c>--history</c>).</summary>
public static class SecretsCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or directories (default: the current directory); with --staged or --history, the repository.", Arity = ArgumentArity.ZeroOrMore };
        var history = new Option<bool>("--history") { Description = "Scan every blob reachable in the git history (each once); findings carry commit, author and date." };
        var since = new Option<string?>("--since") { Description = "With --history: only commits after this ref." };
        var branch = new Option<string[]>("--branch") { Description = "With --history: walk these branches or refs instead of all refs.", AllowMultipleArgumentsPerToken = true };
        var staged = new Option<bool>("--staged") { Description = "Scan the staged (index) content about to be committed, not the working tree." };
        var format = new Option<string>("--format") { Description = "Output format: text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var showSecrets = new Option<bool>("--show-secrets") { Description = "Print secrets in full (text format, working tree only): they are re-read from the files, never stored in findings." };
        var command = new Command("secrets", "Find hard-coded secrets (API keys, tokens, private keys, passwords) in files, staged changes or git history; output is always redacted.");
        command.Arguments.Add(paths);
        command.Options.Add(history);
        command.Options.Add(since);
        command.Options.Add(branch);
        command.Options.Add(staged);
        command.Options.Add(format);
        command.Options.Add(showSecrets);
        command.SetAction(async (parse, ct) =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            var targets = parse.GetValue(paths) is { Length: > 0 } p ? p : ["."];
            try
            {
                ScanResult result;
                if (parse.GetValue(history))
                {
                    // A bare repository (a mirror) has history but no work tree.
                    var root = new GitCli(targets[0]).RunText("rev-parse", "--is-bare-repository").Trim() == "true" ? Path.GetFullPath(targets[0]) : GitCli.TopLevel(targets[0]);
                    var progress = new InlineProgress(h => stderr.Write($"\rhistory: {h.Commits} commits, {h.BlobsScanned}/{h.BlobsTotal} blobs scanned"));
                    result = new GitHistoryScanner().Scan(root, new HistoryScanOptions { Since = parse.GetValue(since), Branches = parse.GetValue(branch) ?? [] }, progress, ct);
                    stderr.WriteLine();
                }
                else if (parse.GetValue(staged))
                {
                    var root = GitCli.TopLevel(targets[0]);
                    result = await new Scanner([new SecretsAnalyzer()]).ScanAsync(new ScanRequest
                    {
                        Paths = [root],
                        BaseDirectory = root,
                        ExplicitFiles = GitStagedFiles.FromIndex(root),
                        Config = ConfigLoader.LoadFromDirectory(root),
                    }, ct);
                }
                else
                {
                    if (targets.FirstOrDefault(t => !File.Exists(t) && !Directory.Exists(t)) is { } missing)
                    {
                        stderr.WriteLine($"pairguard: path does not exist: {missing}");
                        return 2;
                    }

                    var baseDir = Directory.Exists(targets[0]) ? targets[0] : Path.GetDirectoryName(Path.GetFullPath(targets[0]))!;
                    result = await new Scanner([new SecretsAnalyzer()]).ScanAsync(new ScanRequest
                    {
                        Paths = targets,
                        BaseDirectory = Path.GetFullPath(baseDir),
                        Config = ConfigLoader.LoadFromDirectory(baseDir),
                        ShowSecrets = parse.GetValue(showSecrets),
                    }, ct);
                }

                if (parse.GetValue(format) == "json")
                {
                    WriteJson(stdout, result);
                }
                else
                {
                    WriteText(stdout, result, parse.GetValue(showSecrets));
                }

                return result.Active.Any() ? 1 : 0;
            }
            catch (Exception e) when (e is GitException or ConfigException)
            {
                stderr.WriteLine($"pairguard: {e.Message}");
                return 2;
            }
        });
        return command;
    }

    private static void WriteText(TextWriter output, ScanResult result, bool showSecrets)
    {
        var active = result.Active.ToList();
        foreach (var f in active)
        {
            output.WriteLine($"{f.Location}: {f.Severity.ToName()} {f.RuleId}: {f.Message}");
            if (f.Snippet is { Length: > 0 } snippet)
            {
                output.WriteLine("    " + snippet.Trim());
            }

            if (f.Properties.TryGetValue("commit", out var commit))
            {
                output.WriteLine($"    commit {commit[..Math.Min(12, commit.Length)]} by {f.Properties.GetValueOrDefault("author")} on {f.Properties.GetValueOrDefault("date")}");
            }

            if (showSecrets && SecretReveal.Reveal(result.BaseDirectory, f) is { } secret)
            {
                output.WriteLine("    secret: " + secret);
            }
        }

        output.WriteLine(active.Count == 0
            ? $"No secrets found ({result.Stats.FilesAnalyzed} files scanned)."
            : $"{active.Count} secret(s) found ({result.Stats.FilesAnalyzed} files scanned). Revoke and rotate them: removing a secret from the code does not remove it from git history.");
    }

    private static void WriteJson(TextWriter output, ScanResult result)
    {
        var doc = new
        {
            tool = ToolInfo.Name,
            version = result.ToolVersion,
            findings = result.Active.Select(f => new
            {
                ruleId = f.RuleId,
                severity = f.Severity.ToName(),
                confidence = f.Confidence.ToName(),
                message = f.Message,
                path = f.Location.Path,
                line = f.Location.StartLine,
                column = f.Location.StartColumn,
                snippet = f.Snippet,
                fingerprint = f.Fingerprint,
                properties = f.Properties,
            }),
            stats = new { files = result.Stats.FilesAnalyzed, bytes = result.Stats.BytesAnalyzed, seconds = result.Stats.Duration.TotalSeconds },
        };
        output.WriteLine(JsonSerializer.Serialize(doc, new JsonSerializerOptions { WriteIndented = true }));
    }

    /// <summary>Reports progress synchronously on the scanning thread, so lines come out in order.</summary>
    private sealed class InlineProgress(Action<HistoryProgress> report) : IProgress<HistoryProgress>
    {
        public void Report(HistoryProgress value) => report(value);
    }
}
