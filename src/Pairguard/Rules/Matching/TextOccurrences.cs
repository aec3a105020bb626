namespace Pairguard.Rules.Matching;

/// <summary>The positions at which words occur in one text (searched once per word), to ask whether a word lies within a range.</summary>
internal sealed class TextOccurrences
{
    private readonly string _text;
    private readonly Dictionary<string, int[]> _positions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> _tokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> _folded = new(StringComparer.Ordinal);
    private readonly Func<string, bool>? _knownAbsent;
    private readonly WordPositions? _known;
    private string? _lower;
    /// <summary>Per anchor set's number (<see cref="RegexAnchors.Id"/>): 1 when the text holds one of its words, -1 when not, 0 when not yet known.</summary>
    private sbyte[] _anyOf = [];
    private bool? _foldsNonAscii;

    /// <summary>True when the text holds one of the characters a case-insensitive regex also folds onto ASCII letters (see <see cref="FoldedLower"/>); looked for once.</summary>
    private bool FoldsNonAscii => _foldsNonAscii ??= _text.AsSpan().IndexOfAny(NonAsciiFolds) >= 0;

    /// <param name="text">The text searched.</param>
    /// <param name="knownAbsent">Answers, for some words, that the text certainly does not hold them (the rule prefilter's search); those are not searched again.</param>
    /// <param name="known">Where the rule prefilter's pass found its ASCII words in this text (ignoring case): those words are listed from it, not searched.</param>
    public TextOccurrences(string text, Func<string, bool>? knownAbsent = null, WordPositions? known = null)
    {
        _text = text;
        _knownAbsent = knownAbsent;
        _known = known;
    }

    /// <summary>
    /// The word's number among those the prefilter's pass recorded, and its positions there (ignoring ASCII case); -1 when the pass
    /// did not record the word, or, ignoring case, when the text holds a character only a regex folds onto ASCII (then the pass's
    /// positions are not the ones <see cref="Of(string, bool)"/> gives).
    /// </summary>
    private int Recorded(string word, bool ignoreCase, out ReadOnlySpan<int> folded)
    {
        if (_known is null || (ignoreCase && FoldsNonAscii) || !_known.TryGet(word, out var index, out folded))
        {
            folded = default;
            return -1;
        }

        return index;
    }

    /// <summary><see cref="Recorded(string, bool, out ReadOnlySpan{int})"/> for the word of a set at <paramref name="w"/>, by the numbers the set keeps for the prefilter (no hashing of the word).</summary>
    private int Recorded(RegexAnchors anchors, int w, out ReadOnlySpan<int> folded)
    {
        if (_known is null || (anchors.IgnoreCase && FoldsNonAscii))
        {
            folded = default;
            return -1;
        }

        var index = _known.IndexesOf(anchors)[w];
        folded = index < 0 ? default : _known.At(index);
        return index;
    }

    /// <summary>
    /// The list of a recorded word, made once and kept with the searched words' lists (by the word as written): its positions
    /// ignoring case as recorded, or those of the exact word among them.
    /// </summary>
    private int[] ListRecorded(string word, bool ignoreCase, ReadOnlySpan<int> folded)
    {
        var lists = ignoreCase ? _folded : _positions;
        if (lists.TryGetValue(word, out var listed))
        {
            return listed;
        }

        if (ignoreCase || folded.IsEmpty)
        {
            return lists[word] = folded.ToArray();
        }

        var found = Scratch();
        foreach (var at in folded)
        {
            if (IsExactly(at, word))
            {
                found.Add(at);
            }
        }

        return lists[word] = [.. found];
    }

    /// <summary>True when the word, found at the position ignoring case, is written there as it is.</summary>
    private bool IsExactly(int at, string word) => _text.AsSpan(at, word.Length).SequenceEqual(word);

    /// <summary>How many times a recorded word occurs entirely within [start, end): ignoring case, from the pass's positions (nothing is listed); exactly, from its list.</summary>
    private int CountRecorded(string word, bool ignoreCase, ReadOnlySpan<int> folded, int start, int end)
    {
        if (!ignoreCase)
        {
            // the exact word among the positions: listed once, as the sets that hold the word are counted and one may be walked
            return CountWithin(ListRecorded(word, ignoreCase: false, folded), word.Length, start, end);
        }

        var from = RangeIndex.LowerBound(folded, start);
        var to = RangeIndex.LowerBound(folded, end - word.Length + 1);
        return Math.Max(0, to - from);
    }

