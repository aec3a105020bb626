namespace Pairguard.Scanning;

/// <summary>One problem found by an analyzer: the single model every analyzer emits and every reporter reads.</summary>
public sealed record Finding
{
    /// <summary>Rule identifier, e.g. <c>agent.hidden-unicode.tag-characters</c>.</summary>
    public required string RuleId { get; init; }

    /// <summary>Short human title of the rule.</summary>
    public required string Title { get; init; }

    /// <summary>What is wrong here, in plain words.</summary>
    public required string Message { get; init; }

    public required Severity Severity { get; init; }

    public Confidence Confidence { get; init; } = Confidence.Medium;

    /// <summary>CWE numbers (without the "CWE-" prefix).</summary>
    public IReadOnlyList<int> Cwe { get; init; } = [];

    /// <summary>OWASP Top 10 2021 category, e.g. <c>A03:2021-Injection</c>.</summary>
    public string? Owasp { get; init; }

    /// <summary>Which analyzer produced the finding (e.g. <c>hidden-unicode</c>, <c>rules</c>, <c>secrets</c>).</summary>
    public required string Analyzer { get; init; }

    public required Location Location { get; init; }

    /// <summary>The matched source text (already redacted by the analyzer when it holds a secret).</summary>
    public string? Snippet { get; init; }

    /// <summary>How to fix it.</summary>
    public string? Fix { get; init; }

    public string? HelpUri { get; init; }

    /// <summary>Enclosing context (function, class, section) used for the fingerprint; never a line number.</summary>
    public string? Context { get; init; }

    /// <summary>Stable identity across edits elsewhere in the file; filled by the scanner when empty.</summary>
    public string Fingerprint { get; init; } = "";

    /// <summary>Set when the finding is suppressed inline or by the baseline; suppressed findings are kept, not dropped.</summary>
    public Suppression? Suppression { get; init; }

    /// <summary>Data-flow trace from source to sink, when the analyzer has one.</summary>
    public IReadOnlyList<TraceStep> Trace { get; init; } = [];

    /// <summary>Extra analyzer-specific properties passed through to reports.</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();
}
