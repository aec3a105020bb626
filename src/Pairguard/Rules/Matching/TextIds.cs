using System.Collections.Concurrent;

namespace Pairguard.Rules.Matching;

/// <summary>
/// Small numbers for the texts and node kinds patterns need, the same for equal ones in the whole process: a file's answers about
/// them (does the text hold this word, the tree this kind) are kept in arrays indexed by these numbers, not in tables keyed by text.
/// </summary>
internal static class TextIds
{
    private static readonly ConcurrentDictionary<(string Text, bool Token), int> Needed = new();
    private static readonly ConcurrentDictionary<string, int> Kinds = new(StringComparer.Ordinal);

    /// <summary>The number of a needed text (<see cref="NeededText"/>).</summary>
    public static int OfNeeded(string text, bool token) => Needed.GetOrAdd((text, token), static _ => Interlocked.Increment(ref s_needed) - 1);

    /// <summary>The number of a node kind.</summary>
    public static int OfKind(string kind) => Kinds.GetOrAdd(kind, static _ => Interlocked.Increment(ref s_kinds) - 1);

    /// <summary>A new number for a set of regex anchors (<see cref="RegexAnchors.Id"/>): sets are numbered per instance.</summary>
    public static int OfAnchorSet() => Interlocked.Increment(ref s_anchorSets) - 1;

    /// <summary>How many anchor sets have a number so far.</summary>
    public static int AnchorSetCount => Volatile.Read(ref s_anchorSets);

    /// <summary>How many needed texts have a number so far (the size a file's array of answers grows to).</summary>
    public static int NeededCount => Volatile.Read(ref s_needed);

    /// <summary>How many node kinds have a number so far.</summary>
    public static int KindCount => Volatile.Read(ref s_kinds);

    private static int s_needed;
    private static int s_kinds;
    private static int s_anchorSets;
}
