using System.Text.RegularExpressions;
using Pairguard.Rules;
using Pairguard.Scanning;

namespace Pairguard.Tests.Rules;

/// <summary>The built-in rule pack's contract: naming, metadata, docs, fixtures with both verdicts, and coverage per language.</summary>
public partial class RulePackTests
{
    /// <summary>The categories of <c>&lt;language&gt;.&lt;category&gt;.&lt;name&gt;</c> ids (also <c>metadata.category</c>).</summary>
    private static readonly HashSet<string> Categories =
    [
        "injection", "xss", "path-traversal", "access-control", "crypto", "tls", "jwt", "deserialization", "xxe", "ssrf",
        "open-redirect", "cookies", "cors", "csrf", "debug", "trust-boundary", "hardcoded-credentials",
    ];

    private static readonly string[] PackLanguages = ["python", "javascript", "typescript", "java", "csharp", "go", "php", "ruby"];

    private static IReadOnlyList<Rule> Pack => BuiltInRules.All.Rules;

    [Fact]
    public void ThePackHoldsAtLeastTwoHundredRules() => Assert.True(Pack.Count >= 200, $"{Pack.Count} built-in rules");

    [Fact]
    public void EveryRuleIsNamedLanguageCategoryName()
    {
        var bad = new List<string>();
        foreach (var r in Pack)
        {
            var m = IdShape().Match(r.Id);
            if (!m.Success || !PackLanguages.Contains(m.Groups[1].Value) || !Categories.Contains(m.Groups[2].Value))
            {
                bad.Add($"{r.Id}: id is not <language>.<category>.<name> with a known category");
                continue;
            }

            if (!r.Languages.Contains(m.Groups[1].Value))
            {
                bad.Add($"{r.Id}: languages {string.Join(",", r.Languages)} do not include {m.Groups[1].Value}");
            }

            if (!r.Metadata.TryGetValue("category", out var c) || c as string != m.Groups[2].Value)
            {
                bad.Add($"{r.Id}: metadata.category must be {m.Groups[2].Value}");
            }
        }

        Assert.True(bad.Count == 0, string.Join("\n", bad));
    }

    [Fact]
    public void EveryRuleCarriesTheMetadataItsDocNeeds()
    {
        var bad = new List<string>();
        foreach (var r in Pack)
        {
            if (r.Cwe.Count == 0)
            {
                bad.Add($"{r.Id}: no CWE");
            }

            if (r.Owasp is not { } owasp || !owasp.Contains(":2021", StringComparison.Ordinal))
            {
                bad.Add($"{r.Id}: needs an OWASP Top 10 2021 id");
            }

            foreach (var key in new[] { "title", "confidence", "description", "why", "fix-guidance", "references" })
            {
                if (!r.Metadata.ContainsKey(key))
                {
                    bad.Add($"{r.Id}: metadata.{key} missing");
                }
            }
        }

        Assert.True(bad.Count == 0, string.Join("\n", bad));
    }

    [Fact]
    public void EveryRuleHasTwoFlaggedAndTwoSafeFixtureCases()
    {
        var bad = new List<string>();
        foreach (var r in Pack)
        {
            var annotations = BuiltInRules.FixturesOf(r)
                .SelectMany(f => FixtureAnnotations.Parse(f.Text, LanguageDetector.Detect(f.Name)))
                .Where(a => a.RuleId == r.Id).ToList();
            var flagged = annotations.Count(a => a.Kind == AnnotationKind.RuleId);
            var safe = annotations.Count(a => a.Kind == AnnotationKind.Ok);
            if (flagged < 2 || safe < 2)
            {
                bad.Add($"{r.Id}: {flagged} ruleid and {safe} ok cases");
            }
        }

        Assert.True(bad.Count == 0, string.Join("\n", bad));
    }

    /// <summary>Every category exists in every language, except where the language or its mainstream frameworks lack the construct.</summary>
    [Fact]
    public void EveryCategoryIsCoveredInEveryLanguageThatHasTheConstruct()
    {
        // Go's encoding/xml resolves no external entities (no XXE-capable setting to flag), and its standard decoders (gob, json,
        // xml) build plain data without invoking code, so Go has no insecure-deserialisation construct of the kind the rules target.
        var absent = new HashSet<(string, string)> { ("go", "xxe"), ("go", "deserialization") };
        var missing = new List<string>();
        foreach (var language in PackLanguages)
        {
            foreach (var category in Categories.Where(c => !absent.Contains((language, c))))
            {
                if (!Pack.Any(r => r.Id.StartsWith(language + "." + category + ".", StringComparison.Ordinal)))
                {
                    missing.Add(language + "." + category);
                }
            }
        }

        Assert.True(missing.Count == 0, "no rule for: " + string.Join(", ", missing));
    }

    [GeneratedRegex(@"^([a-z]+)\.([a-z-]+)\.[a-z0-9][a-z0-9-]*$")]
    private static partial Regex IdShape();
}
