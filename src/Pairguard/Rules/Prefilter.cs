using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Pairguard.Rules.Matching;

namespace Pairguard.Rules;

/// <summary>A condition on the words a file must contain for a rule to possibly match: all of, any of, or nothing required.</summary>
public abstract record Requirement
{
    public static readonly Requirement None = new NoRequirement();

    /// <summary>True when the file's present words satisfy the requirement.</summary>
    public abstract bool IsMet(ISet<string> presentWords);

    /// <summary>Every word mentioned.</summary>
    public abstract IEnumerable<string> Words { get; }
}

/// <summary>No literal is required (regex rules, wildcard patterns).</summary>
public sealed record NoRequirement : Requirement
{
    public override bool IsMet(ISet<string> presentWords) => true;

    public override IEnumerable<string> Words => [];
}

/// <summary>One word must be present (case-insensitive).</summary>
public sealed record WordRequirement(string Word) : Requirement
{
    public override bool IsMet(ISet<string> presentWords) => presentWords.Contains(Word);

    public override IEnumerable<string> Words => [Word];
}

/// <summary>All parts must be met.</summary>
public sealed record AllRequirement(IReadOnlyList<Requirement> Parts) : Requirement
{
    public override bool IsMet(ISet<string> presentWords)
    {
        for (var i = 0; i < Parts.Count; i++)
        {
            if (!Parts[i].IsMet(presentWords))
            {
                return false;
            }
        }

        return true;
    }

    public override IEnumerable<string> Words => Parts.SelectMany(p => p.Words);
}

/// <summary>At least one part must be met.</summary>
public sealed record AnyRequirement(IReadOnlyList<Requirement> Parts) : Requirement
{
    public override bool IsMet(ISet<string> presentWords)
    {
        for (var i = 0; i < Parts.Count; i++)
        {
            if (Parts[i].IsMet(presentWords))
            {
                return true;
            }
        }

        return false;
    }

    public override IEnumerable<string> Words => Parts.SelectMany(p => p.Words);
}

/// <summary>
/// Derives from each rule the identifiers a file must contain for the rule to match, and finds which of them a file contains in
/// one multi-literal pass, so that files that cannot match are never parsed or matched.
/// </summary>
/// <remarks>
/// ASCII words are found in one pass over the text: a table of the words' first two characters (ASCII-lower-cased) gives, at each
/// position, the few words that may start there, which are then compared ignoring case; a word once found is not compared again, and
/// the pass stops when every word is found. Words with other characters are searched in small sets: <see cref="SearchValues{T}"/>
/// over a few words runs a packed SIMD search, while one set of hundreds falls back to a much slower automaton.
/// </remarks>
public sealed class Prefilter
{
    private const int GroupSize = 16;

    /// <summary>Each character's ASCII lower case when it may equal an ASCII letter, digit or symbol ignoring case, else 0.</summary>
    private static readonly byte[] AsciiFold = BuildAsciiFold();

    private readonly string[] _asciiWords;
    private readonly ulong[] _prefixes;
    private readonly ulong[] _prefixMasks;
    private readonly ushort[] _slotTable;
    private readonly uint[] _slotKeys;
    private readonly int[] _slotStarts;
    private readonly (SearchValues<string> Values, string[] Words)[] _groups;

    /// <summary>Each word's number (ignoring case): its place in the arrays <see cref="Search"/> returns.</summary>
    private readonly Dictionary<string, int> _ids;

    /// <summary>The number of each of <see cref="_asciiWords"/>, and of each word of each of <see cref="_groups"/>.</summary>
    private readonly int[] _asciiIds;
    private readonly int[][] _groupIds;

    /// <summary>Per word number, its place in <see cref="_asciiWords"/> (whose positions are recorded), or -1 for a word with other characters.</summary>
    private readonly int[] _recordedById;

