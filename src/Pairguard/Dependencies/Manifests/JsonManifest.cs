using System.Text;
using System.Text.Json;

namespace Pairguard.Dependencies.Manifests;

/// <summary>A parsed JSON manifest with the line of every property, addressed by its path of property names.</summary>
public sealed class JsonManifest : IDisposable
{
    private readonly Dictionary<string, int> _lines;

    private JsonManifest(JsonDocument document, Dictionary<string, int> lines)
    {
        Document = document;
        _lines = lines;
    }

    public JsonDocument Document { get; }

    public JsonElement Root => Document.RootElement;

    /// <summary>Parses JSON (comments and trailing commas allowed); on error reports a malformed-file diagnostic and returns null.</summary>
    public static JsonManifest? Parse(ManifestContext context)
    {
        var bytes = Encoding.UTF8.GetBytes(context.File.Text);
        var options = new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 256 };
        try
        {
            var doc = JsonDocument.Parse(bytes, options);
            return new JsonManifest(doc, MapLines(bytes));
        }
        catch (JsonException e)
        {
            context.Malformed((int)(e.LineNumber ?? 0) + 1, "invalid JSON: " + FirstSentence(e.Message));
            return null;
        }
    }

    /// <summary>Line of the property at the path (property names from the root), or of the closest parent that has one; 1 when unknown.</summary>
    public int LineOf(params string[] path)
    {
        for (var n = path.Length; n > 0; n--)
        {
            if (_lines.TryGetValue(string.Join('\u001f', path.Take(n)), out var line))
            {
                return line;
            }
        }

        return 1;
    }

    public void Dispose() => Document.Dispose();

    /// <summary>String value of a property, or null when missing or not a string.</summary>
    public static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>Object-valued property, or null.</summary>
    public static JsonElement? Obj(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object ? v : null;

    private static string FirstSentence(string message)
    {
        var i = message.IndexOf(". ", StringComparison.Ordinal);
        return i > 0 ? message[..i] : message;
    }

    private static Dictionary<string, int> MapLines(byte[] bytes)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 256 });
        var path = new List<string>();
        var pendingName = new Stack<bool>();
        var line = 1;
        long scanned = 0;
        string? lastName = null;
        while (reader.Read())
        {
            var at = reader.TokenStartIndex;
            for (var i = scanned; i < at; i++)
            {
                if (bytes[i] == (byte)'\n')
                {
                    line++;
                }
            }

            scanned = at;
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    lastName = reader.GetString() ?? "";
                    path.Add(lastName);
                    result.TryAdd(string.Join('\u001f', path), line);
                    path.RemoveAt(path.Count - 1);
                    break;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    pendingName.Push(lastName is not null);
                    if (lastName is not null)
                    {
                        path.Add(lastName);
                    }

                    lastName = null;
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    if (pendingName.Count > 0 && pendingName.Pop() && path.Count > 0)
                    {
                        path.RemoveAt(path.Count - 1);
                    }

                    lastName = null;
                    break;
                default:
                    lastName = null;
                    break;
            }
        }

        return result;
    }
}
