using Pairguard.Scanning;

namespace Pairguard.Reporting;

/// <summary>One finding in the JSON format: every field of <see cref="Finding"/>.</summary>
public sealed record JsonFinding
{
    public required string RuleId { get; init; }

    public required string Title { get; init; }

    public required string Message { get; init; }

    public required Severity Severity { get; init; }

    public required Confidence Confidence { get; init; }

    /// <summary>CWE numbers, without the "CWE-" prefix.</summary>
    public required IReadOnlyList<int> Cwe { get; init; }

    public string? Owasp { get; init; }

    public required string Analyzer { get; init; }

    public required JsonLocation Location { get; init; }

    public string? Snippet { get; init; }

    public string? Fix { get; init; }

    public string? HelpUri { get; init; }

    public string? Context { get; init; }

    public required string Fingerprint { get; init; }

    /// <summary>Present only on suppressed findings.</summary>
    public JsonSuppression? Suppression { get; init; }

    public required IReadOnlyList<JsonTraceStep> Trace { get; init; }

    /// <summary>Analyzer-specific properties, sorted by key.</summary>
    public required IReadOnlyDictionary<string, string> Properties { get; init; }

    /// <summary>The JSON form of a finding.</summary>
    public static JsonFinding From(Finding f) => new()
    {
        RuleId = f.RuleId,
        Title = f.Title,
        Message = f.Message,
        Severity = f.Severity,
        Confidence = f.Confidence,
        Cwe = f.Cwe.ToList(),
        Owasp = f.Owasp,
        Analyzer = f.Analyzer,
        Location = JsonLocation.From(f.Location),
        Snippet = f.Snippet,
        Fix = f.Fix,
        HelpUri = f.HelpUri,
        Context = f.Context,
        Fingerprint = f.Fingerprint,
        Suppression = f.Suppression is { } s ? JsonSuppression.From(s) : null,
        Trace = f.Trace.Select(JsonTraceStep.From).ToList(),
        Properties = new SortedDictionary<string, string>(f.Properties.ToDictionary(), StringComparer.Ordinal),
    };

    /// <summary>The finding this JSON form was written from.</summary>
    public Finding ToFinding() => new()
    {
        RuleId = RuleId,
        Title = Title,
        Message = Message,
        Severity = Severity,
        Confidence = Confidence,
        Cwe = Cwe.ToList(),
        Owasp = Owasp,
        Analyzer = Analyzer,
        Location = Location.ToLocation(),
        Snippet = Snippet,
        Fix = Fix,
        HelpUri = HelpUri,
        Context = Context,
        Fingerprint = Fingerprint,
        Suppression = Suppression?.ToSuppression(),
        Trace = Trace.Select(t => t.ToTraceStep()).ToList(),
        Properties = new Dictionary<string, string>(Properties, StringComparer.Ordinal),
    };
}

/// <summary>A path relative to the base directory (with '/') and a 1-based line/column span (end column exclusive).</summary>
public sealed record JsonLocation(string Path, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public static JsonLocation From(Location l) => new(l.Path, l.StartLine, l.StartColumn, l.EndLine, l.EndColumn);

    public Location ToLocation() => new(Path, StartLine, StartColumn, EndLine, EndColumn);
}

/// <summary>Why a finding is suppressed: <c>inline</c> (a pairguard-ignore comment) or <c>baseline</c>.</summary>
public sealed record JsonSuppression
{
    /// <summary>Kind name of an inline suppression.</summary>
    public const string Inline = "inline";

    /// <summary>Kind name of a baseline suppression.</summary>
    public const string Baseline = "baseline";

    /// <summary><c>inline</c> or <c>baseline</c>.</summary>
    public required string Kind { get; init; }

    public string? Justification { get; init; }

    /// <summary>Where the suppression comment is, for inline suppressions.</summary>
    public JsonLocation? Location { get; init; }

    public static JsonSuppression From(Suppression s) => new()
    {
        Kind = s.Kind == Scanning.Suppression.Baseline ? Baseline : Inline,
        Justification = s.Justification,
        Location = s.Location is { } l ? JsonLocation.From(l) : null,
    };

    public Suppression ToSuppression() =>
        new(Kind == Baseline ? Scanning.Suppression.Baseline : Scanning.Suppression.InSource, Justification, Location?.ToLocation());
}

/// <summary>One step of a data-flow trace: kind (source, step, sink), message, location and optional snippet.</summary>
public sealed record JsonTraceStep(string Kind, string Message, JsonLocation Location, string? Snippet = null)
{
    public static JsonTraceStep From(TraceStep t) => new(t.Kind, t.Message, JsonLocation.From(t.Location), t.Snippet);

    public TraceStep ToTraceStep() => new(Kind, Message, Location.ToLocation(), Snippet);
}
