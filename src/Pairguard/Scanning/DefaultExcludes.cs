namespace Pairguard.Scanning;

/// <summary>
/// Directories and files skipped unless <see cref="ScanRequest.UseDefaultExcludes"/> is false: version-control data,
/// installed dependencies, virtualenvs, caches, IDE state and build output. Names that are also common source folders
/// (<c>bin</c>, <c>build</c>, <c>target</c>, <c>vendor</c>...) are skipped only when the project beside or inside them says they are output.
/// </summary>
internal static class DefaultExcludes
{
    /// <summary>Version-control metadata: never walked, even without default excludes (name such a directory to scan it).</summary>
    public static readonly IReadOnlySet<string> AlwaysSkippedMetadata = new HashSet<string>(StringComparer.Ordinal)
    {
        ".git", ".hg", ".svn", ".bzr", "_darcs", ".jj",
    };

    /// <summary>Directory names skipped wherever they appear.</summary>
    public static readonly IReadOnlySet<string> AlwaysExcludedDirectories = new HashSet<string>(StringComparer.Ordinal)
    {
        "node_modules", "bower_components", "jspm_packages", ".yarn", ".pnpm-store",
        ".venv", "venv", "__pycache__", ".tox", ".nox", ".mypy_cache", ".pytest_cache", ".ruff_cache", ".hypothesis", ".eggs",
        ".gradle", ".idea", ".vs", ".vscode-test",
        ".next", ".nuxt", ".svelte-kit", ".angular", ".parcel-cache", ".turbo", ".expo", "dist",
        ".nyc_output", "htmlcov",
        ".terraform", ".serverless", ".dart_tool",
    };

    /// <summary>Files that mark a directory as generated, whatever its name: a virtualenv and a cache directory.</summary>
    private static readonly string[] GeneratedMarkers = ["pyvenv.cfg", "CACHEDIR.TAG"];

    private static readonly string[] DotnetProjects = [".csproj", ".fsproj", ".vbproj", ".vcxproj"];

    /// <summary>
    /// True when the directory <paramref name="name"/> of a parent that holds <paramref name="siblings"/> is output by name and context
    /// (decided before the directory is opened).
    /// </summary>
    public static bool ExcludedByName(string name, IReadOnlyCollection<string> siblings) => name switch
    {
        _ when AlwaysExcludedDirectories.Contains(name) => true,
        "bin" or "obj" => siblings.Any(s => DotnetProjects.Any(ext => s.EndsWith(ext, StringComparison.OrdinalIgnoreCase))),
        "target" => siblings.Any(s => s is "pom.xml" or "Cargo.toml" or "build.sbt" or "project.clj"),
        "build" => siblings.Any(s => s is "build.gradle" or "build.gradle.kts" or "settings.gradle" or "settings.gradle.kts" or "setup.py" or "pyproject.toml"),
        "out" => siblings.Any(s => s is "package.json" or "tsconfig.json" or "pom.xml" or "build.gradle" or "build.gradle.kts" || s.EndsWith(".iml", StringComparison.Ordinal)),
        "vendor" => siblings.Any(s => s is "go.mod" or "composer.json"),
        _ => false,
    };

    /// <summary>True when the directory <paramref name="name"/>, once listed as <paramref name="children"/>, turns out to be generated.</summary>
    public static bool ExcludedByContent(string name, IReadOnlyCollection<string> children)
    {
        if (children.Any(c => GeneratedMarkers.Contains(c, StringComparer.Ordinal)))
        {
            return true;
        }

        return name switch
        {
            "bin" => children.Any(c => c is "Debug" or "Release"),
            "obj" => children.Any(c => c is "Debug" or "Release" or "project.assets.json"),
            "build" => children.Contains("CMakeCache.txt"),
            "coverage" => children.Any(c => c is "lcov.info" or "lcov-report" or "coverage-final.json" or "clover.xml" or "cobertura-coverage.xml" or "coverage-summary.json"),
            _ => false,
        };
    }

    /// <summary>Why a file is skipped by default (minified bundles and source maps), or null to scan it.</summary>
    public static string? SkipReasonForFile(string name)
    {
        if (name.EndsWith(".min.js", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".min.mjs", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".min.cjs", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".min.css", StringComparison.OrdinalIgnoreCase))
        {
            return "minified bundle (skipped by default; --no-default-excludes scans it)";
        }

        if (name.EndsWith(".map", StringComparison.OrdinalIgnoreCase))
        {
            return "source map (skipped by default; --no-default-excludes scans it)";
        }

        return null;
    }
}
