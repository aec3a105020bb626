namespace Pairguard.Scanning;

/// <summary>How bad a finding is, from informational to critical; ordered so that a larger value is worse.</summary>
public enum Severity
{
    Info = 0,
    Low = 1,
    Medium = 2,
    High = 3,
    Critical = 4,
}

/// <summary>How sure an analyzer is that a finding is real.</summary>
public enum Confidence
{
    Low = 0,
    Medium = 1,
    High = 2,
}

/// <summary>Parsing and formatting of <see cref="Severity"/> and <see cref="Confidence"/> names.</summary>
public static class SeverityNames
{
    /// <summary>Lower-case name used in every output format.</summary>
    public static string ToName(this Severity s) => s switch
    {
        Severity.Info => "info",
        Severity.Low => "low",
        Severity.Medium => "medium",
        Severity.High => "high",
        Severity.Critical => "critical",
        _ => "info",
    };

    /// <summary>Lower-case name used in every output format.</summary>
    public static string ToName(this Confidence c) => c switch
    {
        Confidence.Low => "low",
        Confidence.Medium => "medium",
        _ => "high",
    };

    /// <summary>Parses a severity name; also accepts Semgrep's legacy ERROR/WARNING/INFO.</summary>
    public static bool TryParse(string? text, out Severity severity)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "critical": severity = Severity.Critical; return true;
            case "high" or "error": severity = Severity.High; return true;
            case "medium" or "warning" or "moderate": severity = Severity.Medium; return true;
            case "low": severity = Severity.Low; return true;
            case "info" or "note" or "informational": severity = Severity.Info; return true;
            default: severity = Severity.Info; return false;
        }
    }

    /// <summary>Parses a confidence name (low, medium, high).</summary>
    public static bool TryParse(string? text, out Confidence confidence)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "high": confidence = Confidence.High; return true;
            case "medium": confidence = Confidence.Medium; return true;
            case "low": confidence = Confidence.Low; return true;
            default: confidence = Confidence.Medium; return false;
        }
    }

    /// <summary>GitHub code scanning's numeric security-severity for a severity (critical ≥ 9.0, high ≥ 7.0, medium ≥ 4.0).</summary>
    public static string SecuritySeverityScore(this Severity s) => s switch
    {
        Severity.Critical => "9.5",
        Severity.High => "8.0",
        Severity.Medium => "5.5",
        Severity.Low => "3.0",
        _ => "1.0",
    };
}
