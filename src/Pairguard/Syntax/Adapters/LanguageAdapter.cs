using System.Text;
using System.Text.RegularExpressions;

namespace Pairguard.Syntax.Adapters;

/// <summary>The generic <see cref="ILanguageAdapter"/>: every answer comes from the language's <see cref="AdapterTable"/>.</summary>
public sealed partial class LanguageAdapter : ILanguageAdapter
{
    private readonly Dictionary<string, FunctionShape> _functions;
    private readonly Dictionary<string, CallShape> _calls;
    private readonly Dictionary<string, MemberShape> _members;
    private readonly Dictionary<string, AssignmentShape> _assignments;
    private readonly Dictionary<string, ConcatShape> _concats;
    private readonly HashSet<string> _parameters;
    private readonly HashSet<string> _strings;
    private readonly HashSet<string> _interpolated;
    private readonly HashSet<string> _stringParts;
    private readonly HashSet<string> _holeWrappers;
    private readonly HashSet<string> _holeNoise;
    private readonly HashSet<string> _returns;
    private readonly HashSet<string> _decorators;
    private readonly HashSet<string> _imports;
    private readonly HashSet<string> _importCalls;
    private readonly HashSet<string> _comments;
    private readonly HashSet<string> _blocks;
    private readonly HashSet<string> _argumentWrappers;
    private readonly string[] _functionKinds;

    public LanguageAdapter(AdapterTable table)
    {
        Table = table;
        _functions = table.Functions.ToDictionary(s => s.Kind, StringComparer.Ordinal);
        _calls = table.Calls.ToDictionary(s => s.Kind, StringComparer.Ordinal);
        _members = table.Members.ToDictionary(s => s.Kind, StringComparer.Ordinal);
        _assignments = table.Assignments.ToDictionary(s => s.Kind, StringComparer.Ordinal);
        _concats = table.Concatenations.ToDictionary(s => s.Kind, StringComparer.Ordinal);
        _parameters = Set(table.Parameters);
        _strings = Set(table.Strings);
        _interpolated = Set(table.InterpolatedStrings);
        _stringParts = Set(table.StringParts);
        _holeWrappers = Set(table.HoleWrappers);
        _holeNoise = Set(table.HoleNoise);
        _returns = Set(table.Returns);
        _decorators = Set(table.Decorators);
        _imports = Set(table.Imports);
        _importCalls = Set(table.ImportCalls);
        _comments = Set(table.Comments);
        _blocks = Set(table.Blocks);
        _argumentWrappers = Set(table.ArgumentWrappers);
        _functionKinds = [.. _functions.Keys];
    }

    public string Language => Table.Language;

    public AdapterTable Table { get; }

    // functions and parameters

    public bool IsFunction(Node node) => _functions.ContainsKey(node.Kind);

    public Node? FunctionName(Node function)
    {
        if (!_functions.TryGetValue(function.Kind, out var shape))
        {
            return null;
        }

        if (shape.Name is not null && function.ChildByField(shape.Name) is { } name)
        {
            return name;
        }

        // an anonymous function bound to a name: const f = () => ..., f = lambda: ...
        if (function.Parent is { } parent && IsAssignment(parent) && AssignmentRight(parent) == function)
        {
            return AssignmentLeft(parent);
        }

        return null;
    }

    public IReadOnlyList<Node> Parameters(Node function)
    {
        if (!_functions.TryGetValue(function.Kind, out var shape) || shape.Parameters is null || function.ChildByField(shape.Parameters) is not { } list)
        {
            return [];
        }

        return IsParameter(list) ? [list] : list.NamedChildren.Where(IsParameter).ToList();
    }

    public Node? FunctionBody(Node function) =>
        _functions.TryGetValue(function.Kind, out var shape) && shape.Body is not null ? function.ChildByField(shape.Body) : null;

    public bool IsParameter(Node node)
    {
        if (!_parameters.Contains(node.Kind))
        {
            return false;
        }

        if (node.Kind != "identifier")
        {
            return true;
        }

        // a bare identifier is a parameter only directly inside a function's parameter list
        return node.Parent is { } list && list.Parent is { } function && _functions.TryGetValue(function.Kind, out var shape)
            && shape.Parameters is not null && function.ChildByField(shape.Parameters) == list;
    }

