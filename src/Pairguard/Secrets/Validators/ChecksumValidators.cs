namespace Pairguard.Secrets.Validators;

/// <summary>GitHub <c>ghp_ gho_ ghu_ ghs_ ghr_</c> and npm <c>npm_</c> tokens: 30 random characters and a base62 CRC32.</summary>
public sealed class PrefixedChecksumValidator : ISecretValidator
{
    private readonly int _prefixLength;

    public PrefixedChecksumValidator(string name, int prefixLength)
    {
        Name = name;
        _prefixLength = prefixLength;
    }

    public string Name { get; }

    public ValidationOutcome Validate(in SecretCandidate candidate) =>
        Base62Checksum.Verify(candidate.Secret, _prefixLength) ? ValidationOutcome.Valid("CRC32 checksum") : ValidationOutcome.Invalid;
}

/// <summary>GitHub fine-grained tokens: <c>github_pat_</c>, 22 alphanumerics, <c>_</c>, 59 alphanumerics.</summary>
public sealed class GitHubFineGrainedValidator : ISecretValidator
{
    public string Name => "github-pat-structure";

    public ValidationOutcome Validate(in SecretCandidate candidate)
    {
        const string prefix = "github_pat_";
        var s = candidate.Secret;
        if (!s.StartsWith(prefix, StringComparison.Ordinal) || s.Length != prefix.Length + 22 + 1 + 59)
        {
            return ValidationOutcome.Invalid;
        }

        var body = s.AsSpan(prefix.Length);
        if (body[22] != '_' || !AllAlnum(body[..22]) || !AllAlnum(body[23..]))
        {
            return ValidationOutcome.Invalid;
        }

        return ValidationOutcome.Valid("structure");
    }

    internal static bool AllAlnum(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
