namespace Pairguard.Rules.Matching;

/// <summary>
/// Typed metavariables (<c>(HttpServletRequest $REQ)</c>, Go's <c>($R : *http.Request)</c>): the bound expression must be of the
/// type, as far as the file tells without type inference: an identifier declared with that type (a parameter, local or field of
/// that name anywhere in the file), a <c>new T(...)</c>, a cast to it or a composite literal of it.
/// </summary>
public sealed partial class StructuralMatcher
{
    private static readonly HashSet<string> CreationKinds = ["object_creation_expression", "composite_literal", "cast_expression"];

    /// <summary>The kinds of a name whose declared type <see cref="HasType"/> looks up.</summary>
    private static readonly string[] TypedNameKinds = ["identifier", "field_identifier"];

    /// <summary>The integer literals <see cref="HasType"/> takes as being of any integer type (<see cref="IsIntegerType"/>).</summary>
    private static readonly string[] IntegerLiteralKinds = ["decimal_integer_literal", "integer_literal", "int_literal"];

    /// <summary>True for a simple type name a string literal is of.</summary>
    private static bool IsStringType(string simple) => simple is "String" or "string";

    /// <summary>True for a simple type name an integer literal is of.</summary>
    private static bool IsIntegerType(string simple) => simple is "int" or "long" or "short" or "Integer" or "Long";

    private readonly Dictionary<AstNode, Dictionary<string, HashSet<string>>> _declaredTypes = new(ReferenceEqualityComparer.Instance);
    private readonly TypeNameCache _typeNames = new();
    private readonly Dictionary<string, HashSet<string>> _namesOfType = new(StringComparer.Ordinal);
    private readonly Dictionary<PatternNodeInfo, HashSet<string>> _namesByPattern = new(ReferenceEqualityComparer.Instance);
    private AstNode? _typedRoot;

    /// <summary>True when the target is, as far as the file tells, of the typed metavariable's type (compared by simple name: no package, generics or pointer).</summary>
    private bool HasType(AstNode target, PatternNodeInfo typed)
    {
        var want = typed.QualifiedType ?? "";
        var simple = typed.SimpleType ?? "";
        if (want.Length == 0 || want.StartsWith('$') || simple.StartsWith('$'))
        {
            return true;
        }

        if (TypedNameKinds.Contains(target.Kind))
        {
            // looked up by the name's span in the source: no string per candidate
            return NamesOfType(target.TreeRoot, typed).GetAlternateLookup<ReadOnlySpan<char>>().Contains(target.Source.AsSpan(target.Start, target.End - target.Start));
        }

        if (StringKinds.Contains(target.Kind))
        {
            return IsStringType(simple);
        }

        if (IntegerLiteralKinds.Contains(target.Kind))
        {
            return IsIntegerType(simple);
        }

        return CreationKinds.Contains(target.Kind) && target.ChildByField("type") is { } t && SameType(want, t.Text);
    }

    /// <summary>
    /// For a pattern that is one typed metavariable (<c>($S : string)</c>): the only nodes <see cref="HasType"/> can accept (names,
    /// creations and casts, and the literals the type stands for), with the wrappers that unwrap to them, in tree order; null for any
    /// other pattern, a type that accepts everything, or a tree without positions (every node is then tried).
    /// </summary>
    private List<AstNode>? TypedCandidates(AstNode p, AstNode root, IReadOnlyDictionary<string, List<AstNode>> byKind)
    {
        var info = Info(p);
        if (info.MetavariableType is null || info.Metavariable == "$_" || info.QualifiedType is not { Length: > 0 } want || want.StartsWith('$')
            || info.SimpleType is not { } simple || simple.StartsWith('$'))
        {
            return null;
        }

        var picked = new List<AstNode>();
        void Add(IEnumerable<string> kinds)
        {
            foreach (var kind in kinds)
            {
                if (byKind.TryGetValue(kind, out var list))
                {
                    picked.AddRange(list);
                }
            }
        }

        // names only where the tree declares them with the type (most names of a file are not)
        var names = NamesOfType(root.TreeRoot, info).GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var kind in TypedNameKinds)
        {
            if (byKind.TryGetValue(kind, out var list))
            {
                foreach (var n in list)
                {
                    if (names.Contains(n.Source.AsSpan(n.Start, n.End - n.Start)))
                    {
                        picked.Add(n);
                    }
                }
            }
        }

        Add(CreationKinds);
        if (IsStringType(simple))
        {
            Add(StringKinds);
        }

        if (IsIntegerType(simple))
        {
            Add(IntegerLiteralKinds);
        }

        // a node matches where its wrappers do (parentheses, statement wrappers): they are candidates too, as when every node is tried
        var found = picked.Count;
        for (var i = 0; i < found; i++)
        {
            var n = picked[i];
            if (n.Order < 0)
            {
                return null;
            }

            for (var up = n.Parent; up is not null && ReferenceEquals(Unwrap(up), n); up = up.Parent)
            {
                picked.Add(up);
            }
        }

