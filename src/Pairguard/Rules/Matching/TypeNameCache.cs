namespace Pairguard.Rules.Matching;

/// <summary>
/// Remembers <see cref="StructuralMatcher.QualifiedTypeName"/> and <see cref="StructuralMatcher.SimpleTypeName"/> per distinct
/// name, so typed metavariables do not re-trim the same names for every candidate node (same answers, fewer allocations).
/// </summary>
internal sealed class TypeNameCache
{
    private readonly Dictionary<string, string> _qualified = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _simple = new(StringComparer.Ordinal);

    /// <summary><see cref="StructuralMatcher.QualifiedTypeName"/> of the name.</summary>
    public string Qualified(string type)
    {
        if (!_qualified.TryGetValue(type, out var name))
        {
            _qualified[type] = name = StructuralMatcher.QualifiedTypeName(type);
        }

        return name;
    }

    /// <summary><see cref="StructuralMatcher.SimpleTypeName"/> of the name.</summary>
    public string Simple(string type)
    {
        if (!_simple.TryGetValue(type, out var name))
        {
            _simple[type] = name = StructuralMatcher.SimpleTypeName(type);
        }

        return name;
    }
}
