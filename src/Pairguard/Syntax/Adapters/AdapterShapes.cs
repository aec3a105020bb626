namespace Pairguard.Syntax.Adapters;

/// <summary>A function-like node kind and the fields holding its name, parameters and body (a field may be absent, e.g. lambdas).</summary>
public sealed record FunctionShape(string Kind, string? Name = "name", string? Parameters = "parameters", string? Body = "body");

/// <summary>A call node kind: the field naming what is called, the receiver field (when the callee is split, as in Java's
/// <c>object.name(args)</c>) and the arguments field.</summary>
public sealed record CallShape(string Kind, string Callee, string? Receiver, string Arguments);

/// <summary>A member access node kind (<c>a.b</c>): the object and property fields.</summary>
public sealed record MemberShape(string Kind, string Object, string Property);

/// <summary>An assignment or declaration node kind: the target and value fields (<paramref name="Right"/> null: the last named child).</summary>
public sealed record AssignmentShape(string Kind, string Left, string? Right);

/// <summary>A binary expression kind whose <paramref name="Operator"/> builds strings (<c>+</c>, <c>.</c> in PHP).</summary>
public sealed record ConcatShape(string Kind, string Operator);
