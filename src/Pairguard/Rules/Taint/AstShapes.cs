using Pairguard.Rules.Matching;
using Pairguard.Syntax.Adapters;

namespace Pairguard.Rules.Taint;

/// <summary>Reads a language's adapter table over managed trees: which nodes are functions, calls, assignments, strings, returns.</summary>
public sealed class AstShapes
{
    private static readonly HashSet<string> IfKinds = ["if_statement", "if", "if_expression", "unless", "if_modifier", "unless_modifier"];
    private static readonly HashSet<string> SwitchKinds = ["switch_statement", "switch_expression", "expression_switch_statement", "type_switch_statement", "case", "match_statement"];

    private static readonly HashSet<string> SectionKinds =
    [
        "switch_section", "switch_block_statement_group", "switch_rule", "switch_case", "switch_default", "case_statement", "default_statement",
        "expression_case", "default_case", "type_case", "when", "case_clause",
    ];

    private static readonly HashSet<string> ElseKinds = ["else_clause", "elif_clause", "else", "elsif", "else_if_clause"];
    private static readonly HashSet<string> LiteralKinds =
    [
        "integer", "float", "number", "integer_literal", "decimal_integer_literal", "hex_integer_literal", "int_literal", "float_literal",
        "real_literal", "decimal_floating_point_literal", "true", "false", "boolean_literal", "none", "null", "null_literal", "nil", "undefined",
        "boolean",
    ];

    private readonly Dictionary<string, FunctionShape> _functions;
    private readonly Dictionary<string, CallShape> _calls;
    private readonly Dictionary<string, MemberShape> _members;
    private readonly Dictionary<string, AssignmentShape> _assignments;
    private readonly HashSet<string> _strings;
    private readonly HashSet<string> _parameters;
    private readonly HashSet<string> _returns;
    private readonly HashSet<string> _holeWrappers;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, AstShapes?> ByLanguage = new(StringComparer.Ordinal);

    /// <summary>Distinct kind strings whose shape is remembered at most (a grammar has a few hundred; other strings are answered uncached).</summary>
    private const int MaxRememberedKinds = 4096;

    /// <summary>
    /// The shape of each node kind met so far, keyed by the kind string itself: the trees' kinds are the grammar's own strings, so a
    /// node's shape costs one identity lookup instead of a string hash per question.
    /// </summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, NodeShape> _shapeOfKind = new(ReferenceEqualityComparer.Instance);

    public AstShapes(AdapterTable table)
    {
        Table = table;
        _functions = table.Functions.DistinctBy(f => f.Kind).ToDictionary(f => f.Kind, StringComparer.Ordinal);
        _calls = table.Calls.DistinctBy(f => f.Kind).ToDictionary(f => f.Kind, StringComparer.Ordinal);
        _members = table.Members.DistinctBy(f => f.Kind).ToDictionary(f => f.Kind, StringComparer.Ordinal);
        _assignments = table.Assignments.DistinctBy(f => f.Kind).ToDictionary(f => f.Kind, StringComparer.Ordinal);
        _strings = [.. table.Strings];
        _parameters = [.. table.Parameters];
        _returns = [.. table.Returns];
        _holeWrappers = [.. table.HoleWrappers];
    }

    public AdapterTable Table { get; }

    /// <summary>The shapes of a language's adapter table, made once (they never change), or null when the language has no table.</summary>
    public static AstShapes? For(string language) =>
        ByLanguage.GetOrAdd(language, static l => AdapterTables.All.FirstOrDefault(t => t.Language == l) is { } table ? new AstShapes(table) : null);

    public bool IsFunction(AstNode n) => (ShapeOf(n) & NodeShape.Function) != 0;

    /// <summary>What the node is, as far as the walks of taint mode ask (function, call, assignment...), read from its kind once.</summary>
    internal NodeShape ShapeOf(AstNode n)
    {
        var kind = n.Kind;
        if (_shapeOfKind.TryGetValue(kind, out var shape))
        {
            return shape;
        }

        shape = (_functions.ContainsKey(kind) ? NodeShape.Function : 0)
            | (_calls.ContainsKey(kind) ? NodeShape.Call : 0)
            | (_assignments.ContainsKey(kind) ? NodeShape.Assignment : 0)
            | (_strings.Contains(kind) ? NodeShape.String : 0)
            | (_returns.Contains(kind) ? NodeShape.Return : 0)
            | (IfKinds.Contains(kind) ? NodeShape.If : 0)
            | (SwitchKinds.Contains(kind) ? NodeShape.Switch : 0);
        if (_shapeOfKind.Count < MaxRememberedKinds)
        {
            _shapeOfKind.TryAdd(kind, shape);
        }

        return shape;
    }

    /// <summary>The kinds of node that are functions.</summary>
    public IEnumerable<string> FunctionKinds => _functions.Keys;

    /// <summary>The kinds of node that are calls.</summary>
    public IEnumerable<string> CallKinds => _calls.Keys;