    public Node? ParameterName(Node parameter)
    {
        if (!IsParameter(parameter))
        {
            return null;
        }

        if (parameter.NamedChildCount == 0)
        {
            return parameter;
        }

        var named = parameter.ChildByField("name") ?? parameter.ChildByField("pattern") ?? parameter.ChildByField("left");
        if (named is { } n)
        {
            return n.NamedChildCount == 0 || n.Kind is "variable_name" ? n : n.Find(IsIdentifier) ?? n;
        }

        return parameter.Find(c => c != parameter && IsIdentifier(c));
    }

    // calls

    public bool IsCall(Node node) => _calls.ContainsKey(node.Kind);

    public Node? Callee(Node call)
    {
        if (!_calls.TryGetValue(call.Kind, out var shape) || call.ChildByField(shape.Callee) is not { } callee)
        {
            return null;
        }

        // TypeScript reads `await a.b<T>(x)` as a call of `await a.b`; parentheses and `!` wrap callees too
        while (callee.Kind is "await_expression" or "parenthesized_expression" or "non_null_expression" && callee.NamedChildCount == 1)
        {
            callee = callee.NamedChild(0)!.Value;
        }

        return callee;
    }

    public Node? Receiver(Node call)
    {
        if (!_calls.TryGetValue(call.Kind, out var shape))
        {
            return null;
        }

        if (shape.Receiver is not null)
        {
            return call.ChildByField(shape.Receiver);
        }

        return Callee(call) is { } callee && IsMemberAccess(callee) ? MemberObject(callee) : null;
    }

    public string? CalleeName(Node call)
    {
        if (Callee(call) is not { } callee)
        {
            return null;
        }

        var name = IsMemberAccess(callee) ? MemberProperty(callee) ?? callee : callee;
        // generic names (Foo<T>, Foo[int]) and scoped names keep only their last identifier
        if (name.NamedChildCount > 0 && name.Kind is not ("identifier" or "name" or "property_identifier" or "field_identifier"))
        {
            var identifiers = name.FindAll(IsIdentifier);
            return identifiers.Count > 0 ? (name.Kind is "generic_name" ? identifiers[0] : identifiers[^1]).Text : name.Text;
        }

        return name.Text;
    }

    public string? CalleePath(Node call)
    {
        if (Callee(call) is not { } callee)
        {
            return null;
        }

        var text = _calls[call.Kind].Receiver is not null && Receiver(call) is { } receiver
            ? receiver.Text + "." + callee.Text
            : callee.Text;
        return RemoveWhitespace(text).Replace("->", ".", StringComparison.Ordinal).Replace("::", ".", StringComparison.Ordinal)
            .Replace("?.", ".", StringComparison.Ordinal);
    }

    public IReadOnlyList<Node> Arguments(Node call)
    {
        if (!_calls.TryGetValue(call.Kind, out var shape) || call.ChildByField(shape.Arguments) is not { } list)
        {
            return [];
        }

        var result = new List<Node>();
        foreach (var child in list.NamedChildren)
        {
            if (IsComment(child))
            {
                continue;
            }

            result.Add(_argumentWrappers.Contains(child.Kind) && child.NamedChildCount > 0 ? child.NamedChild(child.NamedChildCount - 1)!.Value : child);
        }

        return result;
    }

    // member access

    public bool IsMemberAccess(Node node)
    {
        if (!_members.TryGetValue(node.Kind, out var shape))
        {
            return false;
        }

        // Ruby: a call with a receiver and no arguments reads like an attribute (user.name)
        return !_calls.ContainsKey(node.Kind) || (node.ChildByField(shape.Object) is not null && node.ChildByField(_calls[node.Kind].Arguments) is null);
    }

    public Node? MemberObject(Node member) => _members.TryGetValue(member.Kind, out var shape) ? member.ChildByField(shape.Object) : null;

    public Node? MemberProperty(Node member) => _members.TryGetValue(member.Kind, out var shape) ? member.ChildByField(shape.Property) : null;

    // assignments

    public bool IsAssignment(Node node) => _assignments.ContainsKey(node.Kind);

    public Node? AssignmentLeft(Node assignment) =>
        _assignments.TryGetValue(assignment.Kind, out var shape) ? Single(assignment.ChildByField(shape.Left)) : null;

