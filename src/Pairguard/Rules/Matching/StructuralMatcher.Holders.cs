using System.Buffers;

namespace Pairguard.Rules.Matching;

/// <summary>
/// Candidate nodes found from a pattern's rarest anchor (the nodes of a kind it needs, or the places a word it needs occurs): only
/// the nodes that hold an anchor can match, and walking up from a few anchors is cheaper than testing every node of a common kind.
/// </summary>
public sealed partial class StructuralMatcher
{
    /// <summary>Anchors are used when there are at least this many times fewer of them than the nodes they would replace.</summary>
    private const int AnchorAdvantage = 4;

    /// <summary>
    /// The nodes that hold one of the rarest anchors (the nodes of <paramref name="kindLists"/>' first list, the occurrences of
    /// <paramref name="required"/>' first word, or the occurrences of the words of the <paramref name="anyOf"/> set one of which a
    /// constrained metavariable's text holds, whichever are fewest), in pre-order and of <paramref name="kind"/> when it is given;
    /// null when anchors would not save work over the <paramref name="alternatives"/> candidates, or the tree has no pre-order
    /// positions. Every node that can match (passing the filters of <see cref="FindAll(Pattern, MatchTarget, CancellationToken)"/>
    /// and the constraints) is among them.
    /// </summary>
    private static List<AstNode>? AnchoredCandidates(AstNode root, ArraySegment<AstNode> nodes, List<List<AstNode>> kindLists, NeededText[] required, TextOccurrences? occurrences, int alternatives, string? kind, List<RegexAnchors>? anyOf = null)
    {
        if (nodes.Count == 0 || root.Order < 0 || nodes[0] != root)
        {
            return null;
        }

        var kindCount = kindLists.Count > 0 ? kindLists[0].Count : int.MaxValue;
        var (from, to) = required.Length > 0 && occurrences is not null ? WithinRoot(occurrences.Of(required[0]), root, required[0].Text.Length) : (0, -1);
        var textCount = to >= from ? to - from : int.MaxValue;
        // the words are used only when they are fewer than the other anchors and AnchorAdvantage times fewer than the alternatives:
        // their sets are counted up to that bound only (a common word is not listed in full just to be passed over)
        var budget = (int)Math.Min(Math.Min(kindCount, textCount), ((long)alternatives + AnchorAdvantage - 1) / AnchorAdvantage);
        var (words, wordCount) = occurrences is null ? (null, int.MaxValue) : RarestSet(anyOf, occurrences, root, budget);
        if ((long)Math.Min(Math.Min(kindCount, textCount), wordCount) * AnchorAdvantage >= alternatives)
        {
            return null;
        }

        var marks = ArrayPool<bool>.Shared.Rent(nodes.Count);
        Array.Clear(marks, 0, nodes.Count);
        var found = new List<int>();
        try
        {
            if (wordCount < Math.Min(kindCount, textCount))
            {
                foreach (var word in words!.Words)
                {
                    var positions = occurrences!.Of(word, words.IgnoreCase);
                    var (start, end) = WithinRoot(positions, root, word.Length);
                    for (var i = start; i < end; i++)
                    {
                        MarkHolders(DeepestHolding(root, positions[i], positions[i] + word.Length), root.Order, nodes.AsSpan(), marks, found);
                    }
                }
            }
            else if (kindCount <= textCount)
            {
                foreach (var anchor in kindLists[0])
                {
                    MarkHolders(anchor, root.Order, nodes.AsSpan(), marks, found);
                }
            }
            else
            {
                var positions = occurrences!.Of(required[0]);
                for (var i = from; i < to; i++)
                {
                    MarkHolders(DeepestHolding(root, positions[i], positions[i] + required[0].Text.Length), root.Order, nodes.AsSpan(), marks, found);
                }
            }
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(marks);
        }

        found.Sort();
        var result = new List<AstNode>(found.Count);
        foreach (var i in found)
        {
            if (kind is null || nodes[i].Kind == kind)
            {
                result.Add(nodes[i]);
            }
        }

        return result;
    }

