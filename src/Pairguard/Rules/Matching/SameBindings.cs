namespace Pairguard.Rules.Matching;

/// <summary>Equality of binding sets by the code they bind (names equal, bound code equal up to whitespace), without building strings.</summary>
internal sealed class SameBindings : IEqualityComparer<Bindings>
{
    public static readonly SameBindings Instance = new();

    public bool Equals(Bindings? x, Bindings? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is null || y is null || x.Count != y.Count)
        {
            return false;
        }

        foreach (var (name, binding) in x.All)
        {
            if (!y.TryGet(name, out var other) || !Binding.SameCode(binding, other))
            {
                return false;
            }
        }

        return true;
    }

    public int GetHashCode(Bindings obj)
    {
        // a sum, so that the order in which the names are enumerated does not matter
        var hash = 0;
        foreach (var (name, binding) in obj.All)
        {
            hash += HashCode.Combine(StringComparer.Ordinal.GetHashCode(name), CodeHash(binding));
        }

        return hash;
    }

    /// <summary>A hash of the bound text without whitespace (consistent with <see cref="Binding.SameCode"/>).</summary>
    private static int CodeHash(Binding b)
    {
        var h = new HashCode();
        foreach (var c in b.Source.AsSpan(b.Start, b.End - b.Start))
        {
            if (!char.IsWhiteSpace(c))
            {
                h.Add(c);
            }
        }

        return h.ToHashCode();
    }
}
