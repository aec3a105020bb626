namespace Pairguard.Rules.Matching;

/// <summary>Matching restricted to the nodes that lie within given ranges (the contexts of a <c>pattern-inside</c>).</summary>
public sealed partial class StructuralMatcher
{
    /// <summary>True for a pattern that is one metavariable (<c>$P</c>): it matches every node.</summary>
    internal static bool IsMetavariablePattern(Pattern pattern) => !pattern.IsSequence && MetavariableOf(Unwrap(pattern.Nodes[0])) is not null;

    /// <summary>
    /// The matches of a single-node pattern that tries every node (a metavariable), at the nodes whose range lies within one of the
    /// given ranges, in the order <see cref="FindAll(Pattern, MatchTarget, CancellationToken)"/> finds them. Subtrees that meet no
    /// range are not visited. With <paramref name="constraints"/> (<c>metavariable-regex</c> conditions that still apply to the
    /// result), a node whose text breaks a regex of the metavariable is not a match, and a subtree whose text lacks every word of one
    /// of the regexes' anchor sets is not visited either: its nodes' texts lie within its own.
    /// </summary>
    internal List<RangeMatch> FindAllWithin(Pattern pattern, MatchTarget target, RangeIndex within, CancellationToken ct, IReadOnlyDictionary<string, MetavariableConstraint[]>? constraints = null)
    {
        _steps = 0;
        BudgetExceeded = false;
        _constraints = constraints;
        try
        {
            return FindAllWithin(Unwrap(pattern.Nodes[0]), target, within, ConstraintAnchors(pattern), ct);
        }
        finally
        {
            _constraints = null;
        }
    }

    private List<RangeMatch> FindAllWithin(AstNode p, MatchTarget target, RangeIndex within, List<RegexAnchors>? anchors, CancellationToken ct)
    {
        var results = new List<RangeMatch>();
        var occurrences = anchors is null ? null : target.Occurrences;
        var stack = new Stack<AstNode>();
        stack.Push(target.Root);
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            if (!within.AnyMeeting(n.Start, n.End) || (occurrences is not null && !HoldsEverySet(anchors!, occurrences, n.Start, n.End)))
            {
                continue;
            }

            ct.ThrowIfCancellationRequested();
            if (BudgetExceeded)
            {
                break;
            }

            if (within.AnyContaining(n.Start, n.End))
            {
                foreach (var b in Match(p, n, Bindings.Empty))
                {
                    results.Add(new RangeMatch(n.Start, n.End, b));
                }
            }

            for (var i = n.Children.Length - 1; i >= 0; i--)
            {
                stack.Push(n.Children[i]);
            }
        }

        return results;
    }

    /// <summary>
    /// The matches of a single-node pattern that tries every node (a metavariable), at the nodes whose range is exactly one of
    /// <paramref name="ranges"/>: what <see cref="FindAllWithin(Pattern, MatchTarget, RangeIndex, CancellationToken, IReadOnlyDictionary{string, MetavariableConstraint[]}?)"/>
    /// finds at those ranges (the only matches a join by range keeps), in the same order (pre-order), found by going down from the
    /// root to each range instead of visiting every node within it. Null when the tree has no pre-order positions or a range is
    /// empty (then <see cref="FindAllWithin(Pattern, MatchTarget, RangeIndex, CancellationToken, IReadOnlyDictionary{string, MetavariableConstraint[]}?)"/> is asked).
    /// With <paramref name="constraints"/>, a node whose text breaks a regex of the metavariable is not a match.
    /// </summary>
    internal List<RangeMatch>? FindAllAt(Pattern pattern, MatchTarget target, IEnumerable<RangeMatch> ranges, CancellationToken ct, IReadOnlyDictionary<string, MetavariableConstraint[]>? constraints = null)
    {
        if (target.Root.Order < 0)
        {
            return null;
        }

        var nodes = new List<AstNode>();
        var seen = new HashSet<(int, int)>();
        foreach (var r in ranges)
        {
            if (r.Start >= r.End)
            {
                return null;
            }

            if (seen.Add((r.Start, r.End)))
            {
                NodesAt(target.Root, r.Start, r.End, nodes);
            }
        }

        nodes.Sort(static (a, b) => a.Order.CompareTo(b.Order));
        _steps = 0;
        BudgetExceeded = false;
        AnswerDependsOnSpacing = false;
        _constraints = constraints;
        try
        {
            var p = Unwrap(pattern.Nodes[0]);
            var results = new List<RangeMatch>();
            foreach (var n in nodes)
            {
                ct.ThrowIfCancellationRequested();
                if (BudgetExceeded)
                {
                    break;
                }

                foreach (var b in Match(p, n, Bindings.Empty))
                {
                    results.Add(new RangeMatch(n.Start, n.End, b));
                }
            }

            return results;
        }
        finally
        {
            _constraints = null;
        }
    }

    /// <summary>Adds the nodes under the root whose range is exactly [start, end) (a node and the wrappers of the same range in it), for a non-empty range.</summary>
    private static void NodesAt(AstNode root, int start, int end, List<AstNode> found)
    {
        var n = root;
        if (n.Start > start || n.End < end)
        {
            return;
        }

        while (true)
        {
            if (n.Start == start && n.End == end)
            {
                found.Add(n);
            }

            // the child that holds the range: children do not overlap, and a non-empty range lies in at most one of them
            AstNode? next = null;
            foreach (var c in n.Children)
            {
                if (c.Start <= start && c.End >= end)
                {
                    next = c;
                    break;
                }

                if (c.Start > start)
                {
                    break;
                }
            }

            if (next is null)
            {
                return;
            }

            n = next;
        }
    }

    /// <summary>True when [start, end) holds a word of every set.</summary>
    private static bool HoldsEverySet(List<RegexAnchors> sets, TextOccurrences occurrences, int start, int end)
    {
        foreach (var set in sets)
        {
            var held = false;
            foreach (var word in set.Words)
            {
                if (TextOccurrences.Within(occurrences.Of(word, set.IgnoreCase), word.Length, start, end))
                {
                    held = true;
                    break;
                }
            }

            if (!held)
            {
                return false;
            }
        }

        return true;
    }
}
