using Pairguard.Scanning;

namespace Pairguard.Reporting;

/// <summary>A rule descriptor in the JSON format.</summary>
public sealed record JsonRule
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Description { get; init; }

    public required Severity Severity { get; init; }

    public required Confidence Confidence { get; init; }

    public required IReadOnlyList<int> Cwe { get; init; }

    public string? Owasp { get; init; }

    public required IReadOnlyList<string> Languages { get; init; }

    public string? HelpMarkdown { get; init; }

    public string? HelpUri { get; init; }

    public required string Analyzer { get; init; }

    public required IReadOnlyList<string> Tags { get; init; }

    public static JsonRule From(RuleDescriptor r) => new()
    {
        Id = r.Id,
        Title = r.Title,
        Description = r.Description,
        Severity = r.Severity,
        Confidence = r.Confidence,
        Cwe = r.Cwe.ToList(),
        Owasp = r.Owasp,
        Languages = r.Languages.ToList(),
        HelpMarkdown = r.HelpMarkdown,
        HelpUri = r.HelpUri,
        Analyzer = r.Analyzer,
        Tags = r.Tags.ToList(),
    };

    public RuleDescriptor ToRuleDescriptor() => new()
    {
        Id = Id,
        Title = Title,
        Description = Description,
        Severity = Severity,
        Confidence = Confidence,
        Cwe = Cwe.ToList(),
        Owasp = Owasp,
        Languages = Languages.ToList(),
        HelpMarkdown = HelpMarkdown,
        HelpUri = HelpUri,
        Analyzer = Analyzer,
        Tags = Tags.ToList(),
    };
}
