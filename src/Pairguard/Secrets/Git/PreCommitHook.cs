namespace Pairguard.Secrets.Git;

/// <summary>What installing or removing the pre-commit hook did.</summary>
public enum HookOutcome
{
    Installed,
    Updated,
    Chained,
    Replaced,
    Removed,
    Restored,
    NotInstalled,
    Foreign,
}

/// <summary>Installs <c>.git/hooks/pre-commit</c> running the staged scan; an existing foreign hook is chained (kept and run first), replaced only with force.</summary>
public static class PreCommitHook
{
    /// <summary>Marker line identifying a hook written by Pairguard.</summary>
    public const string Marker = "# pairguard-managed-hook";

    /// <summary>File name the previous (foreign) hook is moved to when chained.</summary>
    public const string ChainedName = "pre-commit.pairguard-chained";

    /// <summary>The hooks directory of a repository (honours worktrees and <c>core.hooksPath</c>).</summary>
    public static string HooksDirectory(string repoRoot)
    {
        var path = new GitCli(repoRoot).RunText("rev-parse", "--git-path", "hooks").Trim();
        return Path.GetFullPath(Path.Combine(repoRoot, path));
    }

    /// <summary>The hook script: runs a chained hook first, then <paramref name="command"/> (e.g. <c>pairguard scan --staged</c>).</summary>
    public static string Script(string command) =>
        "#!/bin/sh\n"
        + Marker + "\n"
        + "# Installed by 'pairguard hook install pre-commit'; remove with 'pairguard hook uninstall pre-commit'.\n"
        + "hook_dir=$(dirname \"$0\")\n"
        + $"if [ -x \"$hook_dir/{ChainedName}\" ]; then\n"
        + $"  \"$hook_dir/{ChainedName}\" \"$@\" || exit $?\n"
        + "fi\n"
        + command + "\n";

    /// <summary>Installs the hook; a foreign hook is chained unless <paramref name="force"/> replaces it.</summary>
    public static HookOutcome Install(string repoRoot, string command, bool force)
    {
        var dir = HooksDirectory(repoRoot);
        Directory.CreateDirectory(dir);
        var hook = Path.Combine(dir, "pre-commit");
        var outcome = HookOutcome.Installed;
        if (File.Exists(hook))
        {
            if (IsOurs(hook))
            {
                outcome = HookOutcome.Updated;
            }
            else if (force)
            {
                outcome = HookOutcome.Replaced;
            }
            else
            {
                var chained = Path.Combine(dir, ChainedName);
                if (File.Exists(chained))
                {
                    return HookOutcome.Foreign;
                }

                File.Move(hook, chained);
                MakeExecutable(chained);
                outcome = HookOutcome.Chained;
            }
        }

        File.WriteAllText(hook, Script(command));
        MakeExecutable(hook);
        return outcome;
    }

    /// <summary>Removes Pairguard's hook and restores a chained one; refuses to delete a hook Pairguard did not write.</summary>
    public static HookOutcome Uninstall(string repoRoot)
    {
        var dir = HooksDirectory(repoRoot);
        var hook = Path.Combine(dir, "pre-commit");
        if (!File.Exists(hook))
        {
            return HookOutcome.NotInstalled;
        }

        if (!IsOurs(hook))
        {
            return HookOutcome.Foreign;
        }

        File.Delete(hook);
        var chained = Path.Combine(dir, ChainedName);
        if (File.Exists(chained))
        {
            File.Move(chained, hook);
            return HookOutcome.Restored;
        }

        return HookOutcome.Removed;
    }

    private static bool IsOurs(string hook) => File.ReadLines(hook).Take(5).Any(l => l.Trim() == Marker);

    private static void MakeExecutable(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute | UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
