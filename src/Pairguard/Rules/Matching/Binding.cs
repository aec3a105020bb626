namespace Pairguard.Rules.Matching;

/// <summary>What a metavariable is bound to: one node, or a (possibly empty) sequence of sibling nodes for <c>$...X</c>.</summary>
public sealed record Binding(IReadOnlyList<AstNode> Nodes, int Start, int End, string Source)
{
    /// <summary>Binding of a single node.</summary>
    public static Binding Of(AstNode node) => node.SelfBinding ??= new([node], node.Start, node.End, node.Source);

    /// <summary>The single bound node, or null for sequences.</summary>
    public AstNode? Node => Nodes.Count == 1 ? Nodes[0] : null;

    public string Text => Source[Start..End];

    /// <summary>Text without whitespace, used to decide whether two bindings are the same code.</summary>
    public string Normalized => new(Text.Where(c => !char.IsWhiteSpace(c)).ToArray());

    /// <summary>True when both bindings are the same code (equal <see cref="Normalized"/> texts), compared without allocating.</summary>
    public static bool SameCode(Binding a, Binding b)
    {
        if (ReferenceEquals(a.Source, b.Source) && a.Start == b.Start && a.End == b.End)
        {
            return true;
        }

        var x = a.Source.AsSpan(a.Start, a.End - a.Start);
        var y = b.Source.AsSpan(b.Start, b.End - b.Start);
        int i = 0, j = 0;
        while (true)
        {
            while (i < x.Length && char.IsWhiteSpace(x[i]))
            {
                i++;
            }

            while (j < y.Length && char.IsWhiteSpace(y[j]))
            {
                j++;
            }

            if (i == x.Length || j == y.Length)
            {
                return i == x.Length && j == y.Length;
            }

            if (x[i] != y[j])
            {
                return false;
            }

            i++;
            j++;
        }
    }
}

/// <summary>Metavariable name → binding, immutable so that backtracking is free (a small array, copied on write: patterns bind few names).</summary>
public sealed class Bindings
{
    public static readonly Bindings Empty = new([]);

    private readonly KeyValuePair<string, Binding>[] _entries;
    private Bindings[]? _one;

    private Bindings(KeyValuePair<string, Binding>[] entries)
    {
        _entries = entries;
    }

    public IEnumerable<KeyValuePair<string, Binding>> All => _entries;

    public int Count => _entries.Length;

    /// <summary>These bindings as the only answer of a match (one array per bindings, made once: not to be modified).</summary>
    internal Bindings[] AsOne => _one ??= [this];

    public bool TryGet(string name, out Binding binding)
    {
        foreach (var (k, v) in _entries)
        {
            if (string.Equals(k, name, StringComparison.Ordinal))
            {
                binding = v;
                return true;
            }
        }

        binding = null!;
        return false;
    }

    /// <summary>Binds a name, or checks that an existing binding is the same code; null when they conflict.</summary>
    public Bindings? Bind(string name, Binding value)
    {
        if (TryGet(name, out var existing))
        {
            return Binding.SameCode(existing, value) ? this : null;
        }

        var entries = new KeyValuePair<string, Binding>[_entries.Length + 1];
        _entries.CopyTo(entries, 0);
        entries[^1] = new(name, value);
        return new Bindings(entries);
    }

    /// <summary>Unifies two binding sets; null when a shared name is bound to different code.</summary>
    public Bindings? Merge(Bindings other)
    {
        var result = this;
        foreach (var (k, v) in other._entries)
        {
            result = result.Bind(k, v);
            if (result is null)
            {
                return null;
            }
        }

        return result;
    }
}

/// <summary>A match of a formula: a text range and the metavariable bindings that produced it.</summary>
public sealed record RangeMatch(int Start, int End, Bindings Bindings)
{
    public bool Contains(RangeMatch other) => other.Start >= Start && other.End <= End;

    public bool SameRange(RangeMatch other) => Start == other.Start && End == other.End;
}
