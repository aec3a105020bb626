using System.Text;

namespace Pairguard.Rules.Matching;

/// <summary>The longest piece of plain text every match of a regex must contain, so that texts without it are never tried.</summary>
internal static class RegexLiteral
{
    /// <summary>
    /// The longest run of literal characters that any match of the (case-sensitive) regex holds, or null when none is certain or
    /// the regex is not simple enough to tell: a top-level alternation, an inline option such as <c>(?i)</c>. Groups and character
    /// classes end a run without contributing to it; a character followed by <c>?</c>, <c>*</c> or <c>{</c> is left out of it.
    /// </summary>
    public static string? Required(string regex) => Required(regex, 3);

    private static string? Required(string regex, int shortest)
    {
        var runs = new List<string>();
        var run = new StringBuilder();
        var i = 0;
        while (i < regex.Length)
        {
            var c = regex[i];
            switch (c)
            {
                case '|':
                    return null;
                case '(':
                    if (ChangesLiterals(regex, i))
                    {
                        // an inline option group such as (?i) or (?x: ...) changes how the rest matches
                        return null;
                    }

                    End(runs, run);
                    i = AfterGroup(regex, i);
                    if (i < 0)
                    {
                        return null;
                    }

                    // a quantifier after the group applies to the group, which contributed nothing
                    i = AfterQuantifier(regex, i);
                    continue;
                case '[':
                    End(runs, run);
                    i = AfterClass(regex, i);
                    if (i < 0)
                    {
                        return null;
                    }

                    i = AfterQuantifier(regex, i);
                    continue;
                case '\\':
                    if (i + 1 >= regex.Length)
                    {
                        return null;
                    }

                    var escaped = regex[i + 1];
                    i += 2;
                    if (char.IsAsciiLetterOrDigit(escaped) || escaped == '<' || escaped == '>')
                    {
                        // \d, \w, \b, \1, \x41, \p{..}, \k<name>: a class, an anchor or a code; not a plain character
                        End(runs, run);
                        if (escaped is 'x' or 'u' or 'p' or 'P' or 'k' or 'c')
                        {
                            return null;
                        }

                        i = AfterQuantifier(regex, i);
                        continue;
                    }

                    Literal(regex, ref i, escaped, runs, run);
                    continue;
                case '.' or '^' or '$':
                    End(runs, run);
                    i = AfterQuantifier(regex, i + 1);
                    continue;
                case '*' or '+' or '?' or '{' or ')' or ']':
                    // a quantifier or bracket with nothing it could apply to: not a regex this reads
                    return null;
                default:
                    i++;
                    Literal(regex, ref i, c, runs, run);
                    continue;
            }
        }

        End(runs, run);
        var best = runs.MaxBy(r => r.Length);
        return best is not null && best.Length >= shortest ? best : null;
    }

    /// <summary>
    /// Plain texts of which every match of the (case-sensitive) regex holds at least one, or null when that is not certain: the
    /// <see cref="Required(string)"/> run when there is one, else one run per alternative of a top-level alternation or of the first
    /// mandatory group that gives one for each of its alternatives (<c>^(Query|Exec)$</c> needs <c>Query</c> or <c>Exec</c>).
    /// Runs of one character are not worth a search and give null.
    /// </summary>
    public static IReadOnlyList<string>? RequiredAnyOf(string regex) => AnyOf(regex, 0);

    /// <summary>
    /// <see cref="RequiredAnyOf"/>, also for a regex that starts with <c>(?i)</c> (and has no other option that changes letters):
    /// its texts, made of ASCII characters only, are then to be found ignoring case. Null when there are none.
    /// </summary>
    /// <remarks>Remembered per regex for the process: rules ask for the same regexes on every file.</remarks>
    public static RegexAnchors? Anchors(string regex) => AnchorsCache.GetOrAdd(regex, static r =>
    {
        if (r.StartsWith("(?i)", StringComparison.Ordinal) && !HasInlineOption(r[4..]) && AnyOf(r[4..], 0) is { } folded
            && folded.All(w => w.All(char.IsAscii)))
        {
            return new RegexAnchors([.. folded.Distinct(StringComparer.OrdinalIgnoreCase)], IgnoreCase: true);
        }

        return RequiredAnyOf(r) is { } exact ? new RegexAnchors([.. exact.Distinct(StringComparer.Ordinal)], IgnoreCase: false) : null;
    });

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, RegexAnchors?> AnchorsCache = new(StringComparer.Ordinal);

