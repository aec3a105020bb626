using Pairguard.Scanning;

namespace Pairguard.Reporting;

/// <summary>Options shared by reporters.</summary>
public sealed record ReportOptions
{
    /// <summary>Emit ANSI colours (text format only).</summary>
    public bool Color { get; init; }

    /// <summary>Include suppressed findings in text and JSON (SARIF always keeps them, marked).</summary>
    public bool IncludeSuppressed { get; init; }

    /// <summary>Only the summary (text format).</summary>
    public bool Quiet { get; init; }

    /// <summary>Console width for the text format; null for unlimited.</summary>
    public int? Width { get; init; }

    /// <summary>How many paths the text format lists per group of skipped or failed files.</summary>
    public int MaxListedPaths { get; init; } = 5;
}

/// <summary>Turns a scan result into one output format.</summary>
public interface IReporter
{
    /// <summary>Format name as given to <c>--format</c> (text, json, sarif...).</summary>
    string Format { get; }

    void Write(ScanResult result, TextWriter writer, ReportOptions options);
}
