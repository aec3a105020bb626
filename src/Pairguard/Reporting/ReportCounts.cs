using Pairguard.Scanning;

namespace Pairguard.Reporting;

/// <summary>Finding counts of a scan result: active findings by severity, plus inline-suppressed and baselined totals.</summary>
public sealed record ReportCounts
{
    /// <summary>Active (not suppressed) findings per severity, indexed by <see cref="Severity"/> value.</summary>
    public required IReadOnlyList<int> ActiveBySeverity { get; init; }

    /// <summary>Inline-suppressed findings per severity, indexed by <see cref="Severity"/> value.</summary>
    public required IReadOnlyList<int> SuppressedBySeverity { get; init; }

    /// <summary>Baselined findings per severity, indexed by <see cref="Severity"/> value.</summary>
    public required IReadOnlyList<int> BaselinedBySeverity { get; init; }

    /// <summary>Severities from worst to least, the order every report lists them in.</summary>
    public static IReadOnlyList<Severity> SeveritiesWorstFirst { get; } = [Severity.Critical, Severity.High, Severity.Medium, Severity.Low, Severity.Info];

    public int Active => ActiveBySeverity.Sum();

    public int Suppressed => SuppressedBySeverity.Sum();

    public int Baselined => BaselinedBySeverity.Sum();

    /// <summary>Counts the findings of a scan result.</summary>
    public static ReportCounts From(IEnumerable<Finding> findings)
    {
        var size = SeveritiesWorstFirst.Count;
        var active = new int[size];
        var suppressed = new int[size];
        var baselined = new int[size];
        foreach (var f in findings)
        {
            var i = Math.Clamp((int)f.Severity, 0, size - 1);
            switch (f.Suppression?.Kind)
            {
                case null: active[i]++; break;
                case Suppression.Baseline: baselined[i]++; break;
                default: suppressed[i]++; break;
            }
        }

        return new ReportCounts { ActiveBySeverity = active, SuppressedBySeverity = suppressed, BaselinedBySeverity = baselined };
    }
}
