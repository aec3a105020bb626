using System.Runtime.CompilerServices;

namespace Pairguard.Rules.Matching;

/// <summary>A key of two objects compared by identity: for caches keyed by long-lived objects (rules, patterns, targets) whose text would cost a hash per lookup.</summary>
/// <remarks>
/// A non-generic struct that compares itself: a dictionary keyed by it has code of its own, whose hashing and comparison the JIT
/// inlines. A tuple key with a comparer object went through an interface call per lookup, which shared generic code dispatches
/// through the runtime's stubs (about 6 % of PHP's rules phase). The hash is the objects' own numbers
/// (<see cref="IdentityNumbers"/>) where they have one.
/// </remarks>
internal readonly struct IdentityKey : IEquatable<IdentityKey>
{
    private readonly object _first;
    private readonly object _second;
    private readonly int _hash;

    public IdentityKey(object first, object second)
    {
        _first = first;
        _second = second;
        _hash = HashCode.Combine(RuntimeHelpers.GetHashCode(first), RuntimeHelpers.GetHashCode(second));
    }

    public IdentityKey(MatchTarget target, Formula formula)
    {
        _first = target;
        _second = formula;
        _hash = target.IdentityHash ^ formula.IdentityHash;
    }

    public IdentityKey(MatchTarget target, Pattern pattern)
    {
        _first = target;
        _second = pattern;
        _hash = target.IdentityHash ^ pattern.IdentityHash;
    }

    /// <summary>A formula in a language: the few languages a formula is compiled for share its hash (their strings are compared by identity).</summary>
    public IdentityKey(Formula formula, string language)
    {
        _first = formula;
        _second = language;
        _hash = formula.IdentityHash;
    }

    public bool Equals(IdentityKey other) => _hash == other._hash && ReferenceEquals(_first, other._first) && ReferenceEquals(_second, other._second);

    public override bool Equals(object? obj) => obj is IdentityKey other && Equals(other);

    public override int GetHashCode() => _hash;
}
