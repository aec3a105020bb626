namespace Pairguard.Dependencies.Risk;

/// <summary>The bundled list of package names language models are known to invent, each with where that knowledge comes from.</summary>
public static class KnownHallucinations
{
    private static readonly Lazy<Dictionary<(string, string), string>> Entries = new(() =>
    {
        var result = new Dictionary<(string, string), string>();
        foreach (var line in DataFiles.Lines("known-hallucinated.txt"))
        {
            var bar = line.IndexOf('|', StringComparison.Ordinal);
            var head = (bar < 0 ? line : line[..bar]).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (head.Length == 2 && Ecosystems.Normalize(head[0]) is { } eco)
            {
                result[(eco, Ecosystems.CanonicalName(eco, head[1]))] = bar < 0 ? "" : line[(bar + 1)..].Trim();
            }
        }

        return result;
    });

    /// <summary>The provenance of a known hallucinated name, or null when the name is not on the list.</summary>
    public static string? Lookup(string ecosystem, string name) =>
        Entries.Value.TryGetValue((ecosystem, Ecosystems.CanonicalName(ecosystem, name)), out var provenance) ? provenance : null;
}
