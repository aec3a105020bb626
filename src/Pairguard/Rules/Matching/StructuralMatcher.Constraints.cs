namespace Pairguard.Rules.Matching;

/// <summary>Matching with <c>metavariable-regex</c> constraints checked when a metavariable is first bound.</summary>
public sealed partial class StructuralMatcher
{
    private IReadOnlyDictionary<string, MetavariableConstraint[]>? _constraints;

    /// <summary>
    /// True when, in the last constrained search, some checked text with whitespace passed its regexes while the same text without
    /// whitespace would not (or the reverse). Bindings are compared without whitespace; while this is false, bindings compared equal
    /// always get the same answer.
    /// </summary>
    internal bool AnswerDependsOnSpacing { get; private set; }

    /// <summary>
    /// The matches of a single-node pattern (see <see cref="FindAll(Pattern, MatchTarget, CancellationToken)"/>) without those that
    /// bind a constrained metavariable to text its regexes do not all match: such ways of matching are abandoned as soon as the
    /// metavariable is bound, instead of being completed and filtered out afterwards.
    /// </summary>
    internal List<RangeMatch> FindAll(Pattern pattern, MatchTarget target, IReadOnlyDictionary<string, MetavariableConstraint[]> constraints, CancellationToken ct)
    {
        _constraints = constraints;
        AnswerDependsOnSpacing = false;
        try
        {
            return FindAll(pattern, target.Root, target.ByKind, target.Occurrences, target.Nodes, ct);
        }
        finally
        {
            _constraints = null;
        }
    }

    /// <summary>
    /// For each metavariable of a single-node pattern constrained by a regex that needs one of a few plain texts, those texts: a
    /// match binds the metavariable to code inside the matched node, so the node holds one of them.
    /// </summary>
    private List<RegexAnchors>? ConstraintAnchors(Pattern pattern)
    {
        if (_constraints is null || pattern.IsSequence)
        {
            return null;
        }

        List<RegexAnchors>? result = null;
        foreach (var name in MetavariablesOf(pattern))
        {
            if (_constraints.TryGetValue(name, out var constraints))
            {
                foreach (var c in constraints)
                {
                    foreach (var anyOf in c.AnyOf ?? [])
                    {
                        if (anyOf.Words.Count > 0)
                        {
                            (result ??= []).Add(anyOf);
                        }
                    }
                }
            }
        }

        return result;
    }

    /// <summary>The names of the plain metavariables a pattern's nodes stand for.</summary>
    private static string[] MetavariablesOf(Pattern pattern)
    {
        if (pattern.Metavariables is { } known)
        {
            return known;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var top in pattern.Nodes)
        {
            foreach (var n in top.DescendantsAndSelf())
            {
                if (MetavariableOf(n) is { } name)
                {
                    names.Add(name);
                }
            }
        }

        return pattern.Metavariables = [.. names];
    }

    /// <summary>False when the name is constrained, not bound yet, and the text breaks one of its regexes.</summary>
    private bool Allowed(string name, Bindings bindings, string source, int start, int end)
    {
        if (_constraints is null || !_constraints.TryGetValue(name, out var regexes) || bindings.TryGet(name, out _))
        {
            return true;
        }

        var text = source.AsSpan(start, end - start);
        var allowed = AllMatch(regexes, text);
        if (Array.Exists(regexes, c => c.SpacingMatters) && HasWhiteSpace(text))
        {
            var compact = new string(text.ToArray().Where(c => !char.IsWhiteSpace(c)).ToArray());
            AnswerDependsOnSpacing |= AllMatch(regexes, compact) != allowed;
        }

        return allowed;
    }

    private static bool HasWhiteSpace(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllMatch(MetavariableConstraint[] constraints, ReadOnlySpan<char> text)
    {
        foreach (var c in constraints)
        {
            if (!c.Regex.IsMatch(text))
            {
                return false;
            }
        }

        return true;
    }
}
