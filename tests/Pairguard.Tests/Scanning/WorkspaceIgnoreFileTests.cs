namespace Pairguard.Tests.Scanning;

public class WorkspaceIgnoreFileTests
{
    [Fact]
    public void NestedGitignoreReIncludesAndAddsItsOwnRules()
    {
        using var tree = new TempTree()
            .File(".gitignore", "*.log\n")
            .File("app.log").File("main.py")
            .File("logs/.gitignore", "!keep.log\n")
            .File("logs/keep.log").File("logs/other.log")
            .File("pkg/.gitignore", "generated.py\n")
            .File("pkg/generated.py").File("pkg/sub/generated.py").File("generated.py");

        var files = tree.Discover();

        Assert.Contains("logs/keep.log", files);
        Assert.DoesNotContain("logs/other.log", files);
        Assert.DoesNotContain("app.log", files);
        Assert.DoesNotContain("pkg/generated.py", files);
        Assert.DoesNotContain("pkg/sub/generated.py", files);
        Assert.Contains("generated.py", files); // the pkg/.gitignore only applies below pkg/
        Assert.Contains("main.py", files);
    }

    [Fact]
    public void FileCannotBeReIncludedWhenItsDirectoryIsExcluded()
    {
        using var tree = new TempTree()
            .File(".gitignore", "secret/\n!secret/keep.py\nother/*\n!other/keep.py\n")
            .File("secret/keep.py").File("secret/drop.py")
            .File("other/keep.py").File("other/drop.py");

        var files = tree.Discover();

        Assert.DoesNotContain("secret/keep.py", files);
        Assert.DoesNotContain("secret/drop.py", files);
        Assert.Contains("other/keep.py", files);
        Assert.DoesNotContain("other/drop.py", files);
    }

    [Fact]
    public void AnchoredPatternMatchesOnlyAtItsLevel()
    {
        using var tree = new TempTree()
            .File(".gitignore", "/config.py\nsettings.py\n")
            .File("config.py").File("app/config.py")
            .File("settings.py").File("app/settings.py");

        var files = tree.Discover();

        Assert.Equal(["app/config.py"], files.Where(f => f.EndsWith(".py", StringComparison.Ordinal)));
    }

    [Fact]
    public void DirectoryOnlyPatternKeepsFilesOfTheSameName()
    {
        using var tree = new TempTree()
            .File(".gitignore", "cache/\n")
            .File("cache/data.py")
            .File("src/cache/data.py")
            .File("lib/cache");

        var files = tree.Discover();

        Assert.DoesNotContain("cache/data.py", files);
        Assert.DoesNotContain("src/cache/data.py", files);
        Assert.Contains("lib/cache", files);
    }

    [Fact]
    public void DoubleStarPatternsOnDisk()
    {
        using var tree = new TempTree()
            .File(".gitignore", "**/fixtures/*.json\ndocs/**\n!docs/keep.md\nsrc/**/gen/\n")
            .File("fixtures/a.json").File("test/deep/fixtures/b.json").File("test/deep/fixtures/c.py")
            .File("docs/x.md").File("docs/keep.md")
            .File("src/a/b/gen/out.py").File("src/gen/out.py").File("src/a/keep.py");

        var files = tree.Discover();

        Assert.DoesNotContain("fixtures/a.json", files);
        Assert.DoesNotContain("test/deep/fixtures/b.json", files);
        Assert.Contains("test/deep/fixtures/c.py", files);
        Assert.DoesNotContain("docs/x.md", files);
        Assert.Contains("docs/keep.md", files);
        Assert.DoesNotContain("src/a/b/gen/out.py", files);
        Assert.DoesNotContain("src/gen/out.py", files);
        Assert.Contains("src/a/keep.py", files);
    }

    [Fact]
    public void EscapesCommentsAndTrailingSpaces()
    {
        using var tree = new TempTree()
            .File(".gitignore", "# comment.py\n\\#hash.py\n\\!bang.py\ntrailing.py   \n")
            .File("comment.py").File("#hash.py").File("!bang.py").File("trailing.py");

        var files = tree.Discover();

        Assert.Contains("comment.py", files);
        Assert.DoesNotContain("#hash.py", files);
        Assert.DoesNotContain("!bang.py", files);
        Assert.DoesNotContain("trailing.py", files);
    }

