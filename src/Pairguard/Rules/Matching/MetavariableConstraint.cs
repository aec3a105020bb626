namespace Pairguard.Rules.Matching;

/// <summary>
/// A <c>metavariable-regex</c> the matcher checks when it binds the metavariable. <paramref name="SpacingMatters"/>: repeats are
/// removed (bound code compared without whitespace) between the match and the condition, so an answer that depends on whitespace
/// must be noticed. <paramref name="AnyOf"/>: sets of plain texts of which every match holds one of each (see
/// <see cref="RegexLiteral.AllAnchors"/>), or null.
/// </summary>
internal readonly record struct MetavariableConstraint(RuleRegex.Lazy Regex, bool SpacingMatters, IReadOnlyList<RegexAnchors>? AnyOf = null);
