namespace Pairguard.Scanning;

/// <summary>Counters of a finished scan.</summary>
public sealed record ScanStats
{
    public int FilesDiscovered { get; init; }

    public int FilesAnalyzed { get; init; }

    public int FilesSkipped { get; init; }

    public long BytesAnalyzed { get; init; }

    public TimeSpan Duration { get; init; }
}

/// <summary>The outcome of a scan: every finding (suppressed ones included and marked), diagnostics, rules and counters.</summary>
public sealed record ScanResult
{
    /// <summary>All findings in deterministic order; suppressed findings carry <see cref="Finding.Suppression"/>.</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }

    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    /// <summary>Descriptors of every rule of the analyzers that ran, sorted by id.</summary>
    public required IReadOnlyList<RuleDescriptor> Rules { get; init; }

    public required ScanStats Stats { get; init; }

    /// <summary>Absolute base directory of relative paths.</summary>
    public required string BaseDirectory { get; init; }

    public string ToolVersion { get; init; } = ToolInfo.Version;

    /// <summary>Findings not suppressed inline nor by the baseline.</summary>
    public IEnumerable<Finding> Active => Findings.Where(f => f.Suppression is null);

    /// <summary>How many findings the baseline accepted.</summary>
    public int BaselinedCount => Findings.Count(f => f.Suppression?.Kind == Suppression.Baseline);

    /// <summary>True when an active finding is at or above the threshold (null threshold: never).</summary>
    public bool HasFindingsAtOrAbove(Severity? threshold) => threshold is { } t && Active.Any(f => f.Severity >= t);
}

/// <summary>Name and version of the tool, for reports.</summary>
public static class ToolInfo
{
    public const string Name = "Pairguard";

    /// <summary>Informational version of the library assembly (without build metadata).</summary>
    public static string Version { get; } = (typeof(ToolInfo).Assembly
        .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
        .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "0.0.0").Split('+')[0];
}