    public Node? AssignmentRight(Node assignment)
    {
        if (!_assignments.TryGetValue(assignment.Kind, out var shape))
        {
            return null;
        }

        if (shape.Right is not null)
        {
            return Single(assignment.ChildByField(shape.Right));
        }

        // no value field (C# variable_declarator): the value is the last named child after the name
        var left = assignment.ChildByField(shape.Left);
        var children = assignment.NamedChildren;
        if (children.Count == 0 || (left is { } l && children[^1] == l))
        {
            return null;
        }

        var last = children[^1];
        return last.Kind == "equals_value_clause" && last.NamedChildCount > 0 ? last.NamedChild(0) : last;
    }

    // strings

    public bool IsStringLiteral(Node node) => _strings.Contains(node.Kind) || _interpolated.Contains(node.Kind);

    public string? StringValue(Node node)
    {
        if (!IsStringLiteral(node))
        {
            return null;
        }

        var parts = node.NamedChildren;
        if (parts.Count == 0)
        {
            // a string token without content nodes (C# verbatim @"...", empty "")
            var match = QuotedText().Match(node.Text);
            return match.Success ? match.Groups["body"].Value : node.Text;
        }

        var sb = new StringBuilder();
        foreach (var part in parts)
        {
            if (_stringParts.Contains(part.Kind))
            {
                sb.Append(part.Text);
            }
        }

        return sb.ToString();
    }

    public bool IsInterpolatedString(Node node) => _interpolated.Contains(node.Kind) && Holes(node).Count > 0;

    public IReadOnlyList<Node> Holes(Node node)
    {
        if (!_interpolated.Contains(node.Kind))
        {
            return [];
        }

        var holes = new List<Node>();
        foreach (var part in node.NamedChildren)
        {
            if (_stringParts.Contains(part.Kind) || _holeNoise.Contains(part.Kind))
            {
                continue;
            }

            if (_holeWrappers.Contains(part.Kind))
            {
                var inner = part.NamedChildren.FirstOrDefault(c => !_holeNoise.Contains(c.Kind) && !_stringParts.Contains(c.Kind));
                if (inner.Tree is not null)
                {
                    holes.Add(inner);
                }
            }
            else
            {
                holes.Add(part);
            }
        }

        return holes;
    }

    // concatenation

    public bool IsConcatenation(Node node) =>
        _concats.TryGetValue(node.Kind, out var shape) && node.ChildByField("operator") is { } op && op.Kind == shape.Operator;

    public IReadOnlyList<Node> ConcatenationOperands(Node node)
    {
        var operands = new List<Node>();
        if (!IsConcatenation(node))
        {
            return operands;
        }

        var stack = new Stack<Node>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (IsConcatenation(current))
            {
                if (current.ChildByField("right") is { } right)
                {
                    stack.Push(right);
                }

                if (current.ChildByField("left") is { } left)
                {
                    stack.Push(left);
                }
            }
            else
            {
                operands.Add(Unparenthesize(current));
            }
        }

