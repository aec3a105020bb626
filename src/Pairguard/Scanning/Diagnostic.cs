namespace Pairguard.Scanning;

/// <summary>What kind of problem a diagnostic reports.</summary>
public enum DiagnosticKind
{
    /// <summary>The file was not analyzed on purpose (binary, too large, excluded type).</summary>
    Skipped,

    /// <summary>The file could not be read or decoded.</summary>
    ReadError,

    /// <summary>An analyzer ran out of its per-file time budget.</summary>
    Timeout,

    /// <summary>An analyzer failed on this file; other analyzers and files went on.</summary>
    AnalyzerError,

    /// <summary>Something worth telling the user that is not a finding (e.g. a parse with errors).</summary>
    Warning,
}

/// <summary>A non-finding event of a scan: a skipped or unreadable file, a timeout, an analyzer error.</summary>
public sealed record Diagnostic(DiagnosticKind Kind, string Path, string Message, string? Analyzer = null);