    /// <summary>
    /// For a sequence pattern whose first node tells the kinds of child a match may start at (see <see cref="MayStartWith"/>), the
    /// nodes under the root, in pre-order, that have such a child: the parents of the nodes of those kinds, and of the parentheses
    /// and wrappers (<see cref="Unwrap"/>) around them. Every other node is passed over by the sequence search anyway, which would
    /// otherwise list the children of every node of the file. Null when the first node does not tell, or the tree has no pre-order.
    /// </summary>
    internal static List<AstNode>? SequenceParents(Pattern pattern, AstNode root, ArraySegment<AstNode> nodes, IReadOnlyDictionary<string, List<AstNode>>? byKind)
    {
        var first = pattern.Nodes[0];
        var info = Info(first);
        if (nodes.Count == 0 || byKind is null || root.Order < 0 || nodes[0] != root
            || !IsPlainStructure(info) || info.Chain is not null || IsCallStatement(first, info) || info.ImportedModule is not null)
        {
            return null;
        }

        var marks = ArrayPool<bool>.Shared.Rent(nodes.Count);
        Array.Clear(marks, 0, nodes.Count);
        var found = new List<int>();
        try
        {
            foreach (var kind in StartKinds(info))
            {
                foreach (var child in byKind.TryGetValue(kind, out var list) ? list : [])
                {
                    for (var n = child; n.Parent is { } parent; n = parent)
                    {
                        var i = parent.Order - root.Order;
                        if (i < 0 || i >= nodes.Count || nodes[i] != parent)
                        {
                            // above the root
                            break;
                        }

                        if (!marks[i])
                        {
                            marks[i] = true;
                            found.Add(i);
                        }

                        if (!ParenKinds.Contains(parent.Kind) && !WrapperKinds.Contains(parent.Kind))
                        {
                            break;
                        }
                    }
                }
            }
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(marks);
        }

        found.Sort();
        return found.ConvertAll(i => nodes[i]);

        static IEnumerable<string> StartKinds(PatternNodeInfo info)
        {
            yield return info.Unwrapped.Kind;
            foreach (var kind in OptionalDeclarationKinds)
            {
                yield return kind;
            }

            if (info.IsAssignment)
            {
                foreach (var kind in DeclarationKinds)
                {
                    yield return kind;
                }
            }
        }
    }

    /// <summary>
    /// Of sets of words one of which every match holds, the set with the fewest occurrences within the root, and that number, when
    /// it is below <paramref name="budget"/>; else (null, <see cref="int.MaxValue"/>). Sets are counted up to the best count so far.
    /// </summary>
    private static (RegexAnchors? Words, int Count) RarestSet(List<RegexAnchors>? sets, TextOccurrences occurrences, AstNode root, int budget)
    {
        RegexAnchors? best = null;
        var bestCount = budget;
        foreach (var set in sets ?? [])
        {
            var count = occurrences.CountWithin(set, root.Start, root.End, bestCount);
            if (count < bestCount)
            {
                (best, bestCount) = (set, count);
            }
        }

        return best is null ? (null, int.MaxValue) : (best, bestCount);
    }

    /// <summary>Marks the node and its ancestors up to the subtree's root, stopping at the first one already marked.</summary>
    private static void MarkHolders(AstNode anchor, int first, ReadOnlySpan<AstNode> nodes, bool[] marks, List<int> found)
    {
        for (var n = anchor; n is not null; n = n.Parent)
        {
            var i = n.Order - first;
            if (i < 0 || i >= nodes.Length || nodes[i] != n || marks[i])
            {
                // above the subtree, or already walked from another anchor
                return;
            }

            marks[i] = true;
            found.Add(i);
        }
    }

    /// <summary>The range [from, to) of the ascending positions whose word lies entirely within the root's span.</summary>
    private static (int From, int To) WithinRoot(int[] positions, AstNode root, int length)
    {
        var from = RangeIndex.LowerBound(positions, root.Start);
        var to = RangeIndex.LowerBound(positions, root.End - length + 1);
        return (from, Math.Max(from, to));
    }

    /// <summary>The deepest node under <paramref name="root"/> whose span holds [start, end) (every node that holds it is this one or an ancestor).</summary>
    private static AstNode DeepestHolding(AstNode root, int start, int end)
    {
        var n = root;
        while (true)
        {
            var kids = n.Children;
            int lo = 0, hi = kids.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (kids[mid].Start <= start)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            // the last child starting at or before the range; earlier ones only when empty children share its start
            AstNode? next = null;
            for (var i = lo - 1; i >= 0 && kids[i].Start <= start; i--)
            {
                if (kids[i].End >= end)
                {
                    next = kids[i];
                    break;
                }

                if (kids[i].End > kids[i].Start)
                {
                    break;
                }
            }

            // children out of order (rare): look at each
            for (var i = 0; next is null && i < kids.Length; i++)
            {
                if (kids[i].Start <= start && kids[i].End >= end)
                {
                    next = kids[i];
                }
            }

            if (next is null)
            {
                return n;
            }

            n = next;
        }
    }
}
