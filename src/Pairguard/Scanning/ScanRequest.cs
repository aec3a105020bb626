using Pairguard.Configuration;

namespace Pairguard.Scanning;

/// <summary>Everything a scan needs to know: what to scan, how, and with which settings. Built by every entry point.</summary>
public sealed record ScanRequest
{
    /// <summary>Default size above which a file is skipped (bytes).</summary>
    public const long DefaultMaxFileSize = 2 * 1024 * 1024;

    /// <summary>Files or directories to scan (absolute or relative to the current directory).</summary>
    public required IReadOnlyList<string> Paths { get; init; }

    /// <summary>Directory that finding paths are relative to; also where <c>.pairguard.yml</c> is looked up.</summary>
    public required string BaseDirectory { get; init; }

    /// <summary>Glob patterns a file must match to be scanned (empty: all).</summary>
    public IReadOnlyList<string> Includes { get; init; } = [];

    /// <summary>Glob patterns excluding files or directories.</summary>
    public IReadOnlyList<string> Excludes { get; init; } = [];

    public long MaxFileSize { get; init; } = DefaultMaxFileSize;

    /// <summary>Maximum number of files analyzed at once.</summary>
    public int Jobs { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>Wall-clock budget per file for all file analyzers together.</summary>
    public TimeSpan PerFileTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Skip .git, node_modules, virtualenvs and build output (on by default).</summary>
    public bool UseDefaultExcludes { get; init; } = true;

    /// <summary>Honour .gitignore, .git/info/exclude and .pairguardignore (on by default).</summary>
    public bool UseIgnoreFiles { get; init; } = true;

    public PairguardConfig Config { get; init; } = PairguardConfig.Empty;

    /// <summary>Fingerprints accepted by a baseline file; findings with these are marked suppressed.</summary>
    public Baseline? Baseline { get; init; }

    public bool ReportUnusedSuppressions { get; init; }

    /// <summary>No network access for any analyzer.</summary>
    public bool Offline { get; init; }

    /// <summary>Show secrets in full (text format only; explicit opt-in).</summary>
    public bool ShowSecrets { get; init; }

    /// <summary>Extra rule files or folders (<c>--rules</c>), loaded beside the built-in rules.</summary>
    public IReadOnlyList<string> RulePaths { get; init; } = [];

    /// <summary>Use only <see cref="RulePaths"/>, not the built-in rules (<c>--rules-only</c>).</summary>
    public bool RulesOnly { get; init; }

    /// <summary>When set, these files are scanned instead of discovering <see cref="Paths"/> (staged content, snippets).</summary>
    public IReadOnlyList<WorkspaceFile>? ExplicitFiles { get; init; }

    /// <summary>Analyzer-specific options from the command line (key → value).</summary>
    public IReadOnlyDictionary<string, string> Options { get; init; } = new Dictionary<string, string>();
}
