namespace Pairguard.Syntax.Adapters;

/// <summary>What the node kinds of one language mean: the data a <see cref="LanguageAdapter"/> is built from.</summary>
public sealed record AdapterTable
{
    /// <summary>Language id from <see cref="Scanning.Languages"/>.</summary>
    public required string Language { get; init; }

    /// <summary>Function and method definitions (including lambdas).</summary>
    public required IReadOnlyList<FunctionShape> Functions { get; init; }

    /// <summary>Node kinds of one parameter inside a parameter list.</summary>
    public required IReadOnlyList<string> Parameters { get; init; }

    public required IReadOnlyList<CallShape> Calls { get; init; }

    /// <summary>Wrappers around one argument (C# and PHP <c>argument</c>): the argument is their last named child.</summary>
    public IReadOnlyList<string> ArgumentWrappers { get; init; } = [];

    public required IReadOnlyList<MemberShape> Members { get; init; }

    public required IReadOnlyList<AssignmentShape> Assignments { get; init; }

    /// <summary>String literal kinds (interpolated ones included when the grammar uses the same kind).</summary>
    public required IReadOnlyList<string> Strings { get; init; }

    /// <summary>String kinds that may hold holes (f-strings, template literals, <c>$"..."</c>, <c>"#{x}"</c>, <c>"$x"</c>).</summary>
    public IReadOnlyList<string> InterpolatedStrings { get; init; } = [];

    /// <summary>Child kinds that are literal text of a string (everything else named inside an interpolated string is a hole).</summary>
    public required IReadOnlyList<string> StringParts { get; init; }

    /// <summary>Hole wrapper kinds (<c>interpolation</c>, <c>template_substitution</c>): the hole's expression is inside.</summary>
    public IReadOnlyList<string> HoleWrappers { get; init; } = [];

    /// <summary>Kinds inside a hole wrapper that are not the expression (braces, format specifiers).</summary>
    public IReadOnlyList<string> HoleNoise { get; init; } = [];

    public required IReadOnlyList<ConcatShape> Concatenations { get; init; }

    public required IReadOnlyList<string> Returns { get; init; }

    /// <summary>The last statement of a function body is its return value (Ruby methods and blocks).</summary>
    public bool ImplicitReturn { get; init; }

    /// <summary>A bare name may call a method without parentheses or arguments (Ruby <c>user_params[:name]</c>).</summary>
    public bool BareNameCalls { get; init; }

    /// <summary>Decorator / annotation / attribute kinds (empty for languages without them: Go, Ruby).</summary>
    public required IReadOnlyList<string> Decorators { get; init; }

    /// <summary>Import statement kinds (<c>import</c>, <c>using</c>, <c>use</c>); call-style imports are in <see cref="ImportCalls"/>.</summary>
    public required IReadOnlyList<string> Imports { get; init; }

    /// <summary>Function names whose calls import a module (<c>require</c>, <c>require_relative</c>).</summary>
    public IReadOnlyList<string> ImportCalls { get; init; } = [];

    public required IReadOnlyList<string> Comments { get; init; }

    public required IReadOnlyList<string> Blocks { get; init; }
}