        picked.Sort(static (a, b) => a.Order.CompareTo(b.Order));
        return picked;
    }

    /// <summary>
    /// The names the tree declares with the typed metavariable's type (<see cref="SameType"/>): found once per tree and type, and
    /// kept per pattern node too, so that a candidate costs one identity lookup.
    /// </summary>
    private HashSet<string> NamesOfType(AstNode root, PatternNodeInfo typed)
    {
        if (!ReferenceEquals(root, _typedRoot))
        {
            _typedRoot = root;
            _namesOfType.Clear();
            _namesByPattern.Clear();
        }

        if (_namesByPattern.TryGetValue(typed, out var names))
        {
            return names;
        }

        var want = typed.QualifiedType!;
        if (!_namesOfType.TryGetValue(want, out names))
        {
            if (!_declaredTypes.TryGetValue(root, out var declared))
            {
                _declaredTypes[root] = declared = DeclaredTypes(root);
            }

            names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (name, types) in declared)
            {
                foreach (var t in types)
                {
                    if (SameType(want, t))
                    {
                        names.Add(name);
                        break;
                    }
                }
            }

            _namesOfType[want] = names;
        }

        _namesByPattern[typed] = names;
        return names;
    }

    /// <summary>Every name declared with a type in the tree (parameters, locals, fields), with the simple names of its types.</summary>
    private static Dictionary<string, HashSet<string>> DeclaredTypes(AstNode root)
    {
        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var type in root.DescendantsAndSelf())
        {
            // each declaration once, from its first child in the "type" field
            if (type.Field != "type" || type.Parent is not { } n || n.ChildByField("type") != type || CreationKinds.Contains(n.Kind))
            {
                continue;
            }

            var typeName = QualifiedTypeName(type.Text);
            foreach (var c in n.Children)
            {
                if (c.Field == "name" && c.Kind is "identifier" or "field_identifier")
                {
                    Add(result, c.Text, typeName);
                }
                else if (c.Kind.EndsWith("declarator", StringComparison.Ordinal))
                {
                    var name = c.ChildByField("name") ?? c.Children.FirstOrDefault(k => k.Kind == "identifier");
                    var value = c.ChildByField("value") ?? c.Significant.LastOrDefault(k => k.IsNamed && k != name);
                    if (name is null)
                    {
                        continue;
                    }

                    Add(result, name.Text, typeName);
                    if (value is not null && CreationKinds.Contains(value.Kind) && value.ChildByField("type") is { } created)
                    {
                        Add(result, name.Text, QualifiedTypeName(created.Text));
                    }
                }
            }
        }

        return result;
    }

    private static void Add(Dictionary<string, HashSet<string>> map, string name, string type)
    {
        if (!map.TryGetValue(name, out var set))
        {
            map[name] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        set.Add(type);
    }

    /// <summary>
    /// True when two type names (see <see cref="QualifiedTypeName"/>) name the same type: the same simple name, and when both are
    /// qualified, one qualification ends the other (<c>java.util.List</c> and <c>List</c>, not <c>gin.Context</c> and <c>echo.Context</c>).
    /// </summary>
    private bool SameType(string a, string b)
    {
        a = _typeNames.Qualified(a);
        b = _typeNames.Qualified(b);
        if (_typeNames.Simple(a) != _typeNames.Simple(b))
        {
            return false;
        }

        return !a.Contains('.') || !b.Contains('.') || EndsWithQualifier(a, b) || EndsWithQualifier(b, a) || a == b;
    }

    /// <summary>True when <paramref name="longer"/> ends with "." followed by <paramref name="shorter"/>.</summary>
    private static bool EndsWithQualifier(string longer, string shorter) =>
        longer.Length > shorter.Length && longer.EndsWith(shorter, StringComparison.Ordinal) && longer[longer.Length - shorter.Length - 1] == '.';

    /// <summary>The type without pointer marks, generic arguments or nullability: <c>*http.Request</c> → <c>http.Request</c>; arrays keep <c>[]</c>.</summary>
    internal static string QualifiedTypeName(string type)
    {
        var t = type.Trim().TrimStart('*', '&');
        var array = t.EndsWith("[]", StringComparison.Ordinal) ? "[]" : "";
        var generic = t.IndexOf('<');
        if (generic >= 0)
        {
            t = t[..generic];
        }

        return t.TrimEnd('[', ']', ' ', '?') + array;
    }

    /// <summary>The type's simple name: <c>*http.Request</c>, <c>java.util.List&lt;String&gt;</c> → <c>Request</c>, <c>List</c>.</summary>
    internal static string SimpleTypeName(string type)
    {
        var t = QualifiedTypeName(type);
        var dot = t.LastIndexOf('.');
        return dot >= 0 ? t[(dot + 1)..] : t;
    }
}
