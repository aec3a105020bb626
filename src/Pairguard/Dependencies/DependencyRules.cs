using Pairguard.Scanning;

namespace Pairguard.Dependencies;

/// <summary>The rules the dependency analyzer reports; one per risk signal.</summary>
public static class DependencyRules
{
    public static readonly RuleDescriptor NotFound = Rule("deps.not-found", "Package does not exist in its registry", Severity.Critical, Confidence.High, [1357, 829],
        "The package is not on the registry: a hallucinated or removed name. Anyone can register it and wait for the install (slopsquatting).",
        "Remove the dependency or replace it with the real package that provides what the code needs. Never create or install a package under an invented name.");

    public static readonly RuleDescriptor KnownHallucination = Rule("deps.known-hallucinated", "Name known to be invented by language models", Severity.Critical, Confidence.High, [1357],
        "Language models are known to suggest this exact name for a package that was never published by the project it imitates; attackers register such names.",
        "Find the real package in the project's official documentation and use it instead.");

    public static readonly RuleDescriptor Typosquat = Rule("deps.typosquat", "Name imitates a popular package", Severity.High, Confidence.Medium, [1357],
        "The name is a near-miss of a popular package (a typo, separators, word order, an added prefix or suffix, a look-alike scope or characters): a classic typosquatting pattern.",
        "Check the spelling against the popular package and use the real one unless this package is really intended.");

    public static readonly RuleDescriptor NewPackage = Rule("deps.new-package", "Package first published less than 30 days ago", Severity.Medium, Confidence.Medium, [1357],
        "A package published in the last 30 days has no track record; slopsquatting packages are registered shortly before they are installed.",
        "Review the package's code, maintainer and repository before installing it.");

    public static readonly RuleDescriptor FewReleases = Rule("deps.few-releases", "Package has only one or two releases", Severity.Low, Confidence.Low, [1357],
        "Very few releases mean little history to trust.",
        "Check that this is the package you intend and that it is maintained.");

    public static readonly RuleDescriptor NoRepository = Rule("deps.no-repository", "Package names no source repository or homepage", Severity.Low, Confidence.Low, [1357],
        "The package does not link to its source code, so what it installs cannot be reviewed against a repository.",
        "Prefer packages with a public source repository.");

    public static readonly RuleDescriptor InstallScripts = Rule("deps.install-scripts", "Package runs code at install time", Severity.Medium, Confidence.Medium, [506, 829],
        "The package runs scripts when installed (npm preinstall/install/postinstall, or a Python source-only release whose build runs at install), which is how malicious packages act before any code imports them.",
        "Review the install scripts; install with scripts disabled (npm --ignore-scripts, pip --only-binary :all:) where possible.");

    public static readonly RuleDescriptor Yanked = Rule("deps.yanked", "Version is yanked, unlisted or deprecated", Severity.Medium, Confidence.High, [1104],
        "The pinned version was withdrawn (yanked or unlisted) or the package is deprecated by its maintainers.",
        "Move to a supported version or to the package the maintainers recommend.");

    public static readonly RuleDescriptor UndeclaredImport = Rule("deps.undeclared-import", "Import of a package no manifest declares", Severity.Low, Confidence.Medium, [1357],
        "The code imports a package that no manifest or lockfile declares: it may be a hallucinated name that someone will install by hand to make the import work.",
        "Declare the dependency in the manifest after checking that it is the real package, or remove the import.");

    public static readonly RuleDescriptor NotVerified = Rule("deps.not-verified", "Package could not be verified", Severity.Info, Confidence.High, [],
        "The package could not be checked against its registry (offline and not cached, no registry configured, registry unreachable, or installed from a URL or repository).",
        "Configure the registry (see the message), run online, or review the source by hand.");

    /// <summary>Every rule of the analyzer.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = [NotFound, KnownHallucination, Typosquat, NewPackage, FewReleases, NoRepository, InstallScripts, Yanked, UndeclaredImport, NotVerified];

    private static RuleDescriptor Rule(string id, string title, Severity severity, Confidence confidence, int[] cwe, string description, string fix) => new()
    {
        Id = id,
        Title = title,
        Description = description,
        Severity = severity,
        Confidence = confidence,
        Cwe = cwe,
        Owasp = "A06:2021-Vulnerable and Outdated Components",
        Analyzer = DependencyAnalyzer.AnalyzerId,
        HelpMarkdown = description + "\n\nFix: " + fix,
        Tags = ["security", "supply-chain"],
    };
}
