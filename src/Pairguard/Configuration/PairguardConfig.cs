using Pairguard.Scanning;

namespace Pairguard.Configuration;

/// <summary>Per-rule setting from <c>.pairguard.yml</c>: enabled or not, and an optional severity override.</summary>
public sealed record RuleSetting(bool Enabled, Severity? Severity);

/// <summary>Per-analyzer setting from <c>.pairguard.yml</c>: enabled or not, and free-form options.</summary>
public sealed record AnalyzerSetting(bool Enabled, IReadOnlyDictionary<string, string> Options);

/// <summary>The contents of <c>.pairguard.yml</c> after validation.</summary>
public sealed record PairguardConfig
{
    /// <summary>No configuration: every default applies.</summary>
    public static PairguardConfig Empty { get; } = new();

    /// <summary>Where the configuration was read from (null for defaults).</summary>
    public string? SourcePath { get; init; }

    /// <summary>Threshold for a failing exit code; null when not set in the file.</summary>
    public Severity? FailOn { get; init; }

    /// <summary>True when the file said <c>fail-on: never</c>.</summary>
    public bool FailNever { get; init; }

    public long? MaxFileSize { get; init; }

    public IReadOnlyList<string> Include { get; init; } = [];

    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>Rule id or glob (<c>python.crypto.*</c>) → setting, in file order (later entries win).</summary>
    public IReadOnlyList<KeyValuePair<string, RuleSetting>> Rules { get; init; } = [];

    /// <summary>Analyzer id → setting.</summary>
    public IReadOnlyDictionary<string, AnalyzerSetting> Analyzers { get; init; } = new Dictionary<string, AnalyzerSetting>();

    /// <summary>Package ecosystem (npm, pypi, nuget, go, cargo, rubygems, packagist, maven) → registry base URL; wins over the ecosystem's own configuration.</summary>
    public IReadOnlyDictionary<string, string> Registries { get; init; } = new Dictionary<string, string>();

    /// <summary>True unless the configuration disables the analyzer.</summary>
    public bool IsAnalyzerEnabled(string id) => !Analyzers.TryGetValue(id, out var s) || s.Enabled;

    /// <summary>Options given to an analyzer (empty when none).</summary>
    public IReadOnlyDictionary<string, string> AnalyzerOptions(string id) =>
        Analyzers.TryGetValue(id, out var s) ? s.Options : new Dictionary<string, string>();

    /// <summary>The effective setting for a rule id (last matching entry wins); null when the config says nothing.</summary>
    public RuleSetting? RuleSettingFor(string ruleId)
    {
        RuleSetting? result = null;
        foreach (var (pattern, setting) in Rules)
        {
            if (RulePattern.Matches(pattern, ruleId))
            {
                result = setting;
            }
        }

        return result;
    }
}

/// <summary>Matches rule ids against exact ids or simple globs where <c>*</c> stands for any characters.</summary>
public static class RulePattern
{
    /// <summary>True when the id equals the pattern, or matches it with <c>*</c> wildcards.</summary>
    public static bool Matches(string pattern, string ruleId)
    {
        if (!pattern.Contains('*'))
        {
            return string.Equals(pattern, ruleId, StringComparison.Ordinal);
        }

        var parts = pattern.Split('*');
        var pos = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (i == 0)
            {
                if (!ruleId.StartsWith(part, StringComparison.Ordinal))
                {
                    return false;
                }

                pos = part.Length;
                continue;
            }

            if (i == parts.Length - 1)
            {
                return ruleId.Length - pos >= part.Length && ruleId.EndsWith(part, StringComparison.Ordinal);
            }

            var idx = ruleId.IndexOf(part, pos, StringComparison.Ordinal);
            if (idx < 0)
            {
                return false;
            }

            pos = idx + part.Length;
        }

        return true;
    }
}
