using Pairguard.Secrets.Validators;

namespace Pairguard.Secrets;

/// <summary>A secret one detector found and kept: where the secret is, its value, and what validation said.</summary>
public sealed record SecretMatch(SecretDetector Detector, int Start, int End, string Secret, ValidationOutcome Validation)
{
    /// <summary>Higher is more specific: validated prefixed &gt; prefixed &gt; context &gt; generic.</summary>
    public int Rank => ((int)Detector.Kind * 2) + (Validation.Result == ValidationResult.Valid ? 1 : 0);

    /// <summary>The masked display form of the secret.</summary>
    public string Masked => SecretMask.Mask(Secret, Detector.Reveal);
}
