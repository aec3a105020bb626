namespace Pairguard.Rules.Matching;

/// <summary>Matching restricted to the nodes that lie within given ranges (the contexts of a <c>pattern-inside</c>).</summary>
public sealed partial class StructuralMatcher
{
    /// <summary>True for a pattern that is one metavariable (<c>$P</c>): it matches every node.</summary>
    internal static bool IsMetavariablePattern(Pattern pattern) => !pattern.IsSequence && MetavariableOf(Unwrap(pattern.Nodes[0])) is not null;

    /// <summary>
    /// The matches of a single-node pattern that tries every node (a metavariable), at the nodes whose range lies within one of the
    /// given ranges, in the order <see cref="FindAll(Pattern, MatchTarget, CancellationToken)"/> finds them. Subtrees that meet no
    /// range are not visited.
    /// </summary>
    internal List<RangeMatch> FindAllWithin(Pattern pattern, MatchTarget target, RangeIndex within, CancellationToken ct)
    {
        _steps = 0;
        BudgetExceeded = false;
        var results = new List<RangeMatch>();
        var p = Unwrap(pattern.Nodes[0]);
        var stack = new Stack<AstNode>();
        stack.Push(target.Root);
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            if (!within.AnyMeeting(n.Start, n.End))
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
}