    /// <summary>
    /// Every set of plain texts of which each match holds one (<see cref="Anchors"/> gives one of them): the longest required run,
    /// the union of a top-level alternation's alternatives, and the set of each group that must match once
    /// (<c>(::)?(Nokogiri|LibXML)::(NOENT|DTDLOAD)$</c> needs <c>::</c>, one of <c>Nokogiri</c> and <c>LibXML</c>, and one of
    /// <c>NOENT</c> and <c>DTDLOAD</c>). A text that lacks every word of one set holds no match. Empty when there is none.
    /// </summary>
    /// <remarks>Remembered per regex for the process, as <see cref="Anchors"/>.</remarks>
    public static IReadOnlyList<RegexAnchors> AllAnchors(string regex) => AllAnchorsCache.GetOrAdd(regex, static r =>
    {
        if (r.StartsWith("(?i)", StringComparison.Ordinal) && !HasInlineOption(r[4..]))
        {
            return [.. AllSets(r[4..]).Where(set => set.All(w => w.All(char.IsAscii))).Select(set => new RegexAnchors([.. set.Distinct(StringComparer.OrdinalIgnoreCase)], IgnoreCase: true))];
        }

        return [.. AllSets(r).Select(set => new RegexAnchors([.. set.Distinct(StringComparer.Ordinal)], IgnoreCase: false))];
    });

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, RegexAnchors[]> AllAnchorsCache = new(StringComparer.Ordinal);

    private static List<List<string>> AllSets(string regex)
    {
        var sets = new List<List<string>>();
        if (regex.Contains("(?", StringComparison.Ordinal) && HasInlineOption(regex))
        {
            return sets;
        }

        if (AnyOf(regex, 0) is { } first)
        {
            sets.Add(first);
        }

        if (TopLevel(regex) is var (groups, bars) && bars.Count == 0)
        {
            foreach (var (open, after) in groups)
            {
                if (MandatoryPlainGroup(regex, open, after) is { } content && AnyOf(content, 1) is { } set
                    && !sets.Any(known => known.SequenceEqual(set, StringComparer.Ordinal)))
                {
                    sets.Add(set);
                }
            }
        }

        return sets;
    }

    /// <summary>
    /// The content of the top-level group at <paramref name="open"/> when every match of the regex matches it at least once (no
    /// <c>?</c>, <c>*</c> or <c>{0</c> after it) and it is a plain group (capturing or <c>(?:</c>; not a lookaround, a named group or an
    /// option group, which write more than their content after the parenthesis); else null.
    /// </summary>
    private static string? MandatoryPlainGroup(string regex, int open, int after)
    {
        var optional = after < regex.Length && (regex[after] is '?' or '*' || (regex[after] == '{' && after + 1 < regex.Length && regex[after + 1] == '0'));
        var plain = regex[open + 1] != '?' || (open + 2 < regex.Length && regex[open + 2] == ':');
        return !optional && plain ? regex[(open + (regex[open + 1] == '?' ? 3 : 1))..(after - 1)] : null;
    }

    private static List<string>? AnyOf(string regex, int depth)
    {
        if (depth > 4 || regex.Contains("(?", StringComparison.Ordinal) && HasInlineOption(regex))
        {
            return null;
        }

        if (Required(regex, 2) is { } run)
        {
            return [run];
        }

        if (TopLevel(regex) is not var (groups, bars))
        {
            return null;
        }

        if (bars.Count > 0)
        {
            var union = new List<string>();
            var from = 0;
            foreach (var bar in bars.Append(regex.Length))
            {
                if (AnyOf(regex[from..bar], depth + 1) is not { } some)
                {
                    return null;
                }

                union.AddRange(some);
                from = bar + 1;
            }

            return union;
        }

        // one alternative: the first group that must match once and gives a set for each of its own alternatives
        foreach (var (open, after) in groups)
        {
            if (MandatoryPlainGroup(regex, open, after) is { } content && AnyOf(content, depth + 1) is { } set)
            {
                return set;
            }
        }

        return null;
    }