    /// <summary>True when a recorded word occurs anywhere (as written, unless ignoring case), from the pass's positions.</summary>
    private bool AnyRecorded(string word, bool ignoreCase, ReadOnlySpan<int> folded)
    {
        if (ignoreCase || folded.IsEmpty)
        {
            return !folded.IsEmpty;
        }

        if (_positions.TryGetValue(word, out var listed))
        {
            return listed.Length > 0;
        }

        foreach (var at in folded)
        {
            if (IsExactly(at, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The word's positions when a search listed them or the prefilter's pass recorded the word (then listed from there); false when only a search of the text can tell.</summary>
    private bool TryListed(string word, bool ignoreCase, out int[] positions)
    {
        if ((ignoreCase ? _folded : _positions).TryGetValue(word, out positions!))
        {
            return true;
        }

        if (Recorded(word, ignoreCase, out var folded) >= 0)
        {
            positions = ListRecorded(word, ignoreCase, folded);
            return true;
        }

        return false;
    }

    /// <summary>Every position (ascending, overlaps included) at which the word starts.</summary>
    public int[] Of(string word)
    {
        if (TryListed(word, ignoreCase: false, out var known))
        {
            return known;
        }

        if (_knownAbsent is not null && _knownAbsent(word))
        {
            return _positions[word] = [];
        }

        var found = Scratch();
        for (var at = _text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = _text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            found.Add(at);
        }

        return _positions[word] = [.. found];
    }

    [ThreadStatic]
    private static List<int>? t_scratch;

    /// <summary>
    /// This thread's emptied list for positions being found: only the final array is allocated, not every array a new list grows
    /// through (a common word has thousands of positions in a file). Each use copies it out before the next use.
    /// </summary>
    private static List<int> Scratch()
    {
        var scratch = t_scratch ??= new List<int>(256);
        scratch.Clear();
        return scratch;
    }

    /// <summary>
    /// The text lower-cased character by character (same length, same positions), with the characters .NET's case-insensitive
    /// regexes also fold onto ASCII letters (the Kelvin sign, the long s, the dotted and dotless i) written as those letters: an
    /// ordinal search of a lower-case ASCII word in it finds every place a case-insensitive regex could match the word.
    /// </summary>
    internal static string FoldedLower(string text)
    {
        var lower = text.ToLowerInvariant();
        return lower.AsSpan().IndexOfAny(NonAsciiFolds) < 0 ? lower
            : lower.Replace('\u212A', 'k').Replace('\u017F', 's').Replace('\u0130', 'i').Replace('\u0131', 'i');
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, System.Buffers.SearchValues<string>> IgnoreCaseWords = new(StringComparer.Ordinal);

    private static readonly System.Buffers.SearchValues<char> NonAsciiFolds = System.Buffers.SearchValues.Create("\u212A\u017F\u0130\u0131");

    /// <summary>The positions of the word, exactly or (<paramref name="ignoreCase"/>, ASCII words only) ignoring case.</summary>
    public int[] Of(string word, bool ignoreCase)
    {
        if (!ignoreCase)
        {
            return Of(word);
        }

        if (TryListed(word, ignoreCase: true, out var known))
        {
            return known;
        }

        // Every place a case-insensitive regex could match the ASCII word. Without the four characters such a regex also folds onto
        // ASCII letters (see FoldedLower), that is where an ordinal ignore-case search finds it, a vectorized search of the text as it
        // is; with them, an ordinal search of the lower-cased word in the folded lower-cased text.
        var found = Scratch();
        if (!FoldsNonAscii)
        {
            // a search-values set of the one word: a packed SIMD search (the span's own ignore-case IndexOf is a scalar loop under
            // invariant globalization)
            var values = IgnoreCaseSearch(word);
            var span = _text.AsSpan();
            for (var at = span.IndexOfAny(values); at >= 0;)
            {
                found.Add(at);
                var next = span[(at + 1)..].IndexOfAny(values);
                at = next < 0 ? -1 : at + 1 + next;
            }

            return _folded[word] = [.. found];
        }

        _lower ??= FoldedLower(_text);
        var lower = word.ToLowerInvariant();
        for (var at = _lower.IndexOf(lower, StringComparison.Ordinal); at >= 0; at = _lower.IndexOf(lower, at + 1, StringComparison.Ordinal))
        {
            found.Add(at);
        }

        return _folded[word] = [.. found];
    }

    /// <summary>
    /// How many times the anchors' words occur entirely within [start, end) (each word counted apart, overlaps included, as
    /// <see cref="Of(string, bool)"/> lists them), counted up to <paramref name="limit"/>: the smaller of the count and the limit.
    /// Words already listed are counted from their lists; otherwise one multi-word search of the range counts them all, and stops at
    /// the limit, instead of one search per word through the whole text.
    /// </summary>
    public int CountWithin(RegexAnchors anchors, int start, int end, int limit)
    {
        if (limit <= 0)
        {
            return 0;
        }

        // the whole text (what a file's rarest anchor set is chosen over): counted once per set, then read from an array
        var whole = start <= 0 && end >= _text.Length;
        var id = anchors.Id;
        if (whole && id < _wholeById.Length && _wholeById[id] != 0)
        {
            return Math.Min(_wholeById[id] - 1, limit);
        }

        var count = 0;
        var listed = true;
        for (var w = 0; w < anchors.Words.Count; w++)
        {
            var word = anchors.Words[w];
            var index = Recorded(anchors, w, out var folded);
            if (index >= 0)
            {
                count += CountRecorded(word, anchors.IgnoreCase, folded, start, end);
                continue;
            }

            if (!(anchors.IgnoreCase ? _folded : _positions).TryGetValue(word, out var positions))
            {
                if (_known is null)
                {
                    listed = false;
                    break;
                }

                // the pass recorded the set's other words: this one (too short for it, or not ASCII) is listed by a search of its own,
                // once per file, rather than searching the text for the whole set at every count
                positions = Of(word, anchors.IgnoreCase);
            }

            count += CountWithin(positions, word.Length, start, end);
        }

        if (listed || (anchors.IgnoreCase && FoldsNonAscii))
        {
            if (!listed)
            {
                // characters only the folded copy compares equal to ASCII letters: word by word, as Of does
                count = 0;
                foreach (var word in anchors.Words)
                {
                    count += CountWithin(Of(word, ignoreCase: true), word.Length, start, end);
                }
            }

            if (whole)
            {
                KeepWholeCount(id, count);
            }

            return Math.Min(count, limit);
        }

        var values = anchors.Search;
        var comparison = anchors.IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var span = _text.AsSpan(start, Math.Max(0, Math.Min(end, _text.Length) - start));
        // a search of the whole text that is not stopped lists every word: their lists are kept (what Of would find, word by word)
        var words = anchors.Words;
        var lists = start == 0 && span.Length == _text.Length ? new List<int>?[words.Count] : null;
        count = 0;
        for (var offset = 0; offset < span.Length;)
        {
            var i = span[offset..].IndexOfAny(values);
            if (i < 0)
            {
                break;
            }

            var at = offset + i;
            for (var w = 0; w < words.Count; w++)
            {
                if (span[at..].StartsWith(words[w], comparison))
                {
                    if (++count >= limit)
                    {
                        return limit;
                    }

                    if (lists is not null)
                    {
                        (lists[w] ??= []).Add(at);
                    }
                }
            }

            offset = at + 1;
        }

        if (lists is not null)
        {
            var known = anchors.IgnoreCase ? _folded : _positions;
            for (var w = 0; w < words.Count; w++)
            {
                known[words[w]] = lists[w] is { } found ? [.. found] : [];
            }

            KeepWholeCount(id, count);
        }

        return count;
    }

    /// <summary>Per anchor set's number (<see cref="RegexAnchors.Id"/>): how many times its words occur in the whole text, plus 1; 0 when not yet counted.</summary>
    private int[] _wholeById = [];

    private void KeepWholeCount(int id, int count)
    {
        if (id >= _wholeById.Length)
        {
            Array.Resize(ref _wholeById, Math.Max(id + 1, TextIds.AnchorSetCount));
        }

        _wholeById[id] = count + 1;
    }

    /// <summary>How many of the ascending positions start a word of the length that lies entirely within [start, end).</summary>
    private static int CountWithin(int[] positions, int length, int start, int end)
    {
        var from = RangeIndex.LowerBound(positions, start);
        var to = RangeIndex.LowerBound(positions, end - length + 1);
        return Math.Max(0, to - from);
    }

    /// <summary>
    /// True when the text holds at least one of the anchors' words (ignoring case when they say so): one multi-word search of the
    /// text, which stops at the first word found, instead of listing every position of every word. Answered once per text.
    /// </summary>
    public bool ContainsAny(RegexAnchors anchors)
    {
        var id = anchors.Id;
        if (id < _anyOf.Length && _anyOf[id] != 0)
        {
            return _anyOf[id] > 0;
        }

        bool found;
        if (_known is not null)
        {
            found = AnyListed(anchors);
        }
        else if (anchors.IgnoreCase && FoldsNonAscii)
        {
            // characters only the folded copy compares equal to ASCII letters: word by word, as Of does
            found = false;
            foreach (var word in anchors.Words)
            {
                if (Of(word, ignoreCase: true).Length > 0)
                {
                    found = true;
                    break;
                }
            }
        }
        else
        {
            found = _text.AsSpan().IndexOfAny(anchors.Search) >= 0;
        }

        if (id >= _anyOf.Length)
        {
            Array.Resize(ref _anyOf, Math.Max(id + 1, TextIds.AnchorSetCount));
        }

        _anyOf[id] = found ? (sbyte)1 : (sbyte)-1;
        return found;
    }

    /// <summary>
    /// Whether the text holds one of the anchors' words, asked when the prefilter's pass recorded positions: the words it recorded
    /// are answered from them, and only then the others (too short for it, or not ASCII) are listed, each once per file.
    /// </summary>
    private bool AnyListed(RegexAnchors anchors)
    {
        var unrecorded = false;
        for (var w = 0; w < anchors.Words.Count; w++)
        {
            var index = Recorded(anchors, w, out var folded);
            if (index < 0)
            {
                unrecorded = true;
            }
            else if (AnyRecorded(anchors.Words[w], anchors.IgnoreCase, folded))
            {
                return true;
            }
        }

        for (var w = 0; unrecorded && w < anchors.Words.Count; w++)
        {
            if (Recorded(anchors, w, out _) < 0 && HoldsWord(anchors.Words[w], anchors.IgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the text holds the word (as <see cref="Of(string, bool)"/> finds it): from its list when made, else by a search that stops at the first occurrence.</summary>
    private bool HoldsWord(string word, bool ignoreCase)
    {
        if ((ignoreCase ? _folded : _positions).TryGetValue(word, out var listed))
        {
            return listed.Length > 0;
        }

        if (!ignoreCase)
        {
            return _text.Contains(word, StringComparison.Ordinal);
        }

        return FoldsNonAscii ? Of(word, ignoreCase: true).Length > 0 : _text.AsSpan().IndexOfAny(IgnoreCaseSearch(word)) >= 0;
    }

    /// <summary>A search-values set of the one word, ignoring case (made once per word).</summary>
    private static System.Buffers.SearchValues<string> IgnoreCaseSearch(string word) =>
        IgnoreCaseWords.GetOrAdd(word, static w => System.Buffers.SearchValues.Create([w], StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The positions at which the text occurs as code can hold it: anywhere for a plain text; for a token (the text of a pattern's
    /// leaf, which matches only a leaf of the same text) only where it is not part of a longer word, since a leaf of the code that
    /// starts (ends) with a letter, digit or <c>_</c> is never preceded (followed) by another.
    /// </summary>
    public int[] Of(NeededText needed)
    {
        if (!needed.Token)
        {
            return Of(needed.Text);
        }

        if (_tokens.TryGetValue(needed.Text, out var known))
        {
            return known;
        }

        var word = needed.Text;
        var all = Of(word);
        var checkBefore = IsWordChar(word[0]);
        var checkAfter = IsWordChar(word[^1]);
        if (!checkBefore && !checkAfter)
        {
            return _tokens[word] = all;
        }

        var found = Scratch();
        foreach (var at in all)
        {
            if (IsToken(at, word))
            {
                found.Add(at);
            }
        }

        return _tokens[word] = found.Count == all.Length ? all : [.. found];
    }

    /// <summary>
    /// True when the needed text occurs (as <see cref="Of(NeededText)"/> counts it) entirely within [start, end), answered without
    /// listing its positions when they are not listed yet: a search that stops at the first occurrence tells, for a range that
    /// starts before it, whether the text holds the word at all (what a pattern's quick rejection asks of the whole file).
    /// </summary>
    public bool Holds(NeededText needed, int start, int end)
    {
        var first = First(needed);
        return first < 0 ? false
            : first >= start ? first + needed.Text.Length <= end
            : Within(needed, start, end);
    }

    /// <summary>True when the needed text occurs anywhere in the text (as <see cref="Of(NeededText)"/> counts it).</summary>
    public bool HoldsAnywhere(NeededText needed) => First(needed) >= 0;

    /// <summary>Per needed text's number (<see cref="NeededText.Id"/>): its first position plus 2, 1 when absent, 0 when not yet known.</summary>
    private int[] _firstById = [];

    /// <summary>The first position of the needed text (as <see cref="Of(NeededText)"/> counts it), or -1: searched once per text, then read from an array.</summary>
    private int First(NeededText needed)
    {
        var id = needed.Id;
        if (id < _firstById.Length && _firstById[id] != 0)
        {
            return _firstById[id] - 2;
        }

        var word = needed.Text;
        var first = (needed.Token ? _tokens : _positions).TryGetValue(word, out var listed) ? (listed.Length > 0 ? listed[0] : -1)
            : _knownAbsent is not null && _knownAbsent(word) ? -1
            : TryListed(word, ignoreCase: false, out _) ? (Of(needed) is { Length: > 0 } all ? all[0] : -1)
            : FirstAt(needed);
        if (id >= _firstById.Length)
        {
            Array.Resize(ref _firstById, Math.Max(id + 1, TextIds.NeededCount));
        }

        _firstById[id] = first + 2;
        return first;
    }

    /// <summary>The first position at which the needed text occurs (as <see cref="Of(NeededText)"/> counts it), or -1.</summary>
    private int FirstAt(NeededText needed)
    {
        var word = needed.Text;
        for (var at = _text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = _text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            if (!needed.Token || IsToken(at, word))
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>True when the word at the position is not part of a longer word (see <see cref="Of(NeededText)"/>).</summary>
    private bool IsToken(int at, string word) =>
        !(IsWordChar(word[0]) && at > 0 && IsWordChar(_text[at - 1]))
        && !(IsWordChar(word[^1]) && at + word.Length < _text.Length && IsWordChar(_text[at + word.Length]));

    /// <summary>True when the needed text occurs (as <see cref="Of(NeededText)"/> counts it) entirely within [start, end).</summary>
    public bool Within(NeededText needed, int start, int end) => Within(Of(needed), needed.Text.Length, start, end);

    /// <summary>True when the word occurs entirely within [start, end).</summary>
    public bool Within(string word, int start, int end) => Within(Of(word), word.Length, start, end);

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_' || (c > 127 && char.IsLetterOrDigit(c));

    /// <summary>True when one of the ascending positions starts a word of the length that lies entirely within [start, end).</summary>
    internal static bool Within(int[] positions, int length, int start, int end)
    {
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

        return lo < positions.Length && positions[lo] + length <= end;
    }
}

/// <summary>A text a match needs in the code: a whole token (<paramref name="Token"/>: not part of a longer word) or any occurrence.</summary>
internal readonly record struct NeededText(string Text, bool Token)
{
    /// <summary>This text's number (<see cref="TextIds"/>): where a file's answer about it is kept.</summary>
    public int Id { get; } = TextIds.OfNeeded(Text, Token);
}
