using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Pairguard.Scanning;

namespace Pairguard.Reporting;

/// <summary>The document written by the <c>json</c> format (schema version <see cref="SchemaVersion"/>), and its reader.</summary>
public sealed record JsonReport
{
    /// <summary>Schema version of the JSON format; the major part changes only on incompatible changes.</summary>
    public const string SchemaVersion = "1.0";

    /// <summary>Serializer settings of the format: camelCase, lower-case enum names, nulls omitted, LF line ends.</summary>
    public static JsonSerializerOptions SerializerOptions { get; } = CreateOptions();

    /// <summary>Schema version of this document, e.g. <c>1.0</c>.</summary>
    public required string Version { get; init; }

    public required JsonTool Tool { get; init; }

    /// <summary>Absolute directory that every path of the report is relative to.</summary>
    public required string BaseDirectory { get; init; }

    public required JsonSummary Summary { get; init; }

    public required JsonStats Stats { get; init; }

    public required IReadOnlyList<JsonFinding> Findings { get; init; }

    public required IReadOnlyList<JsonDiagnostic> Diagnostics { get; init; }

    /// <summary>Descriptors of the rules that the listed findings refer to, sorted by id.</summary>
    public required IReadOnlyList<JsonRule> Rules { get; init; }

    /// <summary>Builds the report of a scan result; suppressed findings are listed only when <paramref name="includeSuppressed"/> is set.</summary>
    public static JsonReport From(ScanResult result, bool includeSuppressed)
    {
        ArgumentNullException.ThrowIfNull(result);
        var findings = result.Findings.Where(f => includeSuppressed || f.Suppression is null).ToList();
        var known = result.Rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var rules = findings.Select(f => f.RuleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(id => known.TryGetValue(id, out var r) ? JsonRule.From(r) : null)
            .OfType<JsonRule>()
            .ToList();
        return new JsonReport
        {
            Version = SchemaVersion,
            Tool = new JsonTool(ToolInfo.Name, result.ToolVersion),
            BaseDirectory = result.BaseDirectory,
            Summary = JsonSummary.From(ReportCounts.From(result.Findings), includeSuppressed),
            Stats = JsonStats.From(result.Stats),
            Findings = findings.Select(JsonFinding.From).ToList(),
            Diagnostics = result.Diagnostics.Select(JsonDiagnostic.From).ToList(),
            Rules = rules,
        };
    }

    /// <summary>Serialises the report: indented, LF line endings, trailing newline; invisible and bidi characters escaped.</summary>
    public string ToJson() => JsonText.EscapeInvisible(JsonSerializer.Serialize(this, SerializerOptions)) + "\n";

    /// <summary>Reads a report written by any 1.x version of the format.</summary>
    /// <exception cref="FormatException">The text is not JSON, not a Pairguard report, or of another major version.</exception>
    public static JsonReport Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonReport? report;
        try
        {
            report = JsonSerializer.Deserialize<JsonReport>(json, SerializerOptions);
        }
        catch (JsonException e)
        {
            throw new FormatException($"not a Pairguard JSON report: {e.Message}", e);
        }

        if (report is null)
        {
            throw new FormatException("not a Pairguard JSON report: the document is null");
        }

        var major = report.Version.Split('.')[0];
        if (major != SchemaVersion.Split('.')[0])
        {
            throw new FormatException($"unsupported Pairguard JSON report version {report.Version} (this reader supports {SchemaVersion.Split('.')[0]}.x)");
        }

        return report;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = true,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}

/// <summary>Name and version of the tool that wrote a report.</summary>
public sealed record JsonTool(string Name, string Version);

/// <summary>Finding counts of a report: active findings by severity, suppressed and baselined totals.</summary>
public sealed record JsonSummary
{
    /// <summary>Active findings per severity.</summary>
    public required JsonSeverityCounts Active { get; init; }

    /// <summary>Active findings in all.</summary>
    public int Total { get; init; }

    /// <summary>Findings suppressed by an inline comment.</summary>
    public int Suppressed { get; init; }

    /// <summary>Findings accepted by the baseline.</summary>
    public int Baselined { get; init; }

    /// <summary>True when suppressed and baselined findings are listed in <see cref="JsonReport.Findings"/>.</summary>
    public bool IncludesSuppressed { get; init; }

    internal static JsonSummary From(ReportCounts counts, bool includeSuppressed)
    {
        var a = counts.ActiveBySeverity;
        return new JsonSummary
        {
            Active = new JsonSeverityCounts(a[(int)Severity.Critical], a[(int)Severity.High], a[(int)Severity.Medium], a[(int)Severity.Low], a[(int)Severity.Info]),
            Total = counts.Active,
            Suppressed = counts.Suppressed,
            Baselined = counts.Baselined,
            IncludesSuppressed = includeSuppressed,
        };
    }
}

/// <summary>A count per severity, worst first.</summary>
public sealed record JsonSeverityCounts(int Critical, int High, int Medium, int Low, int Info);

/// <summary>Counters of the scan.</summary>
public sealed record JsonStats
{
    public int FilesDiscovered { get; init; }

    public int FilesAnalyzed { get; init; }

    public int FilesSkipped { get; init; }

    public long BytesAnalyzed { get; init; }

    /// <summary>Wall-clock duration of the scan in milliseconds.</summary>
    public long DurationMs { get; init; }

    internal static JsonStats From(ScanStats s) => new()
    {
        FilesDiscovered = s.FilesDiscovered,
        FilesAnalyzed = s.FilesAnalyzed,
        FilesSkipped = s.FilesSkipped,
        BytesAnalyzed = s.BytesAnalyzed,
        DurationMs = (long)s.Duration.TotalMilliseconds,
    };
}
