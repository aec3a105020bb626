namespace Pairguard.Rules.Matching;

/// <summary>
/// An assignment pattern (<c>$X = new Foo(...)</c>) also matches a declaration that initialises one variable
/// (<c>Foo x = new Foo(1);</c>, <c>const x = ...</c>, Go's <c>x := ...</c>), as in Semgrep.
/// </summary>
public sealed partial class StructuralMatcher
{
    private static readonly HashSet<string> AssignmentKinds = ["assignment_expression", "assignment_statement"];

    /// <summary>Declaration kinds an assignment pattern may match, for the candidates of a pattern that is an assignment.</summary>
    private static readonly string[] DeclarationKinds =
        ["local_variable_declaration", "field_declaration", "lexical_declaration", "variable_declaration", "local_declaration_statement", "short_var_declaration"];

    /// <summary>True for a plain <c>=</c> assignment pattern (not <c>+=</c>) with a left and a right side.</summary>
    private static bool IsPlainAssignment(AstNode p) =>
        AssignmentKinds.Contains(p.Kind) && p.ChildByField("left") is not null && p.ChildByField("right") is not null
        && p.Children.Any(c => !c.IsNamed && c.TextIs("="));

    /// <summary>The nodes an assignment pattern may match: assignments of its kind and declarations, in tree order.</summary>
    private static IEnumerable<AstNode> AssignmentCandidates(string kind, IReadOnlyDictionary<string, List<AstNode>> byKind)
    {
        var lists = DeclarationKinds.Append(kind).Select(k => byKind.TryGetValue(k, out var l) ? l : null).OfType<List<AstNode>>().ToList();
        return lists.Count == 1 ? lists[0] : lists.SelectMany(l => l).OrderBy(n => n.Start).ThenByDescending(n => n.End);
    }

    /// <summary>All ways a plain assignment pattern matches a declaration of one variable with an initial value.</summary>
    /// <remarks>
    /// Asked of every declaration a statement pattern meets, so the usual answers come with no enumerator: none (most tries), and
    /// the value's matches when the name matches one way; only a name matched several ways is enumerated.
    /// </remarks>
    private IEnumerable<Bindings> MatchDeclaration(AstNode pattern, AstNode target, Bindings bindings)
    {
        AstNode? name, value;
        if (target.Kind == "short_var_declaration")
        {
            (name, value) = (target.ChildByField("left"), target.ChildByField("right"));
        }
        else
        {
            var holder = FirstOfKind(target, "variable_declaration") ?? target;
            if (OnlyOfKind(holder, "variable_declarator") is not { } d)
            {
                return [];
            }

            name = d.ChildByField("name") ?? FirstOfKind(d, "identifier");
            value = d.ChildByField("value") ?? LastNamedOtherThan(d, name);
        }

        if (name is null || value is null || ReferenceEquals(name, value))
        {
            return [];
        }

        var left = pattern.ChildByField("left")!;
        var right = pattern.ChildByField("right")!;
        if (target.Kind == "short_var_declaration" && left.Kind != "expression_list")
        {
            return [];
        }

        var named = Match(left, name, bindings);
        if (named is IReadOnlyList<Bindings> { Count: <= 1 } few)
        {
            return few.Count == 0 ? [] : Match(right, value, few[0]);
        }

        return MatchValue(named, right, value);
    }

    /// <summary>The matches of the value for each way the name matched.</summary>
    private IEnumerable<Bindings> MatchValue(IEnumerable<Bindings> named, AstNode right, AstNode value)
    {
        foreach (var b in named)
        {
            foreach (var r in Match(right, value, b))
            {
                yield return r;
            }
        }
    }

    /// <summary>The first child of the kind, or null.</summary>
    private static AstNode? FirstOfKind(AstNode n, string kind)
    {
        foreach (var c in n.Children)
        {
            if (c.Kind == kind)
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>The last named child that is neither <paramref name="name"/> nor a comment (a declarator's value when the grammar names no field for it), or null.</summary>
    private static AstNode? LastNamedOtherThan(AstNode n, AstNode? name)
    {
        var children = n.Significant;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            var c = children[i];
            if (c.IsNamed && !ReferenceEquals(c, name) && !c.IsComment)
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>The child of the kind when there is exactly one, or null.</summary>
    private static AstNode? OnlyOfKind(AstNode n, string kind)
    {
        AstNode? only = null;
        foreach (var c in n.Children)
        {
            if (c.Kind == kind)
            {
                if (only is not null)
                {
                    return null;
                }

                only = c;
            }
        }

        return only;
    }

    /// <summary>
    /// The value a statement assigns or declares (<c>x = foo()</c>, <c>var x = foo();</c>, <c>x := foo()</c> → <c>foo()</c>), or null:
    /// in a statement sequence, an expression statement pattern (<c>foo();</c>) also matches such a statement, as in Semgrep.
    /// </summary>
    private static AstNode? AssignedValue(AstNode statement)
    {
        var t = Unwrap(statement);
        AstNode? value = null;
        if (t.Kind is "assignment_expression" or "assignment" or "assignment_statement" or "short_var_declaration")
        {
            value = t.ChildByField("right");
        }
        else if (DeclarationKinds.Contains(t.Kind))
        {
            var holder = FirstOfKind(t, "variable_declaration") ?? t;
            if (OnlyOfKind(holder, "variable_declarator") is { } d)
            {
                var name = d.ChildByField("name") ?? FirstOfKind(d, "identifier");
                value = d.ChildByField("value") ?? LastNamedOtherThan(d, name);
                value = ReferenceEquals(value, name) ? null : value;
            }
        }

        if (value is { Kind: "expression_list" } list && list.Significant.Length == 1)
        {
            value = list.Significant[0];
        }

        return value is null ? null : Unwrap(value);
    }

    /// <summary>True for a statement pattern that is only a call or an instantiation (<c>foo();</c>, <c>new Foo();</c>).</summary>
    private static bool IsCallStatement(AstNode pattern, PatternNodeInfo info) =>
        !ReferenceEquals(pattern, info.Unwrapped) && info.Unwrapped.Kind is "call" or "call_expression" or "method_invocation" or "invocation_expression"
            or "new_expression" or "object_creation_expression" or "function_call_expression" or "member_call_expression" or "scoped_call_expression"
            or "await_expression";
}
