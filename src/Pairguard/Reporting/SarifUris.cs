using System.Text.Json.Nodes;
using Pairguard.Scanning;

namespace Pairguard.Reporting;

/// <summary>SARIF locations: relative artifact URIs under <c>%SRCROOT%</c>, regions, and the base directory as a <c>file:///</c> URI.</summary>
internal static class SarifUris
{
    /// <summary>A relative path ('/' separators) as a URI reference: each segment percent-encoded.</summary>
    public static string Relative(string path) =>
        string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));

    /// <summary>The absolute base directory as a <c>file:///</c> URI ending in '/'.</summary>
    public static string BaseDirectoryUri(string baseDirectory)
    {
        var full = Path.GetFullPath(string.IsNullOrEmpty(baseDirectory) ? "." : baseDirectory);
        var uri = new Uri(full).AbsoluteUri;
        return uri.EndsWith('/') ? uri : uri + "/";
    }

    /// <summary>A SARIF <c>location</c> with a physical location (and region snippet) and an optional message.</summary>
    public static JsonObject Location(Location l, string? snippet, string? message)
    {
        var physical = new JsonObject
        {
            ["artifactLocation"] = new JsonObject { ["uri"] = Relative(l.Path), ["uriBaseId"] = SarifReporter.SourceRootId },
            ["region"] = Region(l, snippet),
        };
        var location = new JsonObject { ["physicalLocation"] = physical };
        if (message is not null)
        {
            location["message"] = new JsonObject { ["text"] = message };
        }

        return location;
    }

    /// <summary>A region with 1-based lines and columns (end column exclusive); an empty span on one line omits the end column (to end of line).</summary>
    public static JsonObject Region(Location l, string? snippet)
    {
        var startLine = Math.Max(1, l.StartLine);
        var startColumn = Math.Max(1, l.StartColumn);
        var endLine = Math.Max(startLine, l.EndLine);
        var region = new JsonObject
        {
            ["startLine"] = startLine,
            ["startColumn"] = startColumn,
            ["endLine"] = endLine,
        };
        if (endLine > startLine || l.EndColumn > startColumn)
        {
            region["endColumn"] = Math.Max(1, l.EndColumn);
        }

        if (!string.IsNullOrEmpty(snippet))
        {
            region["snippet"] = new JsonObject { ["text"] = snippet };
        }

        return region;
    }
}