        return operands;
    }

    // returns, decorators, imports, comments, blocks

    public bool IsReturn(Node node) => _returns.Contains(node.Kind);

    public Node? ReturnValue(Node node)
    {
        if (!IsReturn(node))
        {
            return null;
        }

        var value = node.NamedChildren.FirstOrDefault(c => !IsComment(c));
        if (value.Tree is null)
        {
            return null;
        }

        // Ruby wraps the value in an argument_list, Go in an expression_list
        return value.Kind is "argument_list" or "expression_list" && value.NamedChildCount == 1 ? value.NamedChild(0) : value;
    }

    public bool IsDecorator(Node node) => _decorators.Contains(node.Kind);

    public IReadOnlyList<Node> Decorators(Node definition)
    {
        var result = new List<Node>();
        if (_decorators.Count == 0)
        {
            return result;
        }

        // Python: @decorator lines wrap the definition in a decorated_definition; TypeScript: `@D() export class C` in an export_statement
        if (definition.Parent is { Kind: "decorated_definition" or "export_statement" } decorated)
        {
            result.AddRange(decorated.NamedChildren.Where(IsDecorator));
        }

        // TypeScript class members: decorators are the member's preceding siblings
        var siblings = new List<Node>();
        for (var s = definition.PreviousSibling; s is { } sib && (IsDecorator(sib) || IsComment(sib)); s = sib.PreviousSibling)
        {
            if (IsDecorator(sib))
            {
                siblings.Add(sib);
            }
        }

        siblings.Reverse();
        result.AddRange(siblings);

        // Java modifiers, C# attribute lists, PHP attributes, JS/TS decorator fields: inside the definition, outside its body
        foreach (var child in definition.Children)
        {
            var field = child.FieldName;
            if (field is "body" or "parameters" or "name" || !child.IsNamed)
            {
                continue;
            }

            result.AddRange(child.FindAll(n => IsDecorator(n) && (n.Ancestor(_functionKinds) is not { } f || f == definition)));
        }

        return result.Distinct().ToList();
    }

    public string? DecoratorName(Node decorator)
    {
        if (!IsDecorator(decorator))
        {
            return null;
        }

        var target = decorator.ChildByField("name") ?? decorator.NamedChildren.FirstOrDefault(c => !IsComment(c));
        if (target.Tree is null)
        {
            return null;
        }

        if (IsCall(target))
        {
            return CalleePath(target);
        }

        return RemoveWhitespace(target.Text);
    }

    public bool IsImport(Node node) =>
        _imports.Contains(node.Kind) || (_importCalls.Count > 0 && IsCall(node) && CalleeName(node) is { } name && _importCalls.Contains(name) && Receiver(node) is null);

    public IReadOnlyList<string> ImportedModules(Node import)
    {
        if (!IsImport(import))
        {
            return [];
        }

        if (IsCall(import))
        {
            return Arguments(import).Where(IsStringLiteral).Select(a => StringValue(a)!).Take(1).ToList();
        }

        // an explicit source/module/path field: from x import y, import ... from "x", Go's import path
        foreach (var field in (string[])["source", "module_name", "path"])
        {
            if (import.ChildByField(field) is { } source)
            {
                return [IsStringLiteral(source) ? StringValue(source)! : source.Text];
            }
        }

        // one or more module names: Python's import a, b; Java, C#, PHP, Go import lists
        var modules = new List<string>();
        foreach (var node in import.FindAll(n => n != import && (IsStringLiteral(n) || n.Kind is "dotted_name" or "scoped_identifier" or "qualified_name"
                     or "identifier" or "namespace_name" or "name" or "aliased_import")))
        {
            if (node.Parent is { } p && p != import && modules.Count > 0 && (p.Kind is "dotted_name" or "scoped_identifier" or "qualified_name" or "namespace_name" or "aliased_import"
                || IsStringLiteral(p)))
            {
                continue; // a part of a name already taken
            }

            if (node.FieldName is "alias")
            {
                continue;
            }

            var text = IsStringLiteral(node) ? StringValue(node)! : node.Kind == "aliased_import" ? node.ChildByField("name")?.Text ?? node.Text : node.Text;
            if (!modules.Contains(text))
            {
                modules.Add(text);
            }
        }

        return modules;
    }

    public bool IsComment(Node node) => _comments.Contains(node.Kind);

    public bool IsBlock(Node node) => _blocks.Contains(node.Kind);

    public Node? EnclosingFunction(Node node) => node.Ancestor(_functionKinds);

    private static bool IsIdentifier(Node node) =>
        node.Kind is "identifier" or "name" or "variable_name" or "property_identifier" or "field_identifier" or "constant" or "simple_identifier";

    // Go writes a := b as expression lists: one element stands for itself
    private static Node? Single(Node? node) =>
        node is { Kind: "expression_list", NamedChildCount: 1 } list ? list.NamedChild(0) : node;

    private static Node Unparenthesize(Node node)
    {
        while (node.Kind is "parenthesized_expression" && node.NamedChildCount == 1)
        {
            node = node.NamedChild(0)!.Value;
        }

        return node;
    }

    private static HashSet<string> Set(IEnumerable<string> kinds) => new(kinds, StringComparer.Ordinal);

    private static string RemoveWhitespace(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    // applied to one string token only; time-boxed like every backtracking regex

    [GeneratedRegex(@"^[A-Za-z@$]*(?<q>""""""|'''|""|'|`)(?<body>.*)\k<q>$", RegexOptions.Singleline, matchTimeoutMilliseconds: 100)]
    private static partial Regex QuotedText();
}
