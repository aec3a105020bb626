using Pairguard.Secrets.Git;

namespace Pairguard.Tests.Secrets;

public class PreCommitHookTests
{
    private static string CliDll => Path.Combine(AppContext.BaseDirectory, "Pairguard.Cli.dll");

    private static string HookCommand => $"dotnet \"{CliDll}\"";

    [Fact]
    public void Hook_blocks_a_commit_with_a_secret_and_lets_a_clean_one_through()
    {
        using var repo = new TempGitRepo();
        repo.Write("README.md", "# demo\n");
        repo.Commit("init");

        var install = repo.Run("dotnet", CliDll, "hook", "install", "pre-commit", "--secrets-only", "--command", HookCommand);
        Assert.True(install.Code == 0, install.Stderr + install.Stdout);

        var token = SecretFixtures.ChecksummedToken(new Random(31), "ghp_");
        repo.Write("deploy.py", $"GITHUB_TOKEN = \"{token}\"\n");
        repo.Git("add", "deploy.py");
        var blocked = repo.Run("git", "commit", "-q", "-m", "add deploy");

        Assert.NotEqual(0, blocked.Code);
        Assert.Contains("secrets.github.pat-classic", blocked.Stdout + blocked.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(token, blocked.Stdout + blocked.Stderr, StringComparison.Ordinal);
        Assert.Equal("1", repo.Git("rev-list", "--count", "HEAD").Trim());

        repo.Write("deploy.py", "import os\nGITHUB_TOKEN = os.environ[\"GITHUB_TOKEN\"]\n");
        repo.Git("add", "deploy.py");
        var clean = repo.Run("git", "commit", "-q", "-m", "add deploy");

        Assert.True(clean.Code == 0, clean.Stdout + clean.Stderr);
        Assert.Equal("2", repo.Git("rev-list", "--count", "HEAD").Trim());
    }

    [Fact]
    public void A_foreign_hook_is_chained_not_overwritten_and_restored_on_uninstall()
    {
        using var repo = new TempGitRepo();
        repo.Write("README.md", "# demo\n");
        repo.Commit("init");
        var hooks = PreCommitHook.HooksDirectory(repo.Root);
        Directory.CreateDirectory(hooks);
        var foreign = "#!/bin/sh\ntouch \"$(git rev-parse --show-toplevel)/.git/foreign-ran\"\n";
        File.WriteAllText(Path.Combine(hooks, "pre-commit"), foreign);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(hooks, "pre-commit"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        Assert.Equal(HookOutcome.Chained, PreCommitHook.Install(repo.Root, HookCommand + " secrets --staged", force: false));
        Assert.Equal(foreign, File.ReadAllText(Path.Combine(hooks, PreCommitHook.ChainedName)));

        repo.Write("a.txt", "fine\n");
        repo.Git("add", "a.txt");
        var commit = repo.Run("git", "commit", "-q", "-m", "a");
        Assert.True(commit.Code == 0, commit.Stdout + commit.Stderr);
        Assert.True(File.Exists(Path.Combine(repo.Root, ".git", "foreign-ran")));

        Assert.Equal(HookOutcome.Restored, PreCommitHook.Uninstall(repo.Root));
        Assert.Equal(foreign, File.ReadAllText(Path.Combine(hooks, "pre-commit")));
        Assert.Equal(HookOutcome.Foreign, PreCommitHook.Uninstall(repo.Root));
    }

    [Fact]
    public void Force_replaces_a_foreign_hook_and_reinstall_updates_ours()
    {
        using var repo = new TempGitRepo();
        var hooks = PreCommitHook.HooksDirectory(repo.Root);
        Directory.CreateDirectory(hooks);
        File.WriteAllText(Path.Combine(hooks, "pre-commit"), "#!/bin/sh\nexit 0\n");

        Assert.Equal(HookOutcome.Replaced, PreCommitHook.Install(repo.Root, "pairguard scan --staged", force: true));
        Assert.False(File.Exists(Path.Combine(hooks, PreCommitHook.ChainedName)));
        Assert.Equal(HookOutcome.Updated, PreCommitHook.Install(repo.Root, "pairguard scan --staged", force: false));
        Assert.Contains("pairguard scan --staged", File.ReadAllText(Path.Combine(hooks, "pre-commit")), StringComparison.Ordinal);
        Assert.Equal(HookOutcome.Removed, PreCommitHook.Uninstall(repo.Root));
        Assert.Equal(HookOutcome.NotInstalled, PreCommitHook.Uninstall(repo.Root));
    }
}
