namespace Pairguard.Dependencies;

/// <summary>Package ecosystem identifiers used in dependency references, configuration keys and <c>vet</c> specs.</summary>
public static class Ecosystems
{
    public const string Npm = "npm";
    public const string PyPI = "pypi";
    public const string NuGet = "nuget";
    public const string Go = "go";
    public const string Cargo = "cargo";
    public const string RubyGems = "rubygems";
    public const string Packagist = "packagist";
    public const string Maven = "maven";

    /// <summary>Every supported ecosystem, in display order.</summary>
    public static IReadOnlyList<string> All { get; } = [Npm, PyPI, NuGet, Go, Cargo, RubyGems, Packagist, Maven];

    /// <summary>Maps a user-facing alias (<c>pip</c>, <c>crates</c>, <c>gem</c>, <c>composer</c>...) to the ecosystem id; null when unknown.</summary>
    public static string? Normalize(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "npm" or "node" or "js" or "yarn" or "pnpm" => Npm,
        "pypi" or "pip" or "python" or "py" or "uv" or "poetry" => PyPI,
        "nuget" or "dotnet" or ".net" => NuGet,
        "go" or "golang" or "gomod" => Go,
        "cargo" or "crates" or "crate" or "rust" => Cargo,
        "rubygems" or "gem" or "gems" or "ruby" or "bundler" => RubyGems,
        "packagist" or "composer" or "php" => Packagist,
        "maven" or "mvn" or "gradle" or "java" => Maven,
        _ => null,
    };

    /// <summary>Canonical form of a package name for comparison and caching (PEP 503 for PyPI, lower case where the registry is case-insensitive).</summary>
    public static string CanonicalName(string ecosystem, string name) => ecosystem switch
    {
        PyPI => NormalizePython(name),
        NuGet or Cargo or Packagist => name.Trim().ToLowerInvariant(),
        _ => name.Trim(),
    };

    /// <summary>PEP 503 normalisation: lower case, runs of <c>-_.</c> become one <c>-</c>.</summary>
    public static string NormalizePython(string name)
    {
        var sb = new System.Text.StringBuilder(name.Length);
        var sep = false;
        foreach (var c in name.Trim())
        {
            if (c is '-' or '_' or '.')
            {
                sep = true;
                continue;
            }

            if (sep && sb.Length > 0)
            {
                sb.Append('-');
            }

            sep = false;
            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }
}
