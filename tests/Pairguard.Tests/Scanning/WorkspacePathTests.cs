using Pairguard.Configuration;
using Pairguard.Scanning;

namespace Pairguard.Tests.Scanning;

public class WorkspacePathTests
{
    [Fact]
    public void IncludeAndExcludeGlobsFromRequestAndConfigBothApply()
    {
        using var tree = new TempTree()
            .File("src/app.py").File("src/app_test.py").File("src/gen/out.py").File("src/web.js")
            .File("scripts/tool.py").File("README.md");

        var files = tree.Discover(r => r with
        {
            Includes = ["src/**"],
            Excludes = ["*_test.py"],
            Config = PairguardConfig.Empty with { Include = ["*.py"], Exclude = ["src/gen/"] },
        });

        // includes: a file matching any include glob; excludes: any exclude glob removes it.
        Assert.Equal(["scripts/tool.py", "src/app.py", "src/web.js"], files);
    }

    [Fact]
    public void IncludeDirectoryGlobIncludesEverythingBelowIt()
    {
        using var tree = new TempTree().File("api/v1/users.py").File("api/v1/deep/x.py").File("web/app.js");

        Assert.Equal(["api/v1/deep/x.py", "api/v1/users.py"], tree.Discover(r => r with { Includes = ["api/"] }));
    }

    [Fact]
    public void NegatedIncludeActsAsAnExclude()
    {
        using var tree = new TempTree().File("src/a.py").File("src/a.test.py");

        Assert.Equal(["src/a.py"], tree.Discover(r => r with { Includes = ["src/", "!*.test.py"] }));
    }

    [Fact]
    public void IncludesAreRelativeToTheBaseDirectoryWhenScanningASubdirectory()
    {
        using var tree = new TempTree().File("src/app/main.py").File("src/app/main.js").File("src/lib/util.py");

        Assert.Equal(["src/app/main.py"], tree.Discover(r => r with { Includes = ["src/app/*.py"] }, "src/app"));
        Assert.Equal(["src/app/main.js", "src/app/main.py"], tree.Discover(r => r with { Includes = ["src/"] }, "src/app"));
    }

    [Fact]
    public void ExplicitFileIsScannedEvenWhenIgnoredOrExcluded()
    {
        using var tree = new TempTree()
            .File(".gitignore", "*.log\n")
            .File("debug.log")
            .File("node_modules/pkg/index.js")
            .File("bundle.min.js");

        var files = tree.Discover(r => r with { Excludes = ["debug.log"] }, "debug.log", "node_modules/pkg/index.js", "bundle.min.js");

        Assert.Equal(["bundle.min.js", "debug.log", "node_modules/pkg/index.js"], files);
    }

    [Fact]
    public void MultiplePathsAreDeduplicated()
    {
        using var tree = new TempTree().File("src/a.py").File("src/b.py").File("lib/c.py");

        var files = tree.Discover(null, "src", "src/a.py", ".", "src");

        Assert.Equal(["lib/c.py", "src/a.py", "src/b.py"], files);
    }

    [Fact]
    public void MissingPathBecomesADiagnosticAndOthersAreStillScanned()
    {
        using var tree = new TempTree().File("a.py");

        var files = tree.Discover(out var diagnostics, null, "a.py", "missing");

        Assert.Equal(["a.py"], files);
        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticKind.ReadError, d.Kind);
        Assert.Equal("path does not exist", d.Message);
        Assert.EndsWith("missing", d.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void HiddenFilesAndDirectoriesAreScanned()
    {
        using var tree = new TempTree().File(".env", "KEY=1\n").File(".github/workflows/ci.yml").File(".cursor/rules/a.mdc").File(".cursorrules");

        Assert.Equal([".cursor/rules/a.mdc", ".cursorrules", ".env", ".github/workflows/ci.yml"], tree.Discover());
    }

    [Fact]
    public void OrderIsOrdinalAndStableAcrossRuns()
    {
        using var tree = new TempTree().File("b/z.py").File("B/a.py").File("a.py").File("a/b.py").File("a-b.py").File("_x.py").File("Z.py");

        var first = tree.Discover();
        var second = tree.Discover();

        Assert.Equal(["B/a.py", "Z.py", "_x.py", "a-b.py", "a.py", "a/b.py", "b/z.py"], first);
        Assert.Equal(first, second);
    }

    [Fact]
    public void FileSizesAndFullPathsAreReported()
    {
        using var tree = new TempTree().File("a.py", "12345");

        var file = Assert.Single(new Workspace(tree.Request()).Discover([]));

        Assert.Equal(5, file.SizeBytes);
        Assert.Equal(tree.PathOf("a.py"), file.FullPath);
        Assert.Null(file.Content);
    }

    [Fact]
    public void DirectoryThatCannotBeListedBecomesADiagnosticAndTheWalkGoesOn()
    {
        using var tree = new TempTree().File("ok.py");

        // Tests may run as root, for whom permission bits do not apply; a directory deeper than the OS path
        // limit cannot be listed by anyone. It is built with relative paths by the shell, which has no such limit.
        // The shell can enter directories while their path stays under the limit, then makes one more level beyond it.
        var segment = new string('d', 200);
        var reachable = (4096 - tree.Root.Length - 1) / (segment.Length + 1);
        var script = $"cd '{tree.Root}' && for i in $(seq 1 {reachable}); do mkdir {segment} && cd {segment} || exit 1; done && mkdir {segment}";
        using (var sh = System.Diagnostics.Process.Start("/bin/sh", ["-c", script]))
        {
            sh.WaitForExit();
            Assert.Equal(0, sh.ExitCode);
        }

        var files = tree.Discover(out var diagnostics);

        Assert.Equal(["ok.py"], files);
        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticKind.ReadError, d.Kind);
        Assert.StartsWith("cannot list directory", d.Message, StringComparison.Ordinal);
        Assert.StartsWith(segment + "/" + segment, d.Path, StringComparison.Ordinal);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void UnreadableDirectoryAsNonRootBecomesADiagnostic()
    {
        using var tree = new TempTree().File("ok.py").File("locked/inside.py");
        File.SetUnixFileMode(tree.PathOf("locked"), UnixFileMode.None);
        try
        {
            var canStillList = Directory.EnumerateFileSystemEntries(tree.PathOf("locked")).Any();
            var files = tree.Discover(out var diagnostics);

            // As root the bits do not apply and the file is found; otherwise the directory is reported and skipped.
            Assert.Equal(canStillList ? ["locked/inside.py", "ok.py"] : ["ok.py"], files);
            Assert.Equal(canStillList ? 0 : 1, diagnostics.Count(d => d.Path == "locked" && d.Message == "cannot list directory: permission denied"));
        }
        finally
        {
            File.SetUnixFileMode(tree.PathOf("locked"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
