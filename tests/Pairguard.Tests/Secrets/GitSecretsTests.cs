using System.Text;
using Pairguard.Scanning;
using Pairguard.Secrets;
using Pairguard.Secrets.Git;

namespace Pairguard.Tests.Secrets;

public class GitSecretsTests
{
    [Fact]
    public async Task Staged_scan_sees_the_index_content_not_the_working_tree()
    {
        using var repo = new TempGitRepo();
        var token = SecretFixtures.ChecksummedToken(new Random(21), "ghp_");
        repo.Write("app.py", "print('hello')\n");
        repo.Commit("init");

        repo.Write("app.py", $"TOKEN = \"{token}\"\n");
        repo.Git("add", "app.py");
        repo.Write("app.py", "TOKEN = os.environ['TOKEN']\n");
        repo.Write("untracked.py", $"OTHER = \"{token}\"\n");

        var files = GitStagedFiles.FromIndex(repo.Root);

        var file = Assert.Single(files);
        Assert.Equal("app.py", file.RelativePath);
        Assert.Contains(token, Encoding.UTF8.GetString(file.Content!), StringComparison.Ordinal);

        var result = await new Scanner([new SecretsAnalyzer()]).ScanAsync(new ScanRequest { Paths = [repo.Root], BaseDirectory = repo.Root, ExplicitFiles = files });
        var f = Assert.Single(result.Findings);
        Assert.Equal("secrets.github.pat-classic", f.RuleId);
        Assert.Equal("app.py", f.Location.Path);
    }

    [Fact]
    public void Staged_scan_of_a_clean_index_is_empty_and_deleted_files_are_ignored()
    {
        using var repo = new TempGitRepo();
        repo.Write("a.txt", "a\n");
        repo.Write("b.txt", "b\n");
        repo.Commit("init");
        repo.Git("rm", "-q", "b.txt");

        Assert.Empty(GitStagedFiles.FromIndex(repo.Root));
    }

    [Fact]
    public void History_finds_a_secret_added_then_deleted_three_commits_ago()
    {
        using var repo = new TempGitRepo();
        var token = "sk_live_" + SecretFixtures.RandomAlnum(new Random(22), 32);
        repo.Write("README.md", "# demo\n");
        repo.Commit("init");
        repo.Write("billing.py", $"STRIPE_KEY = \"{token}\"\n");
        var added = repo.Commit("add billing");
        repo.Write("billing.py", "STRIPE_KEY = os.environ['STRIPE_KEY']\n");
        repo.Commit("use env");
        repo.Write("notes.txt", "nothing\n");
        repo.Commit("notes");
        repo.Write("more.txt", "still nothing\n");
        repo.Commit("more");

        Assert.DoesNotContain(token, File.ReadAllText(Path.Combine(repo.Root, "billing.py")), StringComparison.Ordinal);
        var progress = new List<HistoryProgress>();
        var result = new GitHistoryScanner().Scan(repo.Root, new HistoryScanOptions(), new InlineProgress(progress.Add));

        var f = Assert.Single(result.Findings);
        Assert.Equal("secrets.stripe.secret-key", f.RuleId);
        Assert.Equal("billing.py", f.Location.Path);
        Assert.Equal(added, f.Properties["commit"]);
        Assert.Equal("Dev <dev@example.invalid>", f.Properties["author"]);
        Assert.False(string.IsNullOrEmpty(f.Properties["date"]));
        Assert.DoesNotContain(token, f.Message + f.Snippet, StringComparison.Ordinal);
        Assert.Equal(5, progress[^1].Commits);
        Assert.Equal(progress[^1].BlobsTotal, progress[^1].BlobsScanned);
    }

    [Fact]
    public void History_scans_each_blob_once_and_reports_a_secret_once_per_path()
    {
        using var repo = new TempGitRepo();
        var token = SecretFixtures.ChecksummedToken(new Random(23), "npm_");
        repo.Write("a/.npmrc", $"//npm.example.invalid/:_authToken={token}\n");
        var first = repo.Commit("one");
        repo.Write("a/.npmrc", $"//npm.example.invalid/:_authToken={token}\nalways-auth=true\n");
        repo.Commit("two");
        repo.Write("copy/.npmrc", $"# copied\n//npm.example.invalid/:_authToken={token}\n");
        repo.Commit("three");

        var result = new GitHistoryScanner().Scan(repo.Root, new HistoryScanOptions());

        Assert.Equal(3, result.Stats.FilesDiscovered);
        Assert.Equal(2, result.Findings.Count);
        Assert.Equal(first, result.Findings.Single(f => f.Location.Path == "a/.npmrc").Properties["commit"]);
        Assert.All(result.Findings, f => Assert.Equal("secrets.npm.access-token", f.RuleId));
    }

    [Fact]
    public void History_scans_a_blob_that_only_a_merge_commit_introduces()
    {
        using var repo = new TempGitRepo();
        var token = SecretFixtures.ChecksummedToken(new Random(25), "ghp_");
        repo.Write("settings.py", "MODE = 'base'\n");
        repo.Commit("base");
        var main = repo.Git("rev-parse", "--abbrev-ref", "HEAD").Trim();
        repo.Git("checkout", "-q", "-b", "feature");
        repo.Write("settings.py", "MODE = 'feature'\n");
        repo.Commit("feature");
        repo.Git("checkout", "-q", main);
        repo.Write("settings.py", "MODE = 'main'\n");
        repo.Commit("main");
        Assert.NotEqual(0, repo.Run("git", "merge", "-q", "--no-commit", "feature").Code); // both sides changed the line: a conflict

        // the conflict resolution brings a token that no parent has
        repo.Write("settings.py", $"MODE = 'merged'\nGITHUB_TOKEN = \"{token}\"\n");
        repo.Git("add", "settings.py");
        repo.Git("commit", "-q", "-m", "merge feature");
        var merge = repo.Git("rev-parse", "HEAD").Trim();

        var result = new GitHistoryScanner().Scan(repo.Root, new HistoryScanOptions());

        var f = Assert.Single(result.Findings);
        Assert.Equal("settings.py", f.Location.Path);
        Assert.Equal(merge, f.Properties["commit"]);
    }

    [Fact]
    public void History_since_a_ref_skips_older_commits()
    {
        using var repo = new TempGitRepo();
        var rng = new Random(24);
        var old = SecretFixtures.ChecksummedToken(rng, "ghp_");
        var fresh = SecretFixtures.ChecksummedToken(rng, "ghp_");
        repo.Write("old.py", $"T = \"{old}\"\n");
        var baseCommit = repo.Commit("old");
        repo.Write("new.py", $"T = \"{fresh}\"\n");
        repo.Commit("new");

        var result = new GitHistoryScanner().Scan(repo.Root, new HistoryScanOptions { Since = baseCommit });

        Assert.Equal("new.py", Assert.Single(result.Findings).Location.Path);
    }

    private sealed class InlineProgress(Action<HistoryProgress> report) : IProgress<HistoryProgress>
    {
        public void Report(HistoryProgress value) => report(value);
    }
}
