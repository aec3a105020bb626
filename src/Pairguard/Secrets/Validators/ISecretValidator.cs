namespace Pairguard.Secrets.Validators;

/// <summary>What a validator concluded about a candidate secret.</summary>
public enum ValidationResult
{
    /// <summary>The format could not be checked further; the finding stands on the regex alone.</summary>
    Unverified,

    /// <summary>The value passed the check (checksum, structure, pairing): a confident finding.</summary>
    Valid,

    /// <summary>The value failed the check: not a real secret of this kind, no finding.</summary>
    Invalid,
}

/// <summary>A regex match handed to a validator: the secret, the whole match and the surrounding text.</summary>
public readonly record struct SecretCandidate(string Secret, string Match, string Text, int MatchStart, int MatchEnd, string? Language);

/// <summary>A validator's verdict, with a short note saying what was checked.</summary>
public readonly record struct ValidationOutcome(ValidationResult Result, string? Check = null)
{
    public static ValidationOutcome Valid(string check) => new(ValidationResult.Valid, check);

    public static readonly ValidationOutcome Invalid = new(ValidationResult.Invalid);

    public static readonly ValidationOutcome Unverified = new(ValidationResult.Unverified);
}

/// <summary>A format check written in C# for secrets whose structure allows one.</summary>
public interface ISecretValidator
{
    /// <summary>Name used in the detector YAML (<c>validator: github-checksum</c>).</summary>
    string Name { get; }

    ValidationOutcome Validate(in SecretCandidate candidate);
}
