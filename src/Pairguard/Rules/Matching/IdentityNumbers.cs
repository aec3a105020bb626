namespace Pairguard.Rules.Matching;

/// <summary>Hash numbers handed to long-lived objects (formulas, patterns, targets) as they are made, for the caches keyed by their identity (<see cref="IdentityKey"/>).</summary>
/// <remarks>The runtime's identity hash is a call into the runtime per object and per lookup, which cost about 8 % of PHP's rules phase.</remarks>
internal static class IdentityNumbers
{
    private static int s_next;

    /// <summary>The next number, its bits spread (Fibonacci hashing) so that consecutive objects do not fill consecutive buckets.</summary>
    public static int Next() => (int)((uint)Interlocked.Increment(ref s_next) * 2654435769u);
}
