using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Pairguard.Scanning;

namespace Pairguard.Reporting;

/// <summary>SARIF <c>reportingDescriptor</c>s for the rules that have results, with GitHub's tags, precision and security-severity.</summary>
internal static class SarifRules
{
    /// <summary>Descriptors of every rule that at least one finding refers to, sorted by id; a rule missing from the result is described from its finding.</summary>
    public static IReadOnlyList<RuleDescriptor> ForFindings(ScanResult result)
    {
        var known = new Dictionary<string, RuleDescriptor>(StringComparer.Ordinal);
        foreach (var r in result.Rules)
        {
            known.TryAdd(r.Id, r);
        }

        var used = new SortedDictionary<string, RuleDescriptor>(StringComparer.Ordinal);
        foreach (var f in result.Findings)
        {
            if (!used.ContainsKey(f.RuleId))
            {
                used[f.RuleId] = known.TryGetValue(f.RuleId, out var r) ? r : FromFinding(f);
            }
        }

        return used.Values.ToList();
    }

    /// <summary>
    /// True for rules about security, which get the <c>security</c> tag and <c>security-severity</c>: every rule except the scanner's own
    /// suppression-hygiene rules and rules tagged <c>maintainability</c> (unless they carry a CWE, an OWASP category or the <c>security</c> tag).
    /// </summary>
    public static bool IsSecurity(RuleDescriptor r) =>
        r.Cwe.Count > 0 || r.Owasp is not null || r.Tags.Contains("security", StringComparer.OrdinalIgnoreCase)
        || (r.Analyzer != ScannerRules.AnalyzerId && !r.Tags.Contains("maintainability", StringComparer.OrdinalIgnoreCase));

    /// <summary>Most tags GitHub code scanning reads per rule; later ones are ignored there, so the important ones come first.</summary>
    public const int MaxTags = 20;

    /// <summary>Tags: <c>security</c> first for security rules, then <c>external/cwe/cwe-N</c> per CWE, then the rule's own tags; at most <see cref="MaxTags"/>.</summary>
    public static IReadOnlyList<string> Tags(RuleDescriptor r)
    {
        var tags = new List<string>();
        if (IsSecurity(r))
        {
            tags.Add("security");
        }

        tags.AddRange(r.Cwe.Select(c => "external/cwe/cwe-" + c.ToString(CultureInfo.InvariantCulture)));
        tags.AddRange(r.Tags);
        return tags.Distinct(StringComparer.Ordinal).Take(MaxTags).ToList();
    }

    public static JsonObject Descriptor(RuleDescriptor r)
    {
        var descriptor = new JsonObject
        {
            ["id"] = r.Id,
            ["name"] = PascalName(r.Id),
            ["shortDescription"] = new JsonObject { ["text"] = r.Title },
            ["fullDescription"] = new JsonObject { ["text"] = r.Description },
            ["help"] = new JsonObject { ["text"] = HelpText(r), ["markdown"] = HelpMarkdown(r) },
        };
        if (r.HelpUri is not null)
        {
            descriptor["helpUri"] = r.HelpUri;
        }

        descriptor["defaultConfiguration"] = new JsonObject { ["level"] = SarifReporter.Level(r.Severity) };
        var properties = new JsonObject
        {
            ["tags"] = new JsonArray(Tags(r).Select(t => JsonValue.Create(t)).ToArray<JsonNode?>()),
            ["precision"] = r.Confidence.ToName(),
        };
        if (IsSecurity(r))
        {
            properties["security-severity"] = r.Severity.SecuritySeverityScore();
        }

        properties["severity"] = r.Severity.ToName();
        properties["analyzer"] = r.Analyzer;
        if (r.Owasp is not null)
        {
            properties["owasp"] = r.Owasp;
        }

        descriptor["properties"] = properties;
        return descriptor;
    }

    /// <summary>A PascalCase rule name from its id: <c>agent.hidden-unicode.tag-characters</c> → <c>AgentHiddenUnicodeTagCharacters</c>.</summary>
    public static string PascalName(string id)
    {
        var sb = new StringBuilder(id.Length);
        var upper = true;
        foreach (var c in id)
        {
            if (!char.IsLetterOrDigit(c))
            {
                upper = true;
                continue;
            }

            sb.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return sb.Length > 0 ? sb.ToString() : "Rule";
    }

    private static string HelpText(RuleDescriptor r)
    {
        var text = new StringBuilder(r.Description);
        if (r.Cwe.Count > 0)
        {
            text.Append("\n\n").Append(string.Join(", ", r.Cwe.Select(c => "CWE-" + c.ToString(CultureInfo.InvariantCulture))));
        }

        if (r.HelpUri is not null)
        {
            text.Append("\n\nMore: ").Append(r.HelpUri);
        }

        return text.ToString();
    }

    private static string HelpMarkdown(RuleDescriptor r)
    {
        if (!string.IsNullOrWhiteSpace(r.HelpMarkdown))
        {
            return r.HelpMarkdown;
        }

        var md = new StringBuilder();
        md.Append("**").Append(r.Title).Append("**\n\n").Append(r.Description);
        if (r.Cwe.Count > 0)
        {
            md.Append("\n\n").Append(string.Join(", ", r.Cwe.Select(c => c.ToString(CultureInfo.InvariantCulture)).Select(c => $"[CWE-{c}](https://cwe.mitre.org/data/definitions/{c}.html)")));
        }

        if (r.HelpUri is not null)
        {
            md.Append("\n\n[More information](").Append(r.HelpUri).Append(')');
        }

        return md.ToString();
    }

    private static RuleDescriptor FromFinding(Finding f) => new()
    {
        Id = f.RuleId,
        Title = f.Title,
        Description = f.Title,
        Severity = f.Severity,
        Confidence = f.Confidence,
        Cwe = f.Cwe,
        Owasp = f.Owasp,
        HelpUri = f.HelpUri,
        Analyzer = f.Analyzer,
    };
}
