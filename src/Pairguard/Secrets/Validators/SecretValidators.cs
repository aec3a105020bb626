namespace Pairguard.Secrets.Validators;

/// <summary>The registry of validators a detector may name in its YAML.</summary>
public static class SecretValidators
{
    private static readonly Dictionary<string, ISecretValidator> ByName = new ISecretValidator[]
    {
        new PrefixedChecksumValidator("github-checksum", 4),
        new PrefixedChecksumValidator("npm-checksum", 4),
        new GitHubFineGrainedValidator(),
        new JwtValidator(),
        new PrivateKeyValidator(),
        new AwsAccessKeyValidator(),
        new SlackValidator(),
        new StripeValidator(),
        new TwilioValidator(),
        new SendGridValidator(),
        new BasicAuthValidator(),
        new GenericAssignmentValidator(),
        new UrlPasswordValidator(),
    }.ToDictionary(v => v.Name, StringComparer.Ordinal);

    /// <summary>Every validator name.</summary>
    public static IEnumerable<string> Names => ByName.Keys;

    /// <summary>The validator of that name, or null.</summary>
    public static ISecretValidator? Find(string name) => ByName.GetValueOrDefault(name);
}
