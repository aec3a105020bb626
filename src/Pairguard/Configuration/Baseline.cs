using System.Text.Json;
using System.Text.Json.Serialization;
using Pairguard.Scanning;

namespace Pairguard.Configuration;

/// <summary>One accepted finding in a baseline file: its fingerprint, rule and path (never the matched text).</summary>
public sealed record BaselineEntry(
    [property: JsonPropertyName("fingerprint")] string Fingerprint,
    [property: JsonPropertyName("ruleId")] string RuleId,
    [property: JsonPropertyName("path")] string Path);

/// <summary>A set of accepted findings, stored as stable-sorted, diff-friendly JSON.</summary>
public sealed class Baseline
{
    /// <summary>Schema version written in the file.</summary>
    public const int FormatVersion = 1;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    private readonly HashSet<string> _fingerprints;

    public Baseline(IEnumerable<BaselineEntry> entries)
    {
        Entries = entries
            .DistinctBy(e => e.Fingerprint)
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ThenBy(e => e.RuleId, StringComparer.Ordinal)
            .ThenBy(e => e.Fingerprint, StringComparer.Ordinal)
            .ToList();
        _fingerprints = Entries.Select(e => e.Fingerprint).ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<BaselineEntry> Entries { get; }

    public bool Contains(string fingerprint) => _fingerprints.Contains(fingerprint);

    /// <summary>A baseline accepting every active finding of a scan result.</summary>
    public static Baseline FromFindings(IEnumerable<Finding> findings) =>
        new(findings.Where(f => f.Suppression?.Kind != Suppression.InSource).Select(f => new BaselineEntry(f.Fingerprint, f.RuleId, f.Location.Path)));

    /// <summary>Serialises to the file format (LF line endings, trailing newline).</summary>
    public string ToJson()
    {
        var doc = new BaselineDocument(FormatVersion, "pairguard", Entries.ToList());
        return JsonSerializer.Serialize(doc, Json).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    /// <summary>Reads a baseline file; a missing or malformed file is a <see cref="ConfigException"/>.</summary>
    public static Baseline Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException($"{path}: cannot read baseline: {e.Message}", e);
        }

        return Parse(text, path);
    }

    /// <summary>Parses baseline JSON; <paramref name="name"/> is used in error messages.</summary>
    public static Baseline Parse(string text, string name)
    {
        BaselineDocument? doc;
        try
        {
            doc = JsonSerializer.Deserialize<BaselineDocument>(text);
        }
        catch (JsonException e)
        {
            throw ConfigException.At(name, (e.LineNumber ?? 0) + 1, "invalid baseline JSON: " + e.Message);
        }

        if (doc is null || doc.Findings is null)
        {
            throw new ConfigException($"{name}: not a Pairguard baseline (no 'findings' list)");
        }

        if (doc.Version != FormatVersion)
        {
            throw new ConfigException($"{name}: unsupported baseline version {doc.Version} (expected {FormatVersion})");
        }

        if (doc.Findings.Any(f => string.IsNullOrEmpty(f?.Fingerprint)))
        {
            throw new ConfigException($"{name}: a baseline entry has no 'fingerprint'");
        }

        return new Baseline(doc.Findings);
    }

    private sealed record BaselineDocument(
        [property: JsonPropertyName("version")] int Version,
        [property: JsonPropertyName("tool")] string? Tool,
        [property: JsonPropertyName("findings")] List<BaselineEntry>? Findings);
}
