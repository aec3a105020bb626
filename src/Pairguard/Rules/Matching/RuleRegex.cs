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

    /// <summary>True when the pattern needs the time-limited backtracking engine (it has backreferences or lookarounds).</summary>
    public static bool IsBacktracking(string pattern, RegexOptions options = RegexOptions.None) =>
        Get(pattern, options).MatchTimeout != Regex.InfiniteMatchTimeout;

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
