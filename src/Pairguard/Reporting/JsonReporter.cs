using Pairguard.Scanning;

namespace Pairguard.Reporting;

/// <summary>Machine-readable report (format <c>json</c>): a versioned <see cref="JsonReport"/> document.</summary>
public sealed class JsonReporter : IReporter
{
    public string Format => "json";

    public void Write(ScanResult result, TextWriter writer, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(options);
        writer.Write(JsonReport.From(result, options.IncludeSuppressed).ToJson());
    }
}
