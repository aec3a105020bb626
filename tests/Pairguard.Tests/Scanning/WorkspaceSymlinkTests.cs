namespace Pairguard.Tests.Scanning;

public class WorkspaceSymlinkTests
{
    [Fact]
    public void LinkToAnAncestorDoesNotLoopAndEachFileIsFoundOnce()
    {
        using var tree = new TempTree()
            .File("src/a.py")
            .File("src/deep/b.py")
            .DirLink("src/deep/loop", "../..")
            .DirLink("src/self", ".");

        var files = tree.Discover();

        Assert.Equal(["src/a.py", "src/deep/b.py"], files);
    }

    [Fact]
    public void LinkOutsideTheRootIsNotFollowed()
    {
        using var outside = new TempTree().File("secret.py", "outside\n");
        using var tree = new TempTree()
            .File("app.py")
            .DirLink("external", outside.Root)
            .FileLink("secret-link.py", outside.PathOf("secret.py"));

        var files = tree.Discover(out var diagnostics);

        Assert.Equal(["app.py"], files);
        Assert.Contains(diagnostics, d => d.Path == "external" && d.Message.Contains("outside the scanned directory", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Path == "secret-link.py" && d.Message.Contains("outside the scanned directory", StringComparison.Ordinal));
    }

    [Fact]
    public void LinkThatLeavesASubdirectoryRootIsNotFollowed()
    {
        using var tree = new TempTree()
            .File("lib/util.py")
            .File("src/app.py")
            .DirLink("src/lib", "../lib");

        Assert.Equal(["src/app.py"], tree.Discover(paths: "src"));
        Assert.Equal(["lib/util.py", "src/app.py"], tree.Discover());
    }

    [Fact]
    public void LinkedFileInsideTheRootIsScannedOnceUnderItsRealPath()
    {
        using var tree = new TempTree()
            .File("real/config.py")
            .FileLink("alias.py", "real/config.py")
            .DirLink("aaa-alias-dir", "real");

        Assert.Equal(["real/config.py"], tree.Discover());
    }

    [Fact]
    public void LinkedDirectoryInsideTheRootIsWalkedWhenItsTargetIsIgnored()
    {
        using var tree = new TempTree()
            .File(".gitignore", "/hidden/\n")
            .File("hidden/x.py")
            .DirLink("visible", "hidden");

        Assert.Equal([".gitignore", "visible/x.py"], tree.Discover());
    }

    [Fact]
    public void BrokenLinkIsReportedNotFatal()
    {
        using var tree = new TempTree().File("a.py").FileLink("dangling.py", "nowhere.py").FileLink("selfloop", "selfloop");

        var files = tree.Discover(out var diagnostics);

        Assert.Equal(["a.py"], files);
        Assert.Contains(diagnostics, d => d.Path == "dangling.py" && d.Message.Contains("broken symbolic link", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Path == "selfloop" && d.Message.Contains("broken symbolic link", StringComparison.Ordinal));
    }
}
