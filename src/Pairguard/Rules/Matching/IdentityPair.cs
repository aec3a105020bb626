namespace Pairguard.Rules.Matching;

/// <summary>Compares pairs of objects by identity: for caches keyed by long-lived objects (rules, patterns, targets) whose text would cost a hash per lookup.</summary>
internal sealed class IdentityPair<TA, TB> : IEqualityComparer<(TA First, TB Second)>
    where TA : class
    where TB : class
{
    /// <summary>The shared instance.</summary>
    public static IdentityPair<TA, TB> Instance { get; } = new();

    public bool Equals((TA First, TB Second) x, (TA First, TB Second) y) => ReferenceEquals(x.First, y.First) && ReferenceEquals(x.Second, y.Second);

    public int GetHashCode((TA First, TB Second) obj) =>
        HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.First), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Second));
}
