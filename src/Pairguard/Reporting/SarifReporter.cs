using System.Text.Json;
using System.Text.Json.Nodes;
using Pairguard.Scanning;

namespace Pairguard.Reporting;

/// <summary>SARIF 2.1.0 report (format <c>sarif</c>) shaped for GitHub code scanning; suppressed findings are kept and marked.</summary>
public sealed class SarifReporter : IReporter
{
    /// <summary>URI of the SARIF 2.1.0 schema written in <c>$schema</c>.</summary>
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    /// <summary>Key of Pairguard's stable fingerprint in <c>partialFingerprints</c>.</summary>
    public const string FingerprintKey = "pairguard/v1";

    /// <summary>The <c>uriBaseId</c> that every artifact location is relative to.</summary>
    public const string SourceRootId = "%SRCROOT%";

    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string Format => "sarif";

    public void Write(ScanResult result, TextWriter writer, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(JsonText.EscapeInvisible(Build(result).ToJsonString(WriteOptions)));
        writer.Write('\n');
    }

    /// <summary>The SARIF log of a scan result as a JSON tree (property order is the order written).</summary>
    public static JsonObject Build(ScanResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rules = SarifRules.ForFindings(result);
        var ruleIndex = rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var notificationKinds = result.Diagnostics.Select(d => d.Kind).Distinct().Order().ToList();

        var driver = new JsonObject
        {
            ["name"] = ToolInfo.Name,
            ["semanticVersion"] = result.ToolVersion,
            ["rules"] = new JsonArray(rules.Select(SarifRules.Descriptor).ToArray<JsonNode?>()),
        };
        if (notificationKinds.Count > 0)
        {
            driver["notifications"] = new JsonArray(notificationKinds.Select(SarifNotifications.Descriptor).ToArray<JsonNode?>());
        }

        var run = new JsonObject
        {
            ["tool"] = new JsonObject { ["driver"] = driver },
            ["invocations"] = new JsonArray(Invocation(result, notificationKinds)),
            ["originalUriBaseIds"] = new JsonObject
            {
                [SourceRootId] = new JsonObject { ["uri"] = SarifUris.BaseDirectoryUri(result.BaseDirectory) },
            },
            ["results"] = new JsonArray(result.Findings.Select(f => Result(f, ruleIndex[f.RuleId])).ToArray<JsonNode?>()),
            ["columnKind"] = "utf16CodeUnits",
        };

        return new JsonObject
        {
            ["$schema"] = SchemaUri,
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(run),
        };
    }

    /// <summary>SARIF level of a severity: critical/high → error, medium → warning, low/info → note.</summary>
    public static string Level(Severity severity) => severity switch
    {
        Severity.Critical or Severity.High => "error",
        Severity.Medium => "warning",
        _ => "note",
    };

    private static JsonObject Invocation(ScanResult result, List<DiagnosticKind> kinds)
    {
        var invocation = new JsonObject { ["executionSuccessful"] = true };
        if (result.Diagnostics.Count > 0)
        {
            invocation["toolExecutionNotifications"] = new JsonArray(result.Diagnostics
                .Select(d => SarifNotifications.Notification(d, kinds.IndexOf(d.Kind)))
                .ToArray<JsonNode?>());
        }

        return invocation;
    }

    private static JsonObject Result(Finding f, int ruleIndex)
    {
        var result = new JsonObject
        {
            ["ruleId"] = f.RuleId,
            ["ruleIndex"] = ruleIndex,
            ["level"] = Level(f.Severity),
            ["message"] = new JsonObject { ["text"] = f.Message },
        };
        if (f.Location.Path.Length > 0)
        {
            result["locations"] = new JsonArray(SarifUris.Location(f.Location, f.Snippet, null));
        }

        if (f.Fingerprint.Length > 0)
        {
            result["partialFingerprints"] = new JsonObject { [FingerprintKey] = f.Fingerprint };
        }

        if (f.Trace.Count > 0)
        {
            result["codeFlows"] = new JsonArray(CodeFlow(f.Trace));
        }

        if (f.Suppression is { } s)
        {
            var suppression = new JsonObject
            {
                ["kind"] = s.Kind == Suppression.Baseline ? "external" : "inSource",
                ["status"] = "accepted",
            };
            if (!string.IsNullOrWhiteSpace(s.Justification))
            {
                suppression["justification"] = s.Justification;
            }

            if (s.Location is { Path.Length: > 0 } where)
            {
                suppression["location"] = SarifUris.Location(where, null, null);
            }

            result["suppressions"] = new JsonArray(suppression);
        }

        result["properties"] = ResultProperties(f);
        return result;
    }

    private static JsonObject CodeFlow(IReadOnlyList<TraceStep> trace)
    {
        var locations = new JsonArray();
        for (var i = 0; i < trace.Count; i++)
        {
            var step = trace[i];
            var location = step.Location.Path.Length > 0
                ? SarifUris.Location(step.Location, step.Snippet, $"{step.Kind}: {step.Message}")
                : new JsonObject { ["message"] = new JsonObject { ["text"] = $"{step.Kind}: {step.Message}" } };
            locations.Add(new JsonObject
            {
                ["location"] = location,
                ["kinds"] = new JsonArray(JsonValue.Create(step.Kind)),
                ["executionOrder"] = i + 1,
            });
        }

        return new JsonObject
        {
            ["threadFlows"] = new JsonArray(new JsonObject { ["locations"] = locations }),
        };
    }

    /// <summary>Pairguard's own fields (severity, confidence, analyzer, OWASP, CWE) first, then the finding's properties sorted by key.</summary>
    private static JsonObject ResultProperties(Finding f)
    {
        var properties = new JsonObject
        {
            ["severity"] = f.Severity.ToName(),
            ["confidence"] = f.Confidence.ToName(),
            ["analyzer"] = f.Analyzer,
        };
        if (f.Owasp is not null)
        {
            properties["owasp"] = f.Owasp;
        }

        if (f.Cwe.Count > 0)
        {
            properties["cwe"] = new JsonArray(f.Cwe.Select(c => JsonValue.Create("CWE-" + c)).ToArray<JsonNode?>());
        }

        foreach (var (key, value) in f.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            properties.TryAdd(key, value);
        }

        return properties;
    }
}
