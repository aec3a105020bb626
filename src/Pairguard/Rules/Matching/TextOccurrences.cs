namespace Pairguard.Rules.Matching;

/// <summary>The positions at which words occur in one text (searched once per word), to ask whether a word lies within a range.</summary>
internal sealed class TextOccurrences
{
    private readonly string _text;
    private readonly Dictionary<string, int[]> _positions = new(StringComparer.Ordinal);

    public TextOccurrences(string text)
    {
        _text = text;
    }

    /// <summary>Every position (ascending, overlaps included) at which the word starts.</summary>
    public int[] Of(string word)
    {
        if (_positions.TryGetValue(word, out var known))
        {
            return known;
        }

        var found = new List<int>();
        for (var at = _text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = _text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            found.Add(at);
        }

        return _positions[word] = [.. found];
    }

    /// <summary>True when the word occurs entirely within [start, end).</summary>
    public bool Within(string word, int start, int end)
    {
        var positions = Of(word);
        int lo = 0, hi = positions.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (positions[mid] < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < positions.Length && positions[lo] + word.Length <= end;
    }
}