    /// <summary>The kinds of node <see cref="IsIdentifier"/> accepts.</summary>
    public static IReadOnlyList<string> IdentifierKinds { get; } =
        ["identifier", "variable_name", "simple_identifier", "name", "constant", "instance_variable", "field_identifier", "property_identifier"];

    public string? FunctionName(AstNode fn) =>
        _functions.TryGetValue(fn.Kind, out var s) && s.Name is { } field ? fn.ChildByField(field)?.Text : null;

    public AstNode? FunctionBody(AstNode fn) =>
        _functions.TryGetValue(fn.Kind, out var s) && s.Body is { } field ? fn.ChildByField(field) : fn.Significant.LastOrDefault();

    /// <summary>The names the function's parameters bind, with the parameter nodes.</summary>
    public IReadOnlyList<(string Name, AstNode Node)> Parameters(AstNode fn)
    {
        if (!_functions.TryGetValue(fn.Kind, out var s))
        {
            return [];
        }

        var list = s.Parameters is { } field ? fn.ChildByField(field) : null;
        if (list is null)
        {
            return [];
        }

        var result = new List<(string, AstNode)>();
        var candidates = _parameters.Contains(list.Kind) ? [list] : list.Significant;
        foreach (var p in candidates)
        {
            if (!p.IsNamed || p.IsComment)
            {
                continue;
            }

            var name = ParameterName(p);
            if (name is not null)
            {
                result.Add((name, p));
            }
        }

        return result;
    }

    private static string? ParameterName(AstNode p)
    {
        if (p.Kind is "identifier" or "simple_identifier")
        {
            return p.Text;
        }

        var named = p.ChildByField("name") ?? p.ChildByField("pattern") ?? p.ChildByField("left");
        if (named is not null && named.Significant.Length <= 2)
        {
            return named.Text.TrimStart('$', '*', '&');
        }

        var id = p.DescendantsAndSelf().FirstOrDefault(d => d.Kind is "identifier" or "variable_name");
        return id?.Text.TrimStart('$');
    }

    public bool IsCall(AstNode n) => (ShapeOf(n) & NodeShape.Call) != 0;

    public AstNode? Callee(AstNode call) => _calls.TryGetValue(call.Kind, out var s) ? call.ChildByField(s.Callee) : null;

    public AstNode? Receiver(AstNode call)
    {
        if (!_calls.TryGetValue(call.Kind, out var s))
        {
            return null;
        }

        if (s.Receiver is { } r)
        {
            return call.ChildByField(r);
        }

        var callee = Callee(call);
        return callee is not null && _members.TryGetValue(callee.Kind, out var m) ? callee.ChildByField(m.Object) : null;
    }

    /// <summary>Simple name of the called function or method.</summary>
    public string? CalleeName(AstNode call) => TryCalleeName(call, out var name) ? name.ToString() : null;

    /// <summary><see cref="CalleeName"/> read in place: false when the node is no call.</summary>
    public bool TryCalleeName(AstNode call, out ReadOnlySpan<char> name)
    {
        var callee = Callee(call);
        if (callee is null)
        {
            name = default;
            return false;
        }

        if (_members.TryGetValue(callee.Kind, out var m))
        {
            callee = callee.ChildByField(m.Property) ?? callee;
        }

        var text = callee.Source.AsSpan(callee.Start, callee.End - callee.Start);
        var dot = Math.Max(text.LastIndexOf('.'), text.LastIndexOf(':'));
        name = text[(dot + 1)..].TrimStart('$');
        return true;
    }

    public IReadOnlyList<AstNode> Arguments(AstNode call)
    {
        if (!_calls.TryGetValue(call.Kind, out var s) || call.ChildByField(s.Arguments) is not { } args)
        {
            return [];
        }

        return args.Significant.Where(a => a.IsNamed && !a.IsComment)
            .Select(a => Table.ArgumentWrappers.Contains(a.Kind) && a.Significant.LastOrDefault(c => c.IsNamed) is { } inner ? inner : a)
            .ToList();
    }

    public bool IsMember(AstNode n) => _members.ContainsKey(n.Kind) && !IsCallWithArgs(n);

    public AstNode? MemberObject(AstNode n) => _members.TryGetValue(n.Kind, out var m) ? n.ChildByField(m.Object) : null;

    public AstNode? MemberProperty(AstNode n) => _members.TryGetValue(n.Kind, out var m) ? n.ChildByField(m.Property) : null;

    public bool IsAssignment(AstNode n) => (ShapeOf(n) & NodeShape.Assignment) != 0;

    public AstNode? AssignmentLeft(AstNode n) => _assignments.TryGetValue(n.Kind, out var s) ? n.ChildByField(s.Left) : null;

    public AstNode? AssignmentRight(AstNode n) => _assignments.TryGetValue(n.Kind, out var s)
        ? (s.Right is { } r ? n.ChildByField(r) : n.Significant.LastOrDefault(c => c.IsNamed && c.Field != s.Left))
        : null;

