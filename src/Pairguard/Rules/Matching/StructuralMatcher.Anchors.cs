namespace Pairguard.Rules.Matching;

/// <summary>The words a pattern needs in any code it matches, so that code without them is never matched node by node.</summary>
public sealed partial class StructuralMatcher
{
    /// <summary>
    /// The texts of the pattern's concrete leaves (no metavariable, ellipsis, or string): <see cref="Match"/> only matches such a
    /// leaf to a node of the same text below the target node, so a target whose range does not hold every one of them cannot
    /// match. Collected along the same paths <see cref="Match"/> takes, so that no required leaf is ever optional.
    /// </summary>
    internal static string[] RequiredTexts(Pattern pattern)
    {
        if (pattern.RequiredTexts is { } known)
        {
            return known;
        }

        var texts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var n in pattern.Nodes)
        {
            Collect(n, texts);
        }

        return pattern.RequiredTexts = [.. texts];
    }

    /// <summary>True when every required text occurs within the range.</summary>
    private static bool HoldsAll(string[] required, TextOccurrences occurrences, int start, int end)
    {
        foreach (var text in required)
        {
            if (!occurrences.Within(text, start, end))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The required texts, the rarest first (so that most targets are rejected by the first), or null when one never occurs.</summary>
    private static string[]? RarestFirst(string[] required, TextOccurrences occurrences, AstNode root)
    {
        if (required.Length == 0)
        {
            return required;
        }

        var sorted = (string[])required.Clone();
        var counts = Array.ConvertAll(sorted, t => occurrences.Of(t).Length);
        Array.Sort(counts, sorted);
        return HoldsAll(sorted, occurrences, root.Start, root.End) ? sorted : null;
    }

    private static readonly System.Buffers.SearchValues<char> Punctuation = System.Buffers.SearchValues.Create("!\"#%&'()*+,-./:;<=>?@[\\]^`{|}~");

    private static void Collect(AstNode n, HashSet<string> texts)
    {
        n = Unwrap(n);
        if (MetavariableOf(n) is not null || IsEllipsisNode(n) || SequenceNameOf(n) is not null || StringKinds.Contains(n.Kind))
        {
            return;
        }

        if (IsDeep(n, out var inner))
        {
            Collect(inner!, texts);
            return;
        }

        var kids = n.Significant;
        if (kids.Count == 0)
        {
            // punctuation and operators occur everywhere: they would cost more to look up than they filter out
            if (n.End > n.Start && n.Source.AsSpan(n.Start, n.End - n.Start).ContainsAnyExcept(Punctuation))
            {
                texts.Add(n.Text);
            }

            return;
        }

        foreach (var k in kids)
        {
            Collect(k, texts);
        }
    }
}