    /// <summary>True when the regex holds an inline option group that changes how its letters match, such as <c>(?i)</c>.</summary>
    private static bool HasInlineOption(string regex)
    {
        for (var i = regex.IndexOf("(?", StringComparison.Ordinal); i >= 0; i = regex.IndexOf("(?", i + 2, StringComparison.Ordinal))
        {
            if ((i == 0 || regex[i - 1] != '\\') && ChangesLiterals(regex, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the group opening at i is an inline option group with <c>i</c> (case) or <c>x</c> (spacing and comments), which
    /// change how literal characters match; <c>(?s)</c>, <c>(?m)</c> and <c>(?n)</c> change only dots, anchors and captures.
    /// </summary>
    private static bool ChangesLiterals(string regex, int i)
    {
        if (i + 2 >= regex.Length || regex[i + 1] != '?' || regex[i + 2] is ':' or '=' or '!' or '<')
        {
            return false;
        }

        for (var j = i + 2; j < regex.Length && regex[j] is not (')' or ':'); j++)
        {
            if (regex[j] is not ('s' or 'm' or 'n'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The top level of a regex, outside escapes and classes: each group (its opening position and the position after it) and each
    /// <c>|</c>; null when a group or class is not closed.
    /// </summary>
    private static (List<(int Open, int After)> Groups, List<int> Bars)? TopLevel(string regex)
    {
        var groups = new List<(int, int)>();
        var bars = new List<int>();
        for (var i = 0; i < regex.Length; i++)
        {
            switch (regex[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    var afterClass = AfterClass(regex, i);
                    if (afterClass < 0)
                    {
                        return null;
                    }

                    i = afterClass - 1;
                    break;
                case '(':
                    var afterGroup = AfterGroup(regex, i);
                    if (afterGroup < 0)
                    {
                        return null;
                    }

                    groups.Add((i, afterGroup));
                    i = afterGroup - 1;
                    break;
                case '|':
                    bars.Add(i);
                    break;
            }
        }

        return (groups, bars);
    }

    /// <summary>A literal character at i (already consumed): kept in the run unless a quantifier makes it optional or repeats it.</summary>
    private static void Literal(string regex, ref int i, char c, List<string> runs, StringBuilder run)
    {
        if (i < regex.Length && regex[i] is '?' or '*' or '{')
        {
            End(runs, run);
            i = AfterQuantifier(regex, i);
            return;
        }

        run.Append(c);
        if (i < regex.Length && regex[i] == '+')
        {
            // at least once: the run so far holds, but what follows need not come right after this character
            End(runs, run);
            i = AfterQuantifier(regex, i);
        }
    }

    private static void End(List<string> runs, StringBuilder run)
    {
        if (run.Length > 0)
        {
            runs.Add(run.ToString());
            run.Clear();
        }
    }

    /// <summary>The position after a quantifier (<c>*</c>, <c>+</c>, <c>?</c>, <c>{m,n}</c>, each optionally lazy) at i, or i when there is none.</summary>
    private static int AfterQuantifier(string regex, int i)
    {
        if (i >= regex.Length)
        {
            return i;
        }

        if (regex[i] is '*' or '+' or '?')
        {
            i++;
        }
        else if (regex[i] == '{')
        {
            var close = regex.IndexOf('}', i);
            if (close < 0)
            {
                return i;
            }

            i = close + 1;
        }
        else
        {
            return i;
        }

        return i < regex.Length && regex[i] is '?' or '+' ? i + 1 : i;
    }

    /// <summary>The position after the group opening at i (nested groups, classes and escapes skipped), or -1 when it is not closed.</summary>
    private static int AfterGroup(string regex, int i)
    {
        var depth = 0;
        while (i < regex.Length)
        {
            switch (regex[i])
            {
                case '\\':
                    i += 2;
                    continue;
                case '[':
                    i = AfterClass(regex, i);
                    if (i < 0)
                    {
                        return -1;
                    }

                    continue;
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    if (depth == 0)
                    {
                        return i + 1;
                    }

                    break;
            }

            i++;
        }

        return -1;
    }

    /// <summary>The position after the character class opening at i, or -1 when it is not closed.</summary>
    private static int AfterClass(string regex, int i)
    {
        i++;
        if (i < regex.Length && regex[i] == '^')
        {
            i++;
        }

        if (i < regex.Length && regex[i] == ']')
        {
            // a ] first in the class is a member
            i++;
        }

        while (i < regex.Length)
        {
            if (regex[i] == '\\')
            {
                i += 2;
                continue;
            }

            if (regex[i] == ']')
            {
                return i + 1;
            }

            i++;
        }

        return -1;
    }
}

/// <summary>Plain texts of which every match of a regex holds one, to be found exactly or (<paramref name="IgnoreCase"/>) ignoring case.</summary>
internal sealed record RegexAnchors(IReadOnlyList<string> Words, bool IgnoreCase)
{
    private System.Buffers.SearchValues<string>? _search;

    /// <summary>A copy (<c>with</c>) is another set: it gets a number of its own, so that no answer kept for this one is taken for it.</summary>
    private RegexAnchors(RegexAnchors original)
    {
        Words = original.Words;
        IgnoreCase = original.IgnoreCase;
        Id = TextIds.OfAnchorSet();
    }

    /// <summary>This set's number (<see cref="TextIds.OfAnchorSet"/>, one per instance): where a file's answer about it is kept.</summary>
    public int Id { get; } = TextIds.OfAnchorSet();

    /// <summary>One search for any of the words (ignoring case when the set does), made on first use.</summary>
    public System.Buffers.SearchValues<string> Search =>
        _search ??= System.Buffers.SearchValues.Create([.. Words], IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    /// <summary>The prefilter last asked about and the numbers of the words among those its pass records (one object, so threads read both or neither).</summary>
    private RecordedWords? _recorded;

    /// <summary>The number of each word among the words <paramref name="prefilter"/>'s pass records (-1 for one it does not record), found once per prefilter in turn.</summary>
    internal int[] RecordedIndexes(Prefilter prefilter)
    {
        if (_recorded is { } known && ReferenceEquals(known.Prefilter, prefilter))
        {
            return known.Indexes;
        }

        var indexes = new int[Words.Count];
        for (var w = 0; w < indexes.Length; w++)
        {
            indexes[w] = prefilter.RecordedIndexOf(Words[w]);
        }

        _recorded = new RecordedWords(prefilter, indexes);
        return indexes;
    }

    private sealed record RecordedWords(Prefilter Prefilter, int[] Indexes);

    /// <summary>Sets are told apart by identity (the regexes' sets are made once and shared), as the answers kept by <see cref="Id"/> are.</summary>
    public bool Equals(RegexAnchors? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => Id;
}
