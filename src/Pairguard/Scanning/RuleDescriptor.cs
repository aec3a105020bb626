namespace Pairguard.Scanning;

/// <summary>Static description of a rule, used by reporters (SARIF <c>rules</c>) and by <c>rules explain</c>.</summary>
public sealed record RuleDescriptor
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    /// <summary>One-paragraph description of what the rule finds and why it matters.</summary>
    public required string Description { get; init; }

    public required Severity Severity { get; init; }

    public Confidence Confidence { get; init; } = Confidence.Medium;

    public IReadOnlyList<int> Cwe { get; init; } = [];

    public string? Owasp { get; init; }

    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>Markdown help: what, why, insecure example, fix.</summary>
    public string? HelpMarkdown { get; init; }

    public string? HelpUri { get; init; }

    /// <summary>Which analyzer owns the rule.</summary>
    public required string Analyzer { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];
}