    public Prefilter(IEnumerable<string> words)
    {
        var distinct = words.Where(w => w.Length >= 3).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToArray();
        _ids = new Dictionary<string, int>(distinct.Length, StringComparer.OrdinalIgnoreCase);
        foreach (var word in distinct)
        {
            _ids[word] = _ids.Count;
        }

        Words = distinct;

        // words grouped by their first three characters (ASCII-lower-cased): slot s holds _asciiWords[_slotStarts[s].._slotStarts[s + 1]]
        // for the trigram _slotKeys[s], and is found from the trigram in an open-addressing table (s + 1 at the trigram's hash or after)
        // (at most MaxSlots trigrams, so that the table keeps free entries: the words of any more are searched for as the words with
        // other characters are)
        var ascii = distinct.Where(w => w.All(c => c is > '\0' and < (char)128)).GroupBy(Trigram).Take(MaxSlots).ToList();
        _slotTable = new ushort[SlotTableSize];
        _slotKeys = new uint[ascii.Count];
        _slotStarts = new int[ascii.Count + 1];
        var ordered = new List<string>();
        for (var slot = 0; slot < ascii.Count; slot++)
        {
            var h = SlotHash(ascii[slot].Key);
            while (_slotTable[h] != 0)
            {
                h = (h + 1) & (SlotTableSize - 1);
            }

            _slotTable[h] = (ushort)(slot + 1);
            _slotKeys[slot] = ascii[slot].Key;
            _slotStarts[slot] = ordered.Count;
            ordered.AddRange(ascii[slot]);
        }

        _slotStarts[ascii.Count] = ordered.Count;
        _asciiWords = [.. ordered];
        _prefixes = new ulong[_asciiWords.Length];
        _prefixMasks = new ulong[_asciiWords.Length];
        for (var k = 0; k < _asciiWords.Length; k++)
        {
            // the word's first (at most) 8 characters, ASCII-lower-cased, one per byte from the highest, as the text's window holds them
            var length = Math.Min(8, _asciiWords[k].Length);
            for (var c = 0; c < length; c++)
            {
                _prefixes[k] |= (ulong)char.ToLowerInvariant(_asciiWords[k][c]) << (56 - (8 * c));
            }

            _prefixMasks[k] = ulong.MaxValue << (64 - (8 * length));
        }
        _groups = [.. distinct.Except(ordered, StringComparer.OrdinalIgnoreCase).Chunk(GroupSize).Select(g => (SearchValues.Create(g, StringComparison.OrdinalIgnoreCase), g))];
        _asciiIds = [.. _asciiWords.Select(w => _ids[w])];
        _groupIds = [.. _groups.Select(g => g.Words.Select(w => _ids[w]).ToArray())];
        _recordedById = new int[_ids.Count];
        Array.Fill(_recordedById, -1);
        for (var k = 0; k < _asciiIds.Length; k++)
        {
            _recordedById[_asciiIds[k]] = k;
        }
    }

    /// <summary>The words looked for, each once (ignoring case), in the order of their numbers (see <see cref="IdOf"/>).</summary>
    internal IReadOnlyList<string> Words { get; }

    /// <summary>The word's number (ignoring case), or -1 when the prefilter does not look for it.</summary>
    internal int IdOf(string word) => _ids.TryGetValue(word, out var id) ? id : -1;

    /// <summary>
    /// True when <see cref="PresentWords"/> looks for the word (ignoring case): a word it looks for and did not find is not in the
    /// text at all, in any case, so the rule engine need not search the text for it again.
    /// </summary>
    public bool Knows(string word) => _ids.ContainsKey(word);

    /// <summary>How many distinct words (ignoring case) the prefilter looks for.</summary>
    public int WordCount => _ids.Count;

    /// <summary>The requirement of a rule (what its patterns' identifiers demand).</summary>
    public static Requirement Of(Rule rule) => rule.Mode == RuleMode.Taint && rule.Taint is { } t
        ? All([Any(t.Sources.Select(s => Of(s.Formula)).ToList()), Any(t.Sinks.Select(s => Of(s.Formula)).ToList())])
        : rule.Formula is null ? Requirement.None : Of(rule.Formula);

    /// <summary>The requirement of one formula.</summary>
    public static Requirement Of(Formula formula) => formula switch
    {
        PatternFormula p => All(Identifiers(p.Code).Select(w => (Requirement)new WordRequirement(w)).ToList()),
        EitherFormula e => Any(e.Alternatives.Select(Of).ToList()),
        InsideFormula i => Of(i.Inner),
        AllFormula a => All(a.Positives.Select(Of)
            .Concat(a.Conditions.OfType<InsideCondition>().Select(c => Of(c.Formula)))
            .Concat(a.Conditions.OfType<InFileCondition>().Where(c => !c.Negated).Select(c => Of(c.Formula)))
            .Concat(a.Conditions.OfType<MetavariableRegexCondition>().Select(c => Alternation(c.Regex)))
            .ToList()),
        _ => Requirement.None,
    };

    /// <summary>Words (case-insensitively) present in the text, among those this prefilter knows.</summary>
    public HashSet<string> PresentWords(string text) => WordsOf(Search(text));

