using Tomlyn;
using Tomlyn.Model;

namespace Pairguard.Dependencies.Manifests;

/// <summary>TOML parsing for manifests (Tomlyn), with malformed files turned into diagnostics.</summary>
public static class TomlManifest
{
    /// <summary>Parses the context's file; null (with a diagnostic naming the line) when it is not valid TOML.</summary>
    public static TomlTable? Parse(ManifestContext context)
    {
        try
        {
            return TomlSerializer.Deserialize<TomlTable>(context.File.Text);
        }
        catch (TomlException e)
        {
            var line = e.Span is { } span ? span.Start.Line + 1 : 1;
            context.Malformed(line, "invalid TOML: " + e.Message.Split('\n')[0]);
            return null;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            context.Malformed(1, "invalid TOML: " + e.Message.Split('\n')[0]);
            return null;
        }
    }

    /// <summary>Sub-table at a dotted path, or null.</summary>
    public static TomlTable? Table(TomlTable? root, params string[] path)
    {
        var t = root;
        foreach (var p in path)
        {
            if (t is null || !t.TryGetValue(p, out var v) || v is not TomlTable next)
            {
                return null;
            }

            t = next;
        }

        return t;
    }

    /// <summary>String value of a key, or null.</summary>
    public static string? Str(TomlTable? table, string key) => table is not null && table.TryGetValue(key, out var v) && v is string s ? s : null;

    /// <summary>Strings of an array value (non-strings skipped).</summary>
    public static IEnumerable<string> Strings(TomlTable? table, string key) =>
        table is not null && table.TryGetValue(key, out var v) && v is TomlArray a ? a.OfType<string>() : [];

    /// <summary>Tables of an array-of-tables value.</summary>
    public static IEnumerable<TomlTable> Tables(TomlTable? table, string key) => table is not null && table.TryGetValue(key, out var v)
        ? v switch
        {
            TomlTableArray ta => ta,
            TomlArray a => a.OfType<TomlTable>(),
            _ => [],
        }
        : [];
}
