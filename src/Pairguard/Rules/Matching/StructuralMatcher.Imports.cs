namespace Pairguard.Rules.Matching;

/// <summary>
/// Qualified names through imports (as in Semgrep): a pattern written with a dotted name (<c>os.path.join(...)</c>,
/// <c>java.security.MessageDigest.getInstance(...)</c>) also matches code that names the same thing through what the file imports
/// (<c>from os import path</c> then <c>path.join(...)</c>; <c>import subprocess as sp</c> then <c>sp.call</c>;
/// <c>import java.security.MessageDigest;</c> then <c>MessageDigest.getInstance(...)</c>).
/// </summary>
public sealed partial class StructuralMatcher
{
    private static readonly HashSet<string> NameKinds = ["identifier", "type_identifier", "property_identifier", "field_identifier"];

    private readonly Dictionary<AstNode, Dictionary<string, string>> _imports = new(ReferenceEqualityComparer.Instance);

    /// <summary>The names of a chain of plain names joined by dots (<c>a.b.c</c>), left to right; null for anything else.</summary>
    private static List<AstNode>? ChainSegments(AstNode n)
    {
        n = Unwrap(n);
        if (NameKinds.Contains(n.Kind))
        {
            return [n];
        }

        var (left, right) = n.Kind switch
        {
            "attribute" => (n.ChildByField("object"), n.ChildByField("attribute")),
            "field_access" => (n.ChildByField("object"), n.ChildByField("field")),
            "scoped_identifier" or "scoped_type_identifier" => (n.ChildByField("scope"), n.ChildByField("name") ?? n.Significant.LastOrDefault(k => k.IsNamed)),
            _ => (null, null),
        };
        if (left is null || right is null || !NameKinds.Contains(right.Kind) || ChainSegments(left) is not { } segments)
        {
            return null;
        }

        segments.Add(right);
        return segments;
    }

    /// <summary>A pattern chain that imports may abbreviate: two names or more, the first a plain name (not a metavariable).</summary>
    private static List<AstNode>? PatternChain(AstNode pattern) =>
        ChainSegments(pattern) is { Count: >= 2 } segments && MetavariableOf(segments[0]) is null && !IsEllipsisNode(segments[0]) ? segments : null;

    /// <summary>
    /// The target chain with its first name replaced by what the file imports under that name (<c>path</c> → <c>os</c>, <c>path</c>),
    /// or null when the target is no chain or its first name is not imported under another name.
    /// </summary>
    private List<(string Text, AstNode? Node)>? ResolvedChain(AstNode target)
    {
        if (ChainSegments(target) is not { } segments)
        {
            return null;
        }

        var root = target;
        while (root.Parent is { } up)
        {
            root = up;
        }

        if (!_imports.TryGetValue(root, out var imports))
        {
            _imports[root] = imports = Imports(root);
        }

        if (imports.Count == 0 || !imports.TryGetValue(segments[0].Text, out var qualified))
        {
            return null;
        }

        var result = qualified.Split('.').Select(s => (s, (AstNode?)null)).ToList();
        result.AddRange(segments.Skip(1).Select(s => (s.Text, (AstNode?)s)));
        return result;
    }

    /// <summary>The pattern chain against the resolved target chain: names equal, metavariables bound to names the target writes.</summary>
    private Bindings? MatchChain(List<AstNode> pattern, List<(string Text, AstNode? Node)> target, Bindings bindings)
    {
        if (pattern.Count != target.Count)
        {
            return null;
        }

        for (var i = 0; i < pattern.Count; i++)
        {
            if (MetavariableOf(pattern[i]) is not null)
            {
                if (target[i].Node is not { } node)
                {
                    return null;
                }

                Bindings? next = null;
                foreach (var b in Match(pattern[i], node, bindings))
                {
                    next = b;
                    break;
                }

                if (next is null)
                {
                    return null;
                }

                bindings = next;
            }
            else if (!pattern[i].TextIs(target[i].Text))
            {
                return null;
            }
        }

        return bindings;
    }

    /// <summary>Local name → qualified name, for every import of the file that names something other than itself.</summary>
    private static Dictionary<string, string> Imports(AstNode root)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var top in root.Children)
        {
            switch (top.Kind)
            {
                case "import_statement":
                    foreach (var c in top.Children.Where(c => c.Kind == "aliased_import"))
                    {
                        AddImport(map, c.ChildByField("alias"), c.ChildByField("name")?.Text);
                    }

                    break;
                case "import_from_statement" when top.ChildByField("module_name") is { Kind: "dotted_name" } module:
                    foreach (var c in top.Children.Where(c => c.Field == "name"))
                    {
                        if (c.Kind == "aliased_import")
                        {
                            AddImport(map, c.ChildByField("alias"), module.Text + "." + c.ChildByField("name")?.Text);
                        }
                        else if (c.Kind == "dotted_name" && c.Significant.Length == 1)
                        {
                            AddImport(map, c, module.Text + "." + c.Text);
                        }
                    }

                    break;
                case "import_declaration" when !top.Children.Any(c => c.Kind == "asterisk") && top.Children.FirstOrDefault(c => c.Kind == "scoped_identifier") is { } name:
                    AddImport(map, name.ChildByField("name"), name.Text);
                    break;
            }
        }

        return map;
    }

    private static void AddImport(Dictionary<string, string> map, AstNode? local, string? qualified)
    {
        if (local is not null && qualified is not null && !local.TextIs(qualified) && !qualified.Any(char.IsWhiteSpace))
        {
            map[local.Text] = qualified;
        }
    }

    private static readonly string[] ImportKinds = ["import_statement", "import_from_statement"];

    /// <summary>The module a Python pattern <c>import a.b</c> names (one module, no alias), else null.</summary>
    private static string? ImportedModule(AstNode pattern) =>
        pattern.Kind == "import_statement" && pattern.Children.Where(c => c.Field == "name").ToList() is [{ Kind: "dotted_name" } only] ? only.Text : null;

    /// <summary>
    /// <c>import a.b</c> matches any import of the module or of something in it (Semgrep's behaviour): <c>import a.b</c>,
    /// <c>import a.b.c, d</c>, <c>import a.b as x</c>, <c>from a.b import c</c>, <c>from a.b.c import d</c>.
    /// </summary>
    private static bool ImportsModule(string module, AstNode target)
    {
        static bool Under(string name, string module) => name == module || name.StartsWith(module + ".", StringComparison.Ordinal);
        return target.Kind switch
        {
            "import_statement" => target.Children.Where(c => c.Field == "name")
                .Any(c => Under((c.Kind == "aliased_import" ? c.ChildByField("name") : c)?.Text ?? "", module)),
            "import_from_statement" => target.ChildByField("module_name") is { Kind: "dotted_name" } m && Under(m.Text, module),
            _ => false,
        };
    }

    /// <summary>The candidates of a module import pattern: every import statement, in tree order.</summary>
    private static IEnumerable<AstNode> ImportCandidates(IReadOnlyDictionary<string, List<AstNode>> byKind) =>
        ImportKinds.Select(k => byKind.TryGetValue(k, out var l) ? l : null).OfType<List<AstNode>>().SelectMany(l => l).OrderBy(n => n.Start);
}
