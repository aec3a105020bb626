using Pairguard.Scanning;

namespace Pairguard.Tests.Support;

/// <summary>Reports one finding on every line containing a marker word; used to test the scanner pipeline.</summary>
public sealed class MarkerAnalyzer(string marker = "DANGER", Severity severity = Severity.High) : IFileAnalyzer
{
    public static readonly string RuleId = "test.marker";

    public string Id => "marker";

    public IReadOnlyList<RuleDescriptor> Rules { get; } =
    [
        new RuleDescriptor { Id = RuleId, Title = "Marker", Description = "A marker word.", Severity = severity, Analyzer = "marker", Cwe = [79] },
    ];

    public bool AppliesTo(SourceFile file) => true;

    public void Analyze(SourceFile file, FileAnalysisContext context)
    {
        var at = 0;
        while ((at = file.Text.IndexOf(marker, at, StringComparison.Ordinal)) >= 0)
        {
            context.Report(new Finding
            {
                RuleId = RuleId,
                Title = "Marker",
                Message = $"found {marker}",
                Severity = severity,
                Analyzer = Id,
                Location = file.LocationOf(at, at + marker.Length),
            });
            at += marker.Length;
        }
    }
}

/// <summary>An analyzer that never finishes on its own (ignores cancellation) for files named slow.*.</summary>
public sealed class HangingAnalyzer : IFileAnalyzer
{
    public string Id => "hanging";

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [];

    public bool AppliesTo(SourceFile file) => file.FileName.StartsWith("slow", StringComparison.Ordinal);

    public void Analyze(SourceFile file, FileAnalysisContext context) => Thread.Sleep(TimeSpan.FromSeconds(30));
}

/// <summary>An analyzer that cooperatively stops when its per-file budget runs out.</summary>
public sealed class CooperativeSlowAnalyzer : IFileAnalyzer
{
    public string Id => "cooperative";

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [];

    public bool AppliesTo(SourceFile file) => file.FileName.StartsWith("slow", StringComparison.Ordinal);

    public void Analyze(SourceFile file, FileAnalysisContext context)
    {
        while (true)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            Thread.Sleep(5);
        }
    }
}

/// <summary>An analyzer that throws on files named boom.*.</summary>
public sealed class ThrowingAnalyzer : IFileAnalyzer
{
    public string Id => "throwing";

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [];

    public bool AppliesTo(SourceFile file) => true;

    public void Analyze(SourceFile file, FileAnalysisContext context)
    {
        if (file.FileName.StartsWith("boom", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("analyzer bug");
        }
    }
}
