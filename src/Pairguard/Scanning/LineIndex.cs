namespace Pairguard.Scanning;

/// <summary>Maps character offsets of a text to 1-based line and column numbers, and gives line texts.</summary>
public sealed class LineIndex
{
    private readonly string _text;
    private readonly int[] _starts;

    public LineIndex(string text)
    {
        _text = text;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                starts.Add(i + 1);
            }
            else if (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n'))
            {
                starts.Add(i + 1);
            }
        }

        _starts = starts.ToArray();
    }

    /// <summary>Number of lines (a trailing newline does not start an extra counted line of text, but is addressable).</summary>
    public int LineCount => _starts.Length;

    /// <summary>1-based (line, column) of a character offset; offsets past the end clamp to the end.</summary>
    public (int Line, int Column) Position(int offset)
    {
        offset = Math.Clamp(offset, 0, _text.Length);
        var idx = Array.BinarySearch(_starts, offset);
        if (idx < 0)
        {
            idx = ~idx - 1;
        }

        return (idx + 1, offset - _starts[idx] + 1);
    }

    /// <summary>Offset of the first character of a 1-based line.</summary>
    public int LineStart(int line) => _starts[Math.Clamp(line, 1, _starts.Length) - 1];

    /// <summary>Text of a 1-based line without its line terminator; empty when out of range.</summary>
    public string LineText(int line)
    {
        if (line < 1 || line > _starts.Length)
        {
            return "";
        }

        var start = _starts[line - 1];
        var end = line < _starts.Length ? _starts[line] : _text.Length;
        while (end > start && (_text[end - 1] == '\n' || _text[end - 1] == '\r'))
        {
            end--;
        }

        return _text[start..end];
    }
}
