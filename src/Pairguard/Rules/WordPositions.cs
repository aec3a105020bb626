using Pairguard.Rules.Matching;

namespace Pairguard.Rules;

/// <summary>
/// Where each ASCII word of a <see cref="Prefilter"/> occurs in one text, ignoring case (every position, overlaps included, ascending),
/// as the prefilter's one pass over the file found them (<see cref="Prefilter.Locate"/>).
/// </summary>
internal sealed class WordPositions
{
    private readonly Prefilter _prefilter;
    private readonly int[] _offsets;
    private readonly int[] _positions;

    /// <param name="prefilter">The prefilter whose words these are.</param>
    /// <param name="offsets">Per recorded word (see <see cref="Prefilter.RecordedIndexOf"/>), where its positions start in <paramref name="positions"/>; one more entry ends the last.</param>
    /// <param name="positions">Every word's positions, word after word.</param>
    public WordPositions(Prefilter prefilter, int[] offsets, int[] positions)
    {
        _prefilter = prefilter;
        _offsets = offsets;
        _positions = positions;
    }

    /// <summary>How many positions were recorded, over all words.</summary>
    public int Count => _positions.Length;

    /// <summary>
    /// The positions of the word ignoring case, when the pass recorded them: false for a word the prefilter does not look for, or
    /// one with characters other than ASCII.
    /// </summary>
    public bool TryGet(string word, out ReadOnlySpan<int> positions) => TryGet(word, out _, out positions);

    /// <summary><see cref="TryGet(string, out ReadOnlySpan{int})"/>, with the word's number among the recorded words.</summary>
    public bool TryGet(string word, out int index, out ReadOnlySpan<int> positions)
    {
        index = _prefilter.RecordedIndexOf(word);
        if (index < 0)
        {
            positions = default;
            return false;
        }

        positions = At(index);
        return true;
    }

    /// <summary>The positions of the recorded word of that number (ignoring case).</summary>
    public ReadOnlySpan<int> At(int index) => _positions.AsSpan(_offsets[index], _offsets[index + 1] - _offsets[index]);

    /// <summary>The number of each word of the set among the recorded words (-1 for a word not recorded), kept by the set for this pass's prefilter.</summary>
    public int[] IndexesOf(RegexAnchors anchors) => anchors.RecordedIndexes(_prefilter);
}

/// <summary>The positions one pass of a <see cref="Prefilter"/> finds, in the order found (kept per thread and reused from file to file).</summary>
internal sealed class PositionRecorder
{
    private int[] _words = new int[1024];
    private int[] _at = new int[1024];
    private int _count;

    public void Clear() => _count = 0;

    /// <summary>Records that recorded word <paramref name="word"/> starts at <paramref name="at"/>; positions come in ascending order.</summary>
    public void Add(int word, int at)
    {
        if (_count == _words.Length)
        {
            Array.Resize(ref _words, _count * 2);
            Array.Resize(ref _at, _count * 2);
        }

        _words[_count] = word;
        _at[_count] = at;
        _count++;
    }

    /// <summary>The recorded positions grouped by word (a counting sort, which keeps each word's positions ascending).</summary>
    public WordPositions Build(Prefilter prefilter, int wordCount)
    {
        var offsets = new int[wordCount + 1];
        for (var i = 0; i < _count; i++)
        {
            offsets[_words[i] + 1]++;
        }

        for (var k = 0; k < wordCount; k++)
        {
            offsets[k + 1] += offsets[k];
        }

        var positions = _count == 0 ? [] : new int[_count];
        var next = _count == 0 ? [] : offsets[..wordCount];
        for (var i = 0; i < _count; i++)
        {
            positions[next[_words[i]]++] = _at[i];
        }

        return new WordPositions(prefilter, offsets, positions);
    }
}
