using Pairguard.Scanning;

namespace Pairguard.Tests.Scanning;

public class WorkspaceDefaultExcludeTests
{
    private static TempTree Project() => new TempTree()
        .File("app.py")
        .File(".git/config", "[core]\n")
        .File("node_modules/left-pad/index.js")
        .File("web/bower_components/x.js")
        .File(".venv/lib/site.py")
        .File("venv/lib/site.py")
        .File("env/pyvenv.cfg", "home = /usr\n").File("env/lib/site.py")
        .File("py311/pyvenv.cfg", "home = /usr\n").File("py311/lib/site.py")
        .File("config/env/settings.py")
        .File("pkg/__pycache__/m.cpython-312.pyc")
        .File(".tox/py/x.py").File(".mypy_cache/x.json").File(".pytest_cache/README.md")
        .File("Api/Api.csproj", "<Project />").File("Api/bin/Debug/x.cs").File("Api/obj/project.assets.json")
        .File("tools/bin/deploy.sh", "#!/bin/sh\n")
        .File("rust/Cargo.toml").File("rust/target/debug/build.rs")
        .File("java/target/Main.java")
        .File("gradle/build.gradle").File("gradle/build/gen/X.java")
        .File("scripts/build/release.py")
        .File("dist/bundle.js").File(".next/server.js").File(".nuxt/app.js")
        .File("go/go.mod").File("go/vendor/lib/lib.go")
        .File("php/composer.json").File("php/vendor/lib/lib.php")
        .File("ruby/vendor/assets/x.js")
        .File(".gradle/cache.bin").File(".idea/workspace.xml").File(".vs/config.json")
        .File("coverage/lcov.info").File("coverage/lcov-report/index.html")
        .File("static/app.min.js").File("static/app.min.css").File("static/app.js.map").File("static/app.js");

    [Fact]
    public void DefaultExcludesSkipDependenciesVirtualenvsCachesAndBuildOutput()
    {
        using var tree = Project();

        var files = tree.Discover(out var diagnostics);

        Assert.Equal(
            [
                "Api/Api.csproj", "app.py", "config/env/settings.py", "go/go.mod", "gradle/build.gradle", "java/target/Main.java",
                "php/composer.json", "ruby/vendor/assets/x.js", "rust/Cargo.toml", "scripts/build/release.py", "static/app.js", "tools/bin/deploy.sh",
            ],
            files);
        Assert.Contains(diagnostics, d => d.Kind == DiagnosticKind.Skipped && d.Path == "static/app.min.js" && d.Message.StartsWith("minified bundle", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Kind == DiagnosticKind.Skipped && d.Path == "static/app.min.css");
        Assert.Contains(diagnostics, d => d.Kind == DiagnosticKind.Skipped && d.Path == "static/app.js.map" && d.Message.StartsWith("source map", StringComparison.Ordinal));
    }

    [Fact]
    public void DefaultExcludesCanBeTurnedOffButVersionControlDataStaysOut()
    {
        using var tree = Project();

        var files = tree.Discover(out var diagnostics, r => r with { UseDefaultExcludes = false });

        Assert.Contains("node_modules/left-pad/index.js", files);
        Assert.Contains(".venv/lib/site.py", files);
        Assert.Contains("env/lib/site.py", files);
        Assert.Contains("rust/target/debug/build.rs", files);
        Assert.Contains("go/vendor/lib/lib.go", files);
        Assert.Contains("static/app.min.js", files);
        Assert.Contains("static/app.js.map", files);
        Assert.DoesNotContain(files, f => f.StartsWith(".git/", StringComparison.Ordinal));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void NamedExcludedDirectoryIsStillScanned()
    {
        using var tree = new TempTree().File("node_modules/pkg/index.js").File("node_modules/pkg/node_modules/dep/index.js");

        Assert.Equal(["node_modules/pkg/index.js"], tree.Discover(paths: "node_modules/pkg"));
    }
}