    /// <summary>The words whose flags are set in an answer of <see cref="Search"/>.</summary>
    internal HashSet<string> WordsOf(bool[] found)
    {
        var present = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var id = 0; id < found.Length; id++)
        {
            if (found[id])
            {
                present.Add(Words[id]);
            }
        }

        return present;
    }

    /// <summary>Which of the words (by number, see <see cref="IdOf"/>) the text holds, ignoring case: the one pass over a file.</summary>
    internal bool[] Search(string text) => Pass(text, null);

    /// <summary>
    /// <see cref="Search(string)"/>, and where each ASCII word occurs in the text, ignoring case (<paramref name="positions"/>): the
    /// same one pass, which then does not stop when every word is found, so that the rule engine need not search the text again for
    /// the words of the file's patterns.
    /// </summary>
    internal bool[] Locate(string text, out WordPositions positions)
    {
        var recorder = t_recorder ??= new PositionRecorder();
        recorder.Clear();
        var found = Pass(text, recorder);
        positions = recorder.Build(this, _asciiWords.Length);
        return found;
    }

    [ThreadStatic]
    private static PositionRecorder? t_recorder;

    private bool[] Pass(string text, PositionRecorder? recorder)
    {
        var found = new bool[_ids.Count];
        if (recorder is null)
        {
            FindAsciiWords(text, found);
        }
        else
        {
            FindAsciiWordPositions(text, found, recorder);
        }

        var span = text.AsSpan();
        for (var g = 0; g < _groups.Length; g++)
        {
            var (values, words) = _groups[g];
            var ids = _groupIds[g];
            var missing = words.Length;
            var offset = 0;
            while (missing > 0 && offset < span.Length)
            {
                var i = span[offset..].IndexOfAny(values);
                if (i < 0)
                {
                    break;
                }

                var at = offset + i;
                for (var w = 0; w < words.Length; w++)
                {
                    if (!found[ids[w]] && span[at..].StartsWith(words[w], StringComparison.OrdinalIgnoreCase))
                    {
                        found[ids[w]] = true;
                        missing--;
                    }
                }

                offset = at + 1;
            }
        }

        return found;
    }

    /// <summary>The ASCII words the text holds, in one pass: at each position whose three characters start a word, those words.</summary>
    private void FindAsciiWords(string text, bool[] foundById)
    {
        var missing = _asciiWords.Length;
        if (missing == 0 || text.Length < 3)
        {
            return;
        }

        // per slot, how many of its words are still to find (a slot whose words are all found is passed over)
        var slotsLeft = new int[_slotKeys.Length];
        for (var s = 0; s < slotsLeft.Length; s++)
        {
            slotsLeft[s] = _slotStarts[s + 1] - _slotStarts[s];
        }

        var found = new bool[_asciiWords.Length];
        ref var fold = ref MemoryMarshal.GetArrayDataReference(AsciiFold);
        ref var table = ref MemoryMarshal.GetArrayDataReference(_slotTable);
        ref var chars = ref MemoryMarshal.GetReference(text.AsSpan());

        // the window holds the folded characters i..i+7, one per byte from the highest (0 past the end); a character that folds onto
        // no ASCII one is 0, and no word holds a 0, so windows with such a character in a word's place never match it
        ulong window = 0;
        for (var j = 0; j < 8; j++)
        {
            window = (window << 8) | (j < text.Length ? Unsafe.Add(ref fold, Unsafe.Add(ref chars, j)) : 0u);
        }

        for (var i = 0; i <= text.Length - 3; i++, window = (window << 8) | (i + 7 < text.Length ? Unsafe.Add(ref fold, Unsafe.Add(ref chars, i + 7)) : 0u))
        {
            var key = (uint)(window >> 40);
            var h = SlotHash(key);
            int entry = Unsafe.Add(ref table, h);
            if (entry == 0)
            {
                continue;
            }

            while (entry != 0 && _slotKeys[entry - 1] != key)
            {
                h = (h + 1) & (SlotTableSize - 1);
                entry = Unsafe.Add(ref table, h);
            }

            var slot = entry - 1;
            if (slot < 0 || slotsLeft[slot] == 0)
            {
                continue;
            }

            for (var k = _slotStarts[slot]; k < _slotStarts[slot + 1]; k++)
            {
                if (found[k] || (window & _prefixMasks[k]) != _prefixes[k])
                {
                    continue;
                }

                if (_asciiWords[k].Length <= 8 || text.AsSpan(i).StartsWith(_asciiWords[k], StringComparison.OrdinalIgnoreCase))
                {
                    found[k] = true;
                    foundById[_asciiIds[k]] = true;
                    slotsLeft[slot]--;
                    if (--missing == 0)
                    {
                        return;
                    }
                }
            }
        }
    }

    /// <summary>
    /// <see cref="FindAsciiWords"/> that goes on to the end of the text and records every position of every word (overlaps
    /// included), in ascending order per word.
    /// </summary>
    private void FindAsciiWordPositions(string text, bool[] foundById, PositionRecorder recorder)
    {
        if (_asciiWords.Length == 0 || text.Length < 3)
        {
            return;
        }

        ref var fold = ref MemoryMarshal.GetArrayDataReference(AsciiFold);
        ref var table = ref MemoryMarshal.GetArrayDataReference(_slotTable);
        ref var chars = ref MemoryMarshal.GetReference(text.AsSpan());
        ulong window = 0;
        for (var j = 0; j < 8; j++)
        {
            window = (window << 8) | (j < text.Length ? Unsafe.Add(ref fold, Unsafe.Add(ref chars, j)) : 0u);
        }

        for (var i = 0; i <= text.Length - 3; i++, window = (window << 8) | (i + 7 < text.Length ? Unsafe.Add(ref fold, Unsafe.Add(ref chars, i + 7)) : 0u))
        {
            var key = (uint)(window >> 40);
            var h = SlotHash(key);
            int entry = Unsafe.Add(ref table, h);
            if (entry == 0)
            {
                continue;
            }

            while (entry != 0 && _slotKeys[entry - 1] != key)
            {
                h = (h + 1) & (SlotTableSize - 1);
                entry = Unsafe.Add(ref table, h);
            }

            if (entry == 0)
            {
                continue;
            }

            var slot = entry - 1;
            for (var k = _slotStarts[slot]; k < _slotStarts[slot + 1]; k++)
            {
                if ((window & _prefixMasks[k]) == _prefixes[k]
                    && (_asciiWords[k].Length <= 8 || text.AsSpan(i).StartsWith(_asciiWords[k], StringComparison.OrdinalIgnoreCase)))
                {
                    foundById[_asciiIds[k]] = true;
                    recorder.Add(k, i);
                }
            }
        }
    }

    /// <summary>The place of a word (by number, see <see cref="IdOf"/>) among the ASCII words whose positions <see cref="Locate"/> records, or -1.</summary>
    internal int RecordedIndexOf(string word) => _ids.TryGetValue(word, out var id) ? _recordedById[id] : -1;

    private const int SlotTableSize = 1 << 16;

    /// <summary>Trigram slots at most: half the table, so that every probe meets an empty entry soon.</summary>
    internal const int MaxSlots = SlotTableSize / 2;

    /// <summary>A trigram's place in the slot table (Fibonacci hashing onto 16 bits).</summary>
    private static int SlotHash(uint trigram) => (int)((trigram * 2654435769u) >> 16);

    private static uint Trigram(string word) => ((uint)char.ToLowerInvariant(word[0]) << 16) | ((uint)char.ToLowerInvariant(word[1]) << 8) | char.ToLowerInvariant(word[2]);

    private static byte[] BuildAsciiFold()
    {
        // what an ordinal ignore-case comparison takes as equal to an ASCII character: its other-case ASCII letter, and (outside
        // invariant globalization, where the runtime folds them) the few non-ASCII letters whose case pair is an ASCII letter
        var fold = new byte[char.MaxValue + 1];
        for (var c = 1; c < 128; c++)
        {
            fold[c] = (byte)char.ToLowerInvariant((char)c);
        }

        foreach (var c in "\u0130\u0131\u017F\u212A")
        {
            for (var a = 'a'; a <= 'z'; a++)
            {
                if (string.Equals(c.ToString(), a.ToString(), StringComparison.OrdinalIgnoreCase))
                {
                    fold[c] = (byte)a;
                }
            }
        }

        return fold;
    }

    /// <summary>
    /// Identifiers of a pattern (no metavariables, no string contents, no ellipses), 3 characters or longer; with
    /// <paramref name="withTypes"/>, also the types of its typed metavariables (which are no requirement).
    /// </summary>
    public static IReadOnlyList<string> Identifiers(string pattern, bool withTypes = false)
    {
        // the type of a typed metavariable (`(Type $X)`) names what the file may declare elsewhere, or not at all
        pattern = withTypes ? pattern : PatternText.WithoutTypes(pattern);
        var words = new List<string>();
        var i = 0;
        char quote = '\0';
        while (i < pattern.Length)
        {
            var c = pattern[i];
            if (quote != '\0')
            {
                if (c == '\\')
                {
                    i += 2;
                    continue;
                }

                if (c == quote)
                {
                    quote = '\0';
                }

                i++;
                continue;
            }

            if (c is '"' or '\'' or '`')
            {
                quote = c;
                i++;
                continue;
            }

            if (char.IsLetter(c) || c == '_')
            {
                var start = i;
                while (i < pattern.Length && (char.IsLetterOrDigit(pattern[i]) || pattern[i] == '_'))
                {
                    i++;
                }

                var isMeta = start > 0 && pattern[start - 1] == '$' && pattern[start..i].All(ch => char.IsUpper(ch) || char.IsDigit(ch) || ch == '_');
                var isMetaSeq = start >= 4 && pattern.AsSpan(start - 4, 4).SequenceEqual("$...");
                if (!isMeta && !isMetaSeq && i - start >= 3)
                {
                    words.Add(pattern[start..i]);
                }

                continue;
            }

            i++;
        }

        return words.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>
    /// The contents of a pattern's string literals, 3 characters or longer, as the code may hold them written the same way (no escape,
    /// no interpolation or metavariable, not <c>"..."</c>); for a <c>"=~/regex/"</c> literal, the plain text every match contains.
    /// Not a requirement (the code may write the same string otherwise): words the prefilter's pass may look for, so that the
    /// matcher knows without a search of its own whether a file holds them (module names, markup).
    /// </summary>
    public static IReadOnlyList<string> Literals(string pattern)
    {
        var words = new List<string>();
        for (var i = 0; i < pattern.Length; i++)
        {
            var quote = pattern[i];
            if (quote is not ('"' or '\'' or '`'))
            {
                continue;
            }

            var start = i + 1;
            var end = start;
            var plain = true;
            while (end < pattern.Length && pattern[end] != quote)
            {
                plain &= pattern[end] is not ('\\' or '$' or '{' or '\n');
                end += pattern[end] == '\\' ? 2 : 1;
            }

            var content = pattern[start..Math.Min(end, pattern.Length)];
            if (content.StartsWith("=~/", StringComparison.Ordinal) && content.Length > 4 && content[^1] == '/')
            {
                if (RegexLiteral.Required(content[3..^1]) is { } required)
                {
                    words.Add(required);
                }
            }
            else if (plain && content.Length >= 3 && content != "...")
            {
                words.Add(content);
            }

            i = end;
        }

        return words;
    }

    /// <summary>The plain texts a regex's matches hold (<see cref="RegexLiteral"/>): not a requirement, words the prefilter's pass may look for (see <see cref="Literals"/>).</summary>
    internal static IEnumerable<string> RegexWords(string regex) =>
        (RegexLiteral.Required(regex) is { } required ? [required] : Array.Empty<string>())
            .Concat(RegexLiteral.AllAnchors(regex).SelectMany(a => a.Words));

    /// <summary>Words of a regex that is a plain alternation of identifiers (<c>^(md5|sha1)$</c>): the bound code, and so the file, holds one of them.</summary>
    private static Requirement Alternation(string regex)
    {
        var r = regex.Trim();
        r = r.StartsWith('^') ? r[1..] : r;
        r = r.EndsWith('$') ? r[..^1] : r;
        if (r.StartsWith('(') && r.EndsWith(')'))
        {
            r = r[1..^1];
        }

        if (r.StartsWith("?:", StringComparison.Ordinal))
        {
            r = r[2..];
        }

        var words = r.Split('|');
        if (words.Length == 0 || words.Any(w => w.Length < 3 || !w.All(c => char.IsLetterOrDigit(c) || c == '_')))
        {
            return Requirement.None;
        }

        return Any(words.Select(w => (Requirement)new WordRequirement(w)).ToList());
    }

    private static Requirement All(List<Requirement> parts)
    {
        var real = parts.Where(p => p is not NoRequirement).ToList();
        return real.Count switch { 0 => Requirement.None, 1 => real[0], _ => new AllRequirement(real) };
    }

    private static Requirement Any(List<Requirement> parts) =>
        parts.Count == 0 || parts.Any(p => p is NoRequirement) ? Requirement.None : parts.Count == 1 ? parts[0] : new AnyRequirement(parts);
}
