using System.Text.Json.Nodes;
using Pairguard.Scanning;

namespace Pairguard.Reporting;

/// <summary>Scan diagnostics as SARIF tool execution notifications, with one notification descriptor per diagnostic kind.</summary>
internal static class SarifNotifications
{
    /// <summary>Id of the notification descriptor of a diagnostic kind, e.g. <c>pairguard.diagnostic.read-error</c>.</summary>
    public static string Id(DiagnosticKind kind) => "pairguard.diagnostic." + kind switch
    {
        DiagnosticKind.Skipped => "skipped",
        DiagnosticKind.ReadError => "read-error",
        DiagnosticKind.Timeout => "timeout",
        DiagnosticKind.AnalyzerError => "analyzer-error",
        _ => "warning",
    };

    /// <summary>Notification level: skipped files are notes, analyzer errors are errors, the rest warnings.</summary>
    public static string Level(DiagnosticKind kind) => kind switch
    {
        DiagnosticKind.Skipped => "note",
        DiagnosticKind.AnalyzerError => "error",
        _ => "warning",
    };

    public static JsonObject Descriptor(DiagnosticKind kind) => new()
    {
        ["id"] = Id(kind),
        ["shortDescription"] = new JsonObject
        {
            ["text"] = kind switch
            {
                DiagnosticKind.Skipped => "File skipped on purpose (binary, too large or excluded type).",
                DiagnosticKind.ReadError => "File could not be read or decoded.",
                DiagnosticKind.Timeout => "An analyzer ran out of its per-file time budget.",
                DiagnosticKind.AnalyzerError => "An analyzer failed on this file; the scan went on.",
                _ => "Something worth knowing about this file that is not a finding.",
            },
        },
        ["defaultConfiguration"] = new JsonObject { ["level"] = Level(kind) },
    };

    public static JsonObject Notification(Diagnostic d, int descriptorIndex)
    {
        var notification = new JsonObject
        {
            ["level"] = Level(d.Kind),
            ["message"] = new JsonObject { ["text"] = d.Path.Length > 0 ? $"{d.Path}: {d.Message}" : d.Message },
            ["descriptor"] = new JsonObject { ["id"] = Id(d.Kind), ["index"] = descriptorIndex },
        };
        if (d.Path.Length > 0)
        {
            notification["locations"] = new JsonArray(new JsonObject
            {
                ["physicalLocation"] = new JsonObject
                {
                    ["artifactLocation"] = new JsonObject { ["uri"] = SarifUris.Relative(d.Path), ["uriBaseId"] = SarifReporter.SourceRootId },
                },
            });
        }

        if (d.Analyzer is not null)
        {
            notification["properties"] = new JsonObject { ["analyzer"] = d.Analyzer };
        }

        return notification;
    }
}
