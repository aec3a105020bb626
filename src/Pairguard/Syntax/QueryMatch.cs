namespace Pairguard.Syntax;

/// <summary>One captured node of a query match.</summary>
/// <param name="Name">Capture name without the <c>@</c>.</param>
/// <param name="Node">The captured node.</param>
public readonly record struct QueryCapture(string Name, Node Node);

/// <summary>One match of a query pattern whose predicates all held, with its captures in order.</summary>
public sealed class QueryMatch
{
    internal QueryMatch(int patternIndex, IReadOnlyList<QueryCapture> captures, IReadOnlyDictionary<string, string?> properties)
    {
        PatternIndex = patternIndex;
        Captures = captures;
        Properties = properties;
    }

    /// <summary>Index of the pattern in the query source (0-based).</summary>
    public int PatternIndex { get; }

    public IReadOnlyList<QueryCapture> Captures { get; }

    /// <summary>Key/values set on the pattern with <c>#set!</c>.</summary>
    public IReadOnlyDictionary<string, string?> Properties { get; }

    /// <summary>The first node captured as <paramref name="name"/>, or null.</summary>
    public Node? this[string name]
    {
        get
        {
            foreach (var capture in Captures)
            {
                if (capture.Name == name)
                {
                    return capture.Node;
                }
            }

            return null;
        }
    }

    /// <summary>Every node captured as <paramref name="name"/> (quantified captures give several).</summary>
    public IReadOnlyList<Node> All(string name) => Captures.Where(c => c.Name == name).Select(c => c.Node).ToList();
}
