namespace Pairguard.Scanning;

/// <summary>Rules the scanner itself reports about suppression comments.</summary>
public static class ScannerRules
{
    public const string AnalyzerId = "suppressions";

    public static readonly RuleDescriptor MissingReason = new()
    {
        Id = "pairguard.suppression.missing-reason",
        Title = "Suppression without a reason",
        Description = "A pairguard-ignore comment silences a finding without saying why. Write the reason after a colon: `pairguard-ignore[rule-id]: why this is safe`.",
        Severity = Severity.Low,
        Confidence = Confidence.High,
        Analyzer = AnalyzerId,
        HelpMarkdown = "A suppression must explain why the finding is safe to ignore, so that reviewers can check the reasoning.\n\n```python\n# pairguard-ignore[python.crypto.md5]\n```\n\nFix:\n\n```python\n# pairguard-ignore[python.crypto.md5]: checksum of a public file, not a password\n```",
        Tags = ["maintainability"],
    };

    public static readonly RuleDescriptor Unused = new()
    {
        Id = "pairguard.suppression.unused",
        Title = "Unused suppression",
        Description = "A pairguard-ignore comment matches no finding on its line or the next one: the code changed, or the rule id is wrong.",
        Severity = Severity.Low,
        Confidence = Confidence.High,
        Analyzer = AnalyzerId,
        HelpMarkdown = "Remove the comment, or correct the rule id so that it names the finding it is meant to silence.",
        Tags = ["maintainability"],
    };

    public static IReadOnlyList<RuleDescriptor> All { get; } = [MissingReason, Unused];
}
