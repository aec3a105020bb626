using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Pairguard.Rules.Matching;

/// <summary>
/// The regexes of rules: linear-time (<see cref="RegexOptions.NonBacktracking"/>) when the pattern allows it; patterns that need
/// backreferences or lookarounds run with the backtracking engine under a per-call time limit, and a call that runs out of time
/// counts as no match and is reported.
/// </summary>
public static class RuleRegex
{
    /// <summary>How long one backtracking regex call may run.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    private static readonly ConcurrentDictionary<(string, RegexOptions), Regex> Cache = new();

    /// <summary>The compiled regex (cached), or an <see cref="ArgumentException"/> when the pattern is not a valid .NET regex.</summary>
    public static Regex Get(string pattern, RegexOptions options = RegexOptions.None) =>
        Cache.GetOrAdd((pattern, options | RegexOptions.CultureInvariant), k => Create(k.Item1, k.Item2));

    /// <summary>
    /// Throws an <see cref="ArgumentException"/> when the pattern is not a valid .NET regex, without building the linear-time
    /// engine (which costs milliseconds per regex: rules are checked when loaded, and their regexes built when first used).
    /// </summary>
    public static void Validate(string pattern, RegexOptions options = RegexOptions.None) =>
        _ = new Regex(pattern, options | RegexOptions.CultureInvariant, Timeout);

    /// <summary>
    /// True when the pattern needs the time-limited backtracking engine (it has backreferences or lookarounds). A pattern without
    /// any construct the linear-time engine lacks (<see cref="MayNeedBacktracking"/>) is answered without building its regex.
    /// </summary>
    public static bool IsBacktracking(string pattern, RegexOptions options = RegexOptions.None) =>
        MayNeedBacktracking(pattern) && Get(pattern, options).MatchTimeout != Regex.InfiniteMatchTimeout;

    /// <summary>
    /// False when the pattern has none of the constructs the linear-time engine does not support: lookarounds, atomic groups,
    /// conditionals and balancing groups (all written <c>(?</c> followed by <c>=</c>, <c>!</c>, <c>&lt;=</c>, <c>&lt;!</c>, <c>&gt;</c>,
    /// <c>(</c>, or a group name holding <c>-</c>), backreferences (<c>\1</c>–<c>\9</c>, <c>\k</c>) and <c>\G</c>. True when it may
    /// have one; the regex is then built to tell.
    /// </summary>
    public static bool MayNeedBacktracking(string pattern)
    {
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\' when i + 1 < pattern.Length:
                    if (pattern[i + 1] is (>= '1' and <= '9') or 'k' or 'G')
                    {
                        return true;
                    }

                    i++;
                    break;
                case '(' when i + 2 < pattern.Length && pattern[i + 1] == '?':
                    var after = pattern[i + 2];
                    if (after is '=' or '!' or '>' or '(' or '<' or '\'' or 'P')
                    {
                        // a lookaround or other construct, or a named group (`(?<name>` is linear unless it balances, `(?<a-b>`)
                        var close = after is '<' or '\'' ? pattern.IndexOfAny(['>', '\''], i + 3) : -1;
                        if (after is not ('<' or '\'') || close < 0 || pattern[i + 3] is '=' or '!' || pattern.AsSpan(i + 3, close - i - 3).Contains('-'))
                        {
                            return true;
                        }
                    }

                    break;
            }
        }

        return false;
    }

    /// <summary>
    /// The regex for a yes-or-no test (<see cref="Regex.IsMatch(string)"/>; cached): for a pattern without unbounded repetition
    /// (<see cref="IsBounded"/>) and without the constructs <see cref="MayNeedBacktracking"/> looks for, the backtracking engine,
    /// which builds in microseconds where the linear-time engine takes milliseconds and builds its automaton on the first matches,
    /// and which is linear-time on such a pattern too (each start position tries a number of paths bounded by the pattern alone);
    /// else <see cref="Get"/>. Both engines agree on whether a text matches.
    /// </summary>
    public static Regex ForTest(string pattern, RegexOptions options = RegexOptions.None) =>
        BacktrackingIsLinear(pattern)
            ? BoundedCache.GetOrAdd((pattern, options | RegexOptions.CultureInvariant), k => new Regex(k.Item1, k.Item2))
            : Get(pattern, options);

    private static readonly ConcurrentDictionary<(string, RegexOptions), Regex> BoundedCache = new();

    /// <summary>
    /// True when the backtracking engine runs the pattern in linear time: it repeats nothing without bound (<see cref="IsBounded"/>)
    /// and has none of the constructs <see cref="MayNeedBacktracking"/> looks for.
    /// </summary>
    public static bool BacktrackingIsLinear(string pattern) => !MayNeedBacktracking(pattern) && IsBounded(pattern);

    /// <summary>
    /// True when the pattern repeats nothing without bound: no <c>*</c>, <c>+</c> or <c>{n,}</c> outside character classes and
    /// escapes (a <c>*</c> in a comment counts too). Such a pattern only matches texts of a length it bounds.
    /// </summary>
    public static bool IsBounded(string pattern)
    {
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    // a class: its characters are members, not operators (a `]` first in it is a member; escapes are skipped)
                    i++;
                    if (i < pattern.Length && pattern[i] == '^')
                    {
                        i++;
                    }

                    if (i < pattern.Length && pattern[i] == ']')
                    {
                        i++;
                    }

                    while (i < pattern.Length && pattern[i] != ']')
                    {
                        i += pattern[i] == '\\' ? 2 : 1;
                    }

                    break;
                case '*' or '+':
                    return false;
                case '{':
                    var j = i + 1;
                    while (j < pattern.Length && char.IsAsciiDigit(pattern[j]))
                    {
                        j++;
                    }

                    if (j > i + 1 && j + 1 < pattern.Length && pattern[j] == ',' && pattern[j + 1] == '}')
                    {
                        return false;
                    }

                    break;
            }
        }

        return true;
    }

    /// <summary>A rule's regex built on first use (<see cref="Get"/>): many are never tried in a scan, and building one costs milliseconds.</summary>
    public static Lazy Deferred(string pattern, RegexOptions options = RegexOptions.None) => new(pattern, options);

    /// <summary>A regex for yes-or-no tests built on its first match (see <see cref="Deferred"/>); safe to share between threads.</summary>
    public sealed class Lazy(string pattern, RegexOptions options)
    {
        private Regex? _regex;

        /// <summary>The pattern.</summary>
        public string Pattern => pattern;

        /// <summary>The regex (for a yes-or-no test, see <see cref="ForTest"/>), built now if it was not yet.</summary>
        public Regex Regex => _regex ??= ForTest(pattern, options);

        /// <summary>Whether the regex matches in the text (see <see cref="Regex.IsMatch(ReadOnlySpan{char})"/>).</summary>
        public bool IsMatch(ReadOnlySpan<char> text) => Regex.IsMatch(text);
    }

    private static Regex Create(string pattern, RegexOptions options)
    {
        try
        {
            return new Regex(pattern, options | RegexOptions.NonBacktracking);
        }
        catch (Exception e) when (e is NotSupportedException or ArgumentException)
        {
            // a construct the linear-time engine lacks; an invalid pattern throws again here (rules are parsed when loaded, see Validate)
            return new Regex(pattern, options, Timeout);
        }
    }
}