    /// <summary>True for augmented assignments (<c>+=</c>), whose target keeps its old taint.</summary>
    public static bool IsAugmented(AstNode n) => n.Kind.Contains("augmented", StringComparison.Ordinal) || n.Kind.Contains("operator_assignment", StringComparison.Ordinal)
        || n.Children.Any(c => !c.IsNamed && c.Text.Length == 2 && c.Text[1] == '=' && c.Text[0] is '+' or '.' or '|' or '&');

    public bool IsString(AstNode n) => (ShapeOf(n) & NodeShape.String) != 0;

    /// <summary>The hole expressions of an interpolated string.</summary>
    public IEnumerable<AstNode> Holes(AstNode s) => s.DescendantsAndSelf().Where(d => _holeWrappers.Contains(d.Kind));

    public bool IsReturn(AstNode n) => (ShapeOf(n) & NodeShape.Return) != 0;

    public static bool IsIf(AstNode n) => IfKinds.Contains(n.Kind);

    /// <summary>switch (C#, Java, JS/TS, PHP, Go), case (Ruby), match (Python).</summary>
    public static bool IsSwitch(AstNode n) => SwitchKinds.Contains(n.Kind) && n.Children.Length > 0;

    /// <summary>The value a switch compares.</summary>
    public static AstNode? SwitchSubject(AstNode n)
    {
        var s = n.ChildByField("value") ?? n.ChildByField("condition") ?? n.ChildByField("subject");
        if (s is null && n.Kind is "case" or "match_statement")
        {
            s = n.Significant.FirstOrDefault(c => c.IsNamed && !SectionKinds.Contains(c.Kind));
        }

        return s;
    }

    /// <summary>The sections (case arms) of a switch, not those of switches nested in it.</summary>
    public static IEnumerable<AstNode> SwitchSections(AstNode n)
    {
        var stack = new Stack<AstNode>(n.Children.Reverse());
        while (stack.Count > 0)
        {
            var c = stack.Pop();
            if (SectionKinds.Contains(c.Kind) || (n.Kind == "case" && c.Kind == "else"))
            {
                yield return c;
                continue;
            }

            if (IsSwitch(c) || (c.Kind.Contains("statement", StringComparison.Ordinal) && c.Kind != "compound_statement"))
            {
                continue;
            }

            foreach (var k in c.Children.Reverse())
            {
                stack.Push(k);
            }
        }
    }

    /// <summary>True for <c>default:</c>, Ruby's <c>else</c> and Python's <c>case _:</c>.</summary>
    public static bool IsDefaultSection(AstNode s)
    {
        var t = s.Text.TrimStart();
        return s.Kind is "switch_default" or "default_statement" or "default_case" or "else" || t.StartsWith("default", StringComparison.Ordinal)
            || t.StartsWith("case _:", StringComparison.Ordinal) || (s.Kind == "switch_label" && s.Significant.Length == 0);
    }

    /// <summary>The first label value of a section (<c>case 6:</c> → 6), or null.</summary>
    public static AstNode? SectionLabel(AstNode s)
    {
        var first = s.ChildByField("value") ?? s.Significant.FirstOrDefault(c => c.IsNamed);
        while (first is not null && first.Kind is "switch_label" or "constant_pattern" or "case_pattern" or "pattern" or "expression_list")
        {
            first = first.Significant.FirstOrDefault(c => c.IsNamed);
        }

        return first;
    }

    public static bool IsElse(AstNode n) => ElseKinds.Contains(n.Kind) || n.Field == "alternative";

    public static bool IsLiteral(AstNode n) => LiteralKinds.Contains(n.Kind);

    public static bool IsIdentifier(AstNode n) => n.Kind is "identifier" or "variable_name" or "simple_identifier" or "name" or "constant" or "instance_variable" or "field_identifier" or "property_identifier";

    public static bool IsSubscript(AstNode n) => n.Kind is "subscript" or "subscript_expression" or "element_access_expression" or "index_expression" or "array_access" or "element_reference";

    private bool IsCallWithArgs(AstNode n) => _calls.TryGetValue(n.Kind, out var c) && n.ChildByField(c.Arguments) is not null;
}

/// <summary>The kinds of node taint mode's walks tell apart (see <see cref="AstShapes.ShapeOf"/>); a kind may be several.</summary>
[Flags]
internal enum NodeShape : byte
{
    /// <summary>A function, method or lambda.</summary>
    Function = 1,

    /// <summary>A call.</summary>
    Call = 2,

    /// <summary>An assignment (plain or augmented).</summary>
    Assignment = 4,

    /// <summary>A string literal, interpolated or not.</summary>
    String = 8,

    /// <summary>A return statement.</summary>
    Return = 16,

    /// <summary>An if statement or expression (<see cref="AstShapes.IsIf"/>).</summary>
    If = 32,

    /// <summary>A switch, case or match (<see cref="AstShapes.IsSwitch"/>, before its check for children).</summary>
    Switch = 64,
}
