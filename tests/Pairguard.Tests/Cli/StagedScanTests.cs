using Pairguard.Tests.Secrets;

namespace Pairguard.Tests.Cli;

public class StagedScanTests
{
    [Fact]
    public async Task StagedScanSeesTheIndexNotTheWorkingTree()
    {
        using var repo = new TempGitRepo();
        repo.Write("README.md", "clean\n");
        repo.Commit("init");
        repo.Write("notes.md", "hidden \U000E0041\U000E0042 text\n");
        repo.Git("add", "notes.md");
        repo.Write("notes.md", "now clean in the working tree\n");

        var staged = await CliRunner.Invoke("scan", repo.Root, "--staged", "--format", "json", "--fail-on", "never");
        Assert.Equal(0, staged.ExitCode);
        Assert.Contains("agent.hidden-unicode.tag-characters", staged.Out);
        Assert.Contains("notes.md", staged.Out);

        var working = await CliRunner.Invoke("scan", repo.Root, "--format", "json", "--fail-on", "never");
        Assert.DoesNotContain("agent.hidden-unicode.tag-characters", working.Out);
    }

    [Fact]
    public async Task StagedOutsideAGitRepositoryIsAUsageError()
    {
        var dir = Directory.CreateTempSubdirectory("pg-nogit-");
        try
        {
            var run = await CliRunner.Invoke("scan", dir.FullName, "--staged");
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("--staged", run.Err);
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
