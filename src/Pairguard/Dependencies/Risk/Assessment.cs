using Pairguard.Dependencies.Registries;
using Pairguard.Scanning;

namespace Pairguard.Dependencies.Risk;

/// <summary>The answer to "is this package safe to install?".</summary>
public enum Verdict
{
    /// <summary>Exists and shows no risk signal worth a look.</summary>
    Ok,

    /// <summary>Exists but something deserves a human look before installing.</summary>
    Review,

    /// <summary>Do not install: the name does not exist, is a known hallucination, or the like.</summary>
    Block,

    /// <summary>The registry could not be asked (offline, no endpoint, unreachable, not from a registry); nothing is claimed.</summary>
    NotVerified,
}

/// <summary>One reason behind a verdict, with its rule id and severity.</summary>
public sealed record RiskSignal(string RuleId, Severity Severity, string Message)
{
    /// <summary>A block signal decides the verdict alone.</summary>
    public bool Blocks { get; init; }

    /// <summary>A weak signal only leads to review together with another signal.</summary>
    public bool Weak { get; init; }
}

/// <summary>The verdict on one package with its reasons and what the registry said.</summary>
public sealed record PackageAssessment
{
    public required string Ecosystem { get; init; }

    public required string Name { get; init; }

    /// <summary>Every reference to this package (manifests, lockfiles, imports), first the most direct.</summary>
    public required IReadOnlyList<DependencyRef> References { get; init; }

    public required Verdict Verdict { get; init; }

    public IReadOnlyList<RiskSignal> Signals { get; init; } = [];

    public PackageInfo? Info { get; init; }

    /// <summary>Why the package could not be verified (when <see cref="Verdict"/> is <see cref="Verdict.NotVerified"/> or a lookup failed).</summary>
    public string? NotVerifiedReason { get; init; }

    /// <summary>The endpoint asked (key only, never a token).</summary>
    public string? Endpoint { get; init; }

    /// <summary>True when the answer came from the cache.</summary>
    public bool FromCache { get; init; }

    /// <summary>Lower-case verdict name for reports (ok, review, block, not-verified).</summary>
    public string VerdictName => Verdict switch
    {
        Verdict.Ok => "ok",
        Verdict.Review => "review",
        Verdict.Block => "block",
        _ => "not-verified",
    };
}
