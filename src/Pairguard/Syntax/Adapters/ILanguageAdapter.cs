namespace Pairguard.Syntax.Adapters;

/// <summary>What the generic rule and taint engines ask about a language's trees: which nodes are functions, calls, member accesses,
/// assignments, strings and their holes, concatenations, returns, decorators, imports, comments and blocks, and their parts.</summary>
public interface ILanguageAdapter
{
    /// <summary>Language id from <see cref="Scanning.Languages"/>.</summary>
    string Language { get; }

    /// <summary>The table of node kinds behind this adapter.</summary>
    AdapterTable Table { get; }

    bool IsFunction(Node node);

    /// <summary>Name of a function (for an anonymous function assigned to a variable: the variable), or null.</summary>
    Node? FunctionName(Node function);

    /// <summary>The parameters of a function, in order.</summary>
    IReadOnlyList<Node> Parameters(Node function);

    Node? FunctionBody(Node function);

    bool IsParameter(Node node);

    /// <summary>The identifier a parameter binds (<c>$id</c> in PHP), or null for destructuring patterns without one.</summary>
    Node? ParameterName(Node parameter);

    bool IsCall(Node node);

    /// <summary>The node naming what is called: a name or a member access (for split shapes, the method name).</summary>
    Node? Callee(Node call);

    /// <summary>The object a method is called on (<c>cursor</c> in <c>cursor.execute(q)</c>), or null.</summary>
    Node? Receiver(Node call);

    /// <summary>The simple name of the called function or method (<c>execute</c>).</summary>
    string? CalleeName(Node call);

    /// <summary>The dotted callee as written, without whitespace (<c>cursor.execute</c>, <c>db.Database.ExecuteSqlRaw</c>).</summary>
    string? CalleePath(Node call);

    /// <summary>The argument expressions of a call (keyword/named arguments as their own nodes), in order.</summary>
    IReadOnlyList<Node> Arguments(Node call);

    bool IsMemberAccess(Node node);

    Node? MemberObject(Node member);

    Node? MemberProperty(Node member);

    bool IsAssignment(Node node);

    /// <summary>The target of an assignment or declaration.</summary>
    Node? AssignmentLeft(Node assignment);

    /// <summary>The assigned value, or null for a declaration without one.</summary>
    Node? AssignmentRight(Node assignment);

    /// <summary>True for a string literal, interpolated or not.</summary>
    bool IsStringLiteral(Node node);

    /// <summary>The text between the quotes (escapes as written); for an interpolated string, its literal parts joined; null for a non-string.</summary>
    string? StringValue(Node node);

    /// <summary>True for a string literal with at least one hole.</summary>
    bool IsInterpolatedString(Node node);

    /// <summary>The expressions inside an interpolated string's holes, in order.</summary>
    IReadOnlyList<Node> Holes(Node node);

    /// <summary>True for a binary string-building expression (<c>+</c>; <c>.</c> in PHP).</summary>
    bool IsConcatenation(Node node);

    /// <summary>The operands of a concatenation, nested concatenations flattened, in order.</summary>
    IReadOnlyList<Node> ConcatenationOperands(Node node);

    bool IsReturn(Node node);

    Node? ReturnValue(Node node);

    bool IsDecorator(Node node);

    /// <summary>The decorators / annotations / attributes applied to a function or class.</summary>
    IReadOnlyList<Node> Decorators(Node definition);

    /// <summary>The name of a decorator (<c>app.route</c>, <c>GetMapping</c>, <c>HttpGet</c>).</summary>
    string? DecoratorName(Node decorator);

    /// <summary>True for an import statement or an import call (<c>require("x")</c>).</summary>
    bool IsImport(Node node);

    /// <summary>The module names an import brings in.</summary>
    IReadOnlyList<string> ImportedModules(Node import);

    bool IsComment(Node node);

    bool IsBlock(Node node);

    /// <summary>The innermost function enclosing a node, or null at top level.</summary>
    Node? EnclosingFunction(Node node);
}
