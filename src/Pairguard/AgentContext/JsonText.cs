using System.Text.Json;

namespace Pairguard.AgentContext;

/// <summary>Lenient JSON reading for configuration files (comments and trailing commas allowed) and locating values in the text.</summary>
public static class JsonText
{
    /// <summary>Options accepting JSONC (VS Code, Claude and Cursor files allow comments and trailing commas).</summary>
    public static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 64 };

    /// <summary>Offset of <c>"name"</c> used as a property name, searching from <paramref name="from"/>; -1 when absent.</summary>
    public static int PropertyOffset(string text, string name, int from = 0)
    {
        var needle = JsonSerializer.Serialize(name);
        var at = Math.Max(0, from);
        while (at < text.Length && (at = text.IndexOf(needle, at, StringComparison.Ordinal)) >= 0)
        {
            var after = at + needle.Length;
            while (after < text.Length && char.IsWhiteSpace(text[after]))
            {
                after++;
            }

            if (after < text.Length && text[after] == ':')
            {
                return at;
            }

            at = after;
        }

        return -1;
    }

    /// <summary>Offset of a string value as written in the text (JSON-escaped), searching from <paramref name="from"/>; falls back to <paramref name="from"/>.</summary>
    public static int ValueOffset(string text, string value, int from)
    {
        var needle = JsonSerializer.Serialize(value);
        var at = text.IndexOf(needle, Math.Clamp(from, 0, text.Length), StringComparison.Ordinal);
        if (at < 0)
        {
            at = text.IndexOf(value, Math.Clamp(from, 0, text.Length), StringComparison.Ordinal);
        }

        return at < 0 ? Math.Max(0, from) : at;
    }
}
