using System.Text;
using System.Text.RegularExpressions;

namespace Pairguard.Secrets.Validators;

/// <summary>AWS access key ids: confident when a 40-character secret access key sits within a few lines.</summary>
public sealed class AwsAccessKeyValidator : ISecretValidator
{
    private const int Window = 600;

    private static readonly Regex SecretNearby = new(@"(?:^|[^A-Za-z0-9/+])([A-Za-z0-9/+]{40})(?:[^A-Za-z0-9/+=]|$)", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    public string Name => "aws-access-key";

    public ValidationOutcome Validate(in SecretCandidate candidate)
    {
        var body = candidate.Secret.AsSpan(4);
        foreach (var c in body)
        {
            if (!(char.IsAsciiLetterUpper(c) || c is >= '2' and <= '7'))
            {
                return ValidationOutcome.Invalid;
            }
        }

        var from = Math.Max(0, candidate.MatchStart - Window);
        var to = Math.Min(candidate.Text.Length, candidate.MatchEnd + Window);
        foreach (Match m in SecretNearby.Matches(candidate.Text[from..to]))
        {
            var s = m.Groups[1].Value;
            if (Entropy.Shannon(s) >= 4.0 && Entropy.CharacterClasses(s) >= 3 && !PlaceholderFilter.IsPlaceholder(s))
            {
                return ValidationOutcome.Valid("secret access key nearby");
            }
        }

        return ValidationOutcome.Unverified;
    }
}

/// <summary>Slack tokens: the numeric team/user/app segments and the random tail have the documented shape.</summary>
public sealed class SlackValidator : ISecretValidator
{
    public string Name => "slack-structure";

    public ValidationOutcome Validate(in SecretCandidate candidate)
    {
        var s = candidate.Secret;
        if (s.Contains("hooks.slack.com", StringComparison.Ordinal))
        {
            var parts = s[(s.IndexOf("/services/", StringComparison.Ordinal) + 10)..].Split('/');
            return parts.Length == 3 && parts[0].StartsWith('T') && parts[1].StartsWith('B') && parts[2].Length >= 24
                ? ValidationOutcome.Valid("webhook structure") : ValidationOutcome.Invalid;
        }

        var segments = s.Split('-');
        if (segments.Length < 4)
        {
            return ValidationOutcome.Invalid;
        }

        var numeric = segments.Skip(1).Take(segments.Length - 2).Count(p => p.Length >= 1 && p.All(char.IsAsciiDigit));
        var tail = segments[^1];
        return numeric >= 1 && tail.Length >= 24 && Entropy.Shannon(tail) >= 3.0 ? ValidationOutcome.Valid("token structure") : ValidationOutcome.Invalid;
    }
}

/// <summary>Stripe keys: <c>sk_/rk_/whsec_</c> prefix, mode, and a random alphanumeric tail of the documented length.</summary>
public sealed class StripeValidator : ISecretValidator
{
    public string Name => "stripe-structure";

    public ValidationOutcome Validate(in SecretCandidate candidate)
    {
        var s = candidate.Secret;
        var tail = s[(s.LastIndexOf('_') + 1)..];
        return tail.Length >= 24 && GitHubFineGrainedValidator.AllAlnum(tail) && Entropy.CharacterClasses(tail) >= 2
            ? ValidationOutcome.Valid("key structure") : ValidationOutcome.Invalid;
    }
}

/// <summary>Twilio: a 34-character SID (<c>AC</c>/<c>SK</c> + 32 lower-case hex) or a 32-hex auth token.</summary>
public sealed class TwilioValidator : ISecretValidator
{
    public string Name => "twilio-structure";

    public ValidationOutcome Validate(in SecretCandidate candidate)
    {
        var s = candidate.Secret;
        var hex = s.Length == 34 ? s[2..] : s;
        return hex.Length == 32 && hex.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f') && Entropy.Shannon(hex) >= 3.0
            ? ValidationOutcome.Valid("SID/token structure") : ValidationOutcome.Invalid;
    }
}

/// <summary>SendGrid: <c>SG.</c>, a 22-character id and a 43-character secret, both base64url that decode to 16 and 32 bytes.</summary>
public sealed class SendGridValidator : ISecretValidator
{
    public string Name => "sendgrid-structure";

    public ValidationOutcome Validate(in SecretCandidate candidate)
    {
        var parts = candidate.Secret.Split('.');
        return parts.Length == 3 && parts[0] == "SG" && Base64Text.Decode(parts[1])?.Length == 16 && Base64Text.Decode(parts[2])?.Length == 32
            ? ValidationOutcome.Valid("key structure") : ValidationOutcome.Invalid;
    }
}

/// <summary>HTTP Basic credentials and Docker <c>auth</c> values: base64 of <c>user:password</c> with a real password.</summary>
public sealed class BasicAuthValidator : ISecretValidator
{
    public string Name => "basic-auth";

    public ValidationOutcome Validate(in SecretCandidate candidate)
    {
        if (Base64Text.Decode(candidate.Secret) is not { } bytes)
        {
            return ValidationOutcome.Invalid;
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return ValidationOutcome.Invalid;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == text.Length - 1 || text.Any(char.IsControl))
        {
            return ValidationOutcome.Invalid;
        }

        var password = text[(colon + 1)..];
        return PlaceholderFilter.IsPlaceholder(password) ? ValidationOutcome.Invalid : ValidationOutcome.Valid("decodes to user:password");
    }
}
