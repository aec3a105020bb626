namespace Pairguard.Scanning;

/// <summary>Why a finding is suppressed: an inline comment (with its reason) or a baseline entry.</summary>
public sealed record Suppression(string Kind, string? Justification, Location? Location = null)
{
    /// <summary>Suppressed by an inline <c>pairguard-ignore[...]</c> comment.</summary>
    public const string InSource = "inSource";

    /// <summary>Suppressed because the fingerprint is in the baseline file.</summary>
    public const string Baseline = "external";
}
