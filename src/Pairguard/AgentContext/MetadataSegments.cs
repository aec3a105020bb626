using System.Text.Json;

namespace Pairguard.AgentContext;

/// <summary>Extracts the prose that agents read from package metadata: package.json description, pyproject.toml description.</summary>
public static class MetadataSegments
{
    /// <summary>Longest description judged (characters).</summary>
    public const int MaxDescription = 20_000;

    /// <summary>The description of a package.json, located in the file text; empty when absent or the file is not valid JSON.</summary>
    public static IEnumerable<TextSegment> FromPackageJson(string text)
    {
        string? description;
        try
        {
            using var doc = JsonDocument.Parse(text, JsonText.Options);
            description = doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String
                ? d.GetString()
                : null;
        }
        catch (JsonException)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(description))
        {
            yield break;
        }

        var at = JsonText.PropertyOffset(text, "description");
        var end = at < 0 ? 0 : Math.Min(text.Length, text.IndexOf('\n', at) is var nl && nl > 0 ? nl : text.Length);
        yield return new TextSegment(SegmentKind.Metadata, Math.Max(0, at), end, Cap(description), "package.json description");
    }

    /// <summary>The <c>description</c> values of a pyproject.toml (basic and literal strings, single or triple quoted).</summary>
    public static IEnumerable<TextSegment> FromPyProject(string text)
    {
        var pos = 0;
        while (pos < text.Length)
        {
            var lineEnd = text.IndexOf('\n', pos);
            var next = lineEnd < 0 ? text.Length : lineEnd + 1;
            var line = text[pos..(lineEnd < 0 ? text.Length : lineEnd)];
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("description", StringComparison.Ordinal) && trimmed["description".Length..].TrimStart().StartsWith('='))
            {
                var valueStart = pos + line.IndexOf('=', StringComparison.Ordinal) + 1;
                while (valueStart < text.Length && text[valueStart] is ' ' or '\t')
                {
                    valueStart++;
                }

                if (ReadTomlString(text, valueStart) is { } value)
                {
                    yield return new TextSegment(SegmentKind.Metadata, pos, value.End, Cap(value.Text), "pyproject.toml description");
                    next = Math.Max(next, value.End);
                }
            }

            pos = next;
        }
    }

    private static (string Text, int End)? ReadTomlString(string text, int at)
    {
        foreach (var quote in new[] { "\"\"\"", "'''", "\"", "'" })
        {
            if (string.CompareOrdinal(text, at, quote, 0, quote.Length) != 0)
            {
                continue;
            }

            var start = at + quote.Length;
            var close = text.IndexOf(quote, start, StringComparison.Ordinal);
            if (quote.Length == 1)
            {
                var nl = text.IndexOf('\n', start);
                if (close < 0 || (nl >= 0 && nl < close))
                {
                    return null;
                }
            }

            close = close < 0 ? text.Length : close;
            return (text[start..close].Replace("\\n", "\n", StringComparison.Ordinal).Replace("\\\"", "\"", StringComparison.Ordinal), Math.Min(text.Length, close + quote.Length));
        }

        return null;
    }

    private static string Cap(string s) => s.Length > MaxDescription ? s[..MaxDescription] : s;
}
