namespace Pairguard.AgentContext;

/// <summary>The bidi controls of one line, tracked like the Unicode bidi algorithm's stack to tell balanced from unterminated use.</summary>
public sealed class HiddenUnicodeBidiLine
{
    private readonly List<(int CodePoint, int Index)> _controls = [];
    private readonly List<(int CodePoint, int Index)> _marks = [];
    private readonly List<BidiKind> _stack = [];
    private int _strayPops;

    /// <summary>Embedding, override, isolate and pop characters of the line, with their 0-based index in the line.</summary>
    public IReadOnlyList<(int CodePoint, int Index)> Controls => _controls;

    /// <summary>LRM/RLM/ALM characters of the line.</summary>
    public IReadOnlyList<(int CodePoint, int Index)> Marks => _marks;

    /// <summary>Openers still open at the end of the line (the Trojan Source shape: they reorder text up to the line end).</summary>
    public int Unterminated => _stack.Count;

    /// <summary>PDF/PDI characters that closed nothing.</summary>
    public int StrayPops => _strayPops;

    /// <summary>Distinct classes of the controls in order of first appearance: embedding, override, isolate, pop.</summary>
    public IReadOnlyList<string> Classes => _controls.Select(c => ClassName(HiddenUnicodeCharacters.Bidi(c.CodePoint))).Distinct().ToList();

    /// <summary>True when the line has embeddings, overrides or isolates (not only pops).</summary>
    public bool HasOpeners => _controls.Any(c => HiddenUnicodeCharacters.Bidi(c.CodePoint) is BidiKind.Embedding or BidiKind.Override or BidiKind.Isolate);

    /// <summary>Feeds one code point of the line (in order); returns true when it was a bidi character.</summary>
    public bool Add(int cp, int index)
    {
        var kind = HiddenUnicodeCharacters.Bidi(cp);
        switch (kind)
        {
            case BidiKind.None:
                return false;
            case BidiKind.Mark:
                _marks.Add((cp, index));
                return true;
            case BidiKind.Embedding or BidiKind.Override or BidiKind.Isolate:
                _stack.Add(kind);
                break;
            case BidiKind.PopFormatting:
                // PDF closes the innermost embedding/override, but never across an open isolate.
                if (_stack.Count > 0 && _stack[^1] is BidiKind.Embedding or BidiKind.Override)
                {
                    _stack.RemoveAt(_stack.Count - 1);
                }
                else
                {
                    _strayPops++;
                }

                break;
            case BidiKind.PopIsolate:
                // PDI closes the innermost isolate and every embedding opened inside it.
                var isolate = _stack.LastIndexOf(BidiKind.Isolate);
                if (isolate >= 0)
                {
                    _stack.RemoveRange(isolate, _stack.Count - isolate);
                }
                else
                {
                    _strayPops++;
                }

                break;
        }

        _controls.Add((cp, index));
        return true;
    }

    private static string ClassName(BidiKind kind) => kind switch
    {
        BidiKind.Embedding => "embedding",
        BidiKind.Override => "override",
        BidiKind.Isolate => "isolate",
        _ => "pop",
    };
}