    [Fact]
    public void WindowsLineEndingsInIgnoreFiles()
    {
        using var tree = new TempTree().File(".gitignore", "*.log\r\n/tmp/\r\n").File("a.log").File("tmp/x.py").File("a.py");

        Assert.Equal([".gitignore", "a.py"], tree.Discover());
    }

    [Fact]
    public void GitInfoExcludeApplies()
    {
        using var tree = new TempTree()
            .File(".git/info/exclude", "local-notes.md\n")
            .File(".git/HEAD", "ref: refs/heads/main\n")
            .File("local-notes.md").File("README.md");

        var files = tree.Discover();

        Assert.Equal(["README.md"], files);
    }

    [Fact]
    public void GitignoreOverridesInfoExclude()
    {
        using var tree = new TempTree()
            .File(".git/info/exclude", "*.md\n")
            .File(".gitignore", "!README.md\n")
            .File("README.md").File("NOTES.md");

        Assert.Equal([".gitignore", "README.md"], tree.Discover());
    }

    [Fact]
    public void GitFilePointingToAGitDirectoryIsFollowedForInfoExclude()
    {
        using var tree = new TempTree()
            .File("gitdirs/wt/info/exclude", "scratch.py\n")
            .File("work/.git", "gitdir: ../gitdirs/wt\n")
            .File("work/scratch.py").File("work/app.py");

        var files = tree.Discover(paths: "work");

        Assert.Equal(["work/app.py"], files);
    }

    [Fact]
    public void PairguardIgnoreWorksAtAnyLevel()
    {
        using var tree = new TempTree()
            .File(".pairguardignore", "fixtures/\n")
            .File("fixtures/vuln.py")
            .File("lib/.pairguardignore", "*.sql\n")
            .File("lib/schema.sql").File("schema.sql").File("lib/app.py");

        var files = tree.Discover();

        Assert.DoesNotContain("fixtures/vuln.py", files);
        Assert.DoesNotContain("lib/schema.sql", files);
        Assert.Contains("schema.sql", files);
        Assert.Contains("lib/app.py", files);
    }

    [Fact]
    public void PairguardIgnoreCanReIncludeWhatGitignoreIgnores()
    {
        using var tree = new TempTree()
            .File(".gitignore", "*.env\n")
            .File(".pairguardignore", "!prod.env\n")
            .File("prod.env").File("dev.env");

        var files = tree.Discover();

        Assert.Contains("prod.env", files);
        Assert.DoesNotContain("dev.env", files);
    }

    [Fact]
    public void IgnoreFilesAreReadInATreeThatIsNotARepository()
    {
        using var tree = new TempTree().File(".gitignore", "*.tmp\n").File("a.tmp").File("a.py");

        Assert.False(Directory.Exists(tree.PathOf(".git")));
        Assert.Equal([".gitignore", "a.py"], tree.Discover());
    }

    [Fact]
    public void RootGitignoreAppliesWhenScanningASubdirectory()
    {
        using var tree = new TempTree()
            .Dir(".git")
            .File(".gitignore", "src/generated/\n*.bak\n")
            .File("src/generated/x.py").File("src/a.py").File("src/a.py.bak");

        Assert.Equal(["src/a.py"], tree.Discover(paths: "src"));
    }

    [Fact]
    public void NestedRepositoryStartsFreshRules()
    {
        using var tree = new TempTree()
            .Dir(".git")
            .File(".gitignore", "*.cfg\n")
            .File("a.cfg")
            .Dir("vendored/.git")
            .File("vendored/b.cfg");

        var files = tree.Discover();

        Assert.DoesNotContain("a.cfg", files);
        Assert.Contains("vendored/b.cfg", files);
    }

    [Fact]
    public void IgnoreFilesCanBeTurnedOff()
    {
        using var tree = new TempTree().File(".gitignore", "*.log\n").File("a.log");

        Assert.Contains("a.log", tree.Discover(r => r with { UseIgnoreFiles = false }));
        Assert.DoesNotContain("a.log", tree.Discover());
    }
}
