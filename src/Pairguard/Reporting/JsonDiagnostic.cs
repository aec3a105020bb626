using Pairguard.Scanning;

namespace Pairguard.Reporting;

/// <summary>A skipped or unreadable file, a timeout or an analyzer error, in the JSON format.</summary>
public sealed record JsonDiagnostic(DiagnosticKind Kind, string Path, string Message, string? Analyzer = null)
{
    public static JsonDiagnostic From(Diagnostic d) => new(d.Kind, d.Path, d.Message, d.Analyzer);

    public Diagnostic ToDiagnostic() => new(Kind, Path, Message, Analyzer);
}
