using System.Diagnostics;
using System.Text.RegularExpressions;
using Pairguard.Scanning;

namespace Pairguard.Bench;

/// <summary>
/// <c>glob-vs-git [SEED] [ITERATIONS]</c>: differential check of the ignore-pattern matcher against <c>git check-ignore</c>.
/// Random ignore files (one to three lines, with negations) are applied to a fixed tree; every path's verdict must agree.
/// </summary>
internal static partial class GlobVersusGit
{
    private static readonly string[] Tokens = ["a", "b", "x", ".", "*", "*", "?", "**", "/", "/", "[ab]", "[!a]", "[a-b]", "\\*", "h"];

    public static Task<int> RunAsync(string[] args)
    {
        var seed = args.Length > 0 && int.TryParse(args[0], out var s) ? s : 1;
        var iterations = args.Length > 1 && int.TryParse(args[1], out var n) ? n : 300;
        var root = Path.Combine(Path.GetTempPath(), "pairguard-glob-vs-git-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            Directory.CreateDirectory(root);
            var paths = new List<(string Path, bool IsDirectory)>();
            BuildTree(root, "", 0, paths);
            Git(root, "init -q");
            var rng = new Random(seed);
            var mismatches = 0;
            var checkedFiles = 0;
            for (var i = 0; i < iterations; i++)
            {
                var lines = new List<string>();
                for (var count = rng.Next(1, 4); lines.Count < count;)
                {
                    var line = RandomLine(rng);
                    if (line is not null)
                    {
                        lines.Add(lines.Count > 0 && rng.Next(2) == 0 ? "!" + line : line);
                    }
                }

                var text = string.Join('\n', lines) + "\n";
                File.WriteAllText(Path.Combine(root, ".gitignore"), text);
                var rules = IgnoreRules.Parse("", text);
                var ignoredByGit = Git(root, "check-ignore --no-index --stdin", string.Join('\n', paths.Select(p => p.Path)))
                    .Split('\n', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
                foreach (var (path, isDirectory) in paths)
                {
                    checkedFiles++;
                    var ours = IgnoredWalkingDown(rules, path, isDirectory);
                    if (ours != ignoredByGit.Contains(path))
                    {
                        if (++mismatches <= 20)
                        {
                            Console.WriteLine($"{text.Replace("\n", " | ", StringComparison.Ordinal)} on {path}{(isDirectory ? "/" : "")}: git {ignoredByGit.Contains(path)}, Pairguard {ours}");
                        }
                    }
                }
            }

            Console.WriteLine($"seed {seed}: {iterations} ignore files x {paths.Count} paths = {checkedFiles:N0} verdicts, {mismatches} mismatches");
            return Task.FromResult(mismatches == 0 ? 0 : 1);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    // The walk never enters an ignored directory, so a path is ignored when it or any parent directory is.
    private static bool IgnoredWalkingDown(IgnoreRules rules, string path, bool isDirectory)
    {
        var end = -1;
        do
        {
            end = path.IndexOf('/', end + 1);
            var prefix = end < 0 ? path : path[..end];
            if (rules.Evaluate(prefix, end >= 0 || isDirectory) == IgnoreVerdict.Ignored)
            {
                return true;
            }
        }
        while (end >= 0);
        return false;
    }

    private static string? RandomLine(Random rng)
    {
        var line = string.Concat(Enumerable.Range(0, rng.Next(1, 6)).Select(_ => Tokens[rng.Next(Tokens.Length)]));
        if (rng.Next(4) == 0)
        {
            line += "/";
        }

        // Left out: comments, inert lines with empty segments, and "**" glued to other characters, where git's
        // implementation (a literal-prefix shortcut) departs from its documented "regular asterisks" rule.
        return line.Trim().Length == 0 || line[0] is '#' or '!' || line.Contains("//", StringComparison.Ordinal) || GluedDoubleStar().IsMatch(line) ? null : line;
    }

    private static void BuildTree(string root, string relative, int depth, List<(string, bool)> paths)
    {
        foreach (var file in new[] { "x", "a.x", "bx", "ab.x", ".h" })
        {
            var path = relative.Length == 0 ? file : relative + "/" + file;
            File.WriteAllText(Path.Combine(root, path), "");
            paths.Add((path, false));
        }

        if (depth == 3)
        {
            return;
        }

        foreach (var dir in new[] { "a", "b", "ab" })
        {
            var path = relative.Length == 0 ? dir : relative + "/" + dir;
            Directory.CreateDirectory(Path.Combine(root, path));
            paths.Add((path, true));
            BuildTree(root, path, depth + 1, paths);
        }
    }

    private static string Git(string workingDirectory, string arguments, string? input = null)
    {
        var start = new ProcessStartInfo("git", arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = input is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start git");
        if (input is not null)
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
        }

        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }

    [GeneratedRegex(@"[^/*]\*\*|\*\*[^/*]")]
    private static partial Regex GluedDoubleStar();
}
