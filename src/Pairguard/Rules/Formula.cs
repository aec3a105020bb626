namespace Pairguard.Rules;

/// <summary>A node of a rule's match formula (Semgrep's pattern operators), with the line it came from.</summary>
public abstract record Formula(int Line)
{
    /// <summary>The hash of this object's identity, for the rule engine's caches (<see cref="Matching.IdentityKey"/>); not part of the formula's value (a copy made with <c>with</c> keeps it).</summary>
    internal int IdentityHash { get; } = Matching.IdentityNumbers.Next();

    /// <summary>This formula's quick rejections (one per language and pattern compiler), made on first use; not part of its value.</summary>
    internal Matching.Rejection? Rejections { get; set; }

    /// <summary>Value equality, as records have it, of the line and the derived record's own members: <see cref="IdentityHash"/> and <see cref="Rejections"/> left out.</summary>
    public virtual bool Equals(Formula? other) => ReferenceEquals(this, other) || (other is not null && EqualityContract == other.EqualityContract && Line == other.Line);

    public override int GetHashCode() => HashCode.Combine(EqualityContract, Line);
}

/// <summary><c>pattern: CODE</c> — code in the rule's language with metavariables and ellipses.</summary>
public sealed record PatternFormula(string Code, int Line) : Formula(Line);

/// <summary><c>pattern-regex: RE</c> — a linear-time regex over the file text.</summary>
public sealed record RegexFormula(string Regex, int Line) : Formula(Line);

/// <summary><c>pattern-either</c> — any of the alternatives.</summary>
public sealed record EitherFormula(IReadOnlyList<Formula> Alternatives, int Line) : Formula(Line);

/// <summary><c>patterns</c> — every positive term matches the same range, then the conditions filter.</summary>
public sealed record AllFormula(IReadOnlyList<Formula> Positives, IReadOnlyList<Condition> Conditions, int Line) : Formula(Line);

/// <summary>
/// <c>pattern-inside</c> used as a term of its own: an alternative of <c>pattern-either</c>, the only positive term of
/// <c>patterns</c>, or a taint source/sink/sanitizer. Its matches are the inner formula's; joined with other terms of a
/// <c>patterns</c>, it keeps the ranges that lie inside one of them (as Semgrep's <c>Inside</c> formula does).
/// </summary>
public sealed record InsideFormula(Formula Inner, int Line) : Formula(Line);

/// <summary>A filter inside <c>patterns</c>: negations, context, metavariable constraints and focus.</summary>
public abstract record Condition(int Line);

/// <summary><c>pattern-not</c>: drop ranges that this formula matches exactly.</summary>
public sealed record NotCondition(Formula Formula, int Line) : Condition(Line);

/// <summary><c>pattern-inside</c>: keep ranges inside a match of this formula (its bindings join).</summary>
public sealed record InsideCondition(Formula Formula, int Line) : Condition(Line);

/// <summary><c>pattern-not-inside</c>: drop ranges inside a match of this formula.</summary>
public sealed record NotInsideCondition(Formula Formula, int Line) : Condition(Line);

/// <summary><c>pattern-not-regex</c>: drop ranges overlapping a match of this regex.</summary>
public sealed record NotRegexCondition(string Regex, int Line) : Condition(Line);

/// <summary><c>metavariable-regex</c>: the bound text of a metavariable must match the regex.</summary>
public sealed record MetavariableRegexCondition(string Metavariable, string Regex, int Line) : Condition(Line);

/// <summary><c>metavariable-pattern</c>: the bound code of a metavariable must match a formula (optionally in another language).</summary>
public sealed record MetavariablePatternCondition(string Metavariable, Formula Formula, string? Language, int Line) : Condition(Line);

/// <summary><c>metavariable-comparison</c>: a comparison over bound values (numbers, strings).</summary>
public sealed record MetavariableComparisonCondition(string? Metavariable, string Comparison, int Line) : Condition(Line);

/// <summary><c>focus-metavariable</c>: report the range bound to these metavariables instead of the whole match.</summary>
public sealed record FocusCondition(IReadOnlyList<string> Metavariables, int Line) : Condition(Line);

/// <summary>Pairguard extension <c>pattern-in-file</c> / <c>pattern-not-in-file</c>: keep (or drop) every match depending on whether the formula matches anywhere in the same file.</summary>
public sealed record InFileCondition(Formula Formula, bool Negated, int Line) : Condition(Line);

/// <summary>Pairguard extension <c>pattern-in-project</c> / <c>pattern-not-in-project</c>: the same over every scanned file of the rule's languages.</summary>
public sealed record InProjectCondition(Formula Formula, bool Negated, int Line) : Condition(Line);
