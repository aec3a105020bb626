namespace Pairguard.Secrets.Validators;

/// <summary>The generic detector's judgement: a secret-looking name (not <c>author</c>, <c>token_url</c>...) and a value that looks random, not like a word, path or identifier.</summary>
public sealed class GenericAssignmentValidator : ISecretValidator
{
    private static readonly string[] BenignNameParts =
    [
        "author", "url", "uri", "endpoint", "path", "file", "dir", "type", "length", "size", "field", "name", "label", "placeholder",
        "prompt", "hint", "policy", "regex", "pattern", "header", "format", "count", "expir", "ttl", "timeout", "enabled", "required",
        "mode", "version", "prefix", "suffix", "min", "max", "reset", "confirm", "forgot", "strength", "validator", "verify",
        "tokenizer", "tokens", "_id", "-id", ".id", "keyid", "key_id", "usage", "rotation", "provider", "method", "scope", "class",
        "error", "message", "msg", "input", "hash", "salt", "encrypted", "location", "env", "var", "param", "arn", "ref",
    ];

    public string Name => "generic";

    public ValidationOutcome Validate(in SecretCandidate candidate)
    {
        var value = candidate.Secret;
        var at = candidate.Match.IndexOf(value, StringComparison.Ordinal);
        // The regex starts at the secret word; the rest of the name (db_password, config.api_key) is read backwards from the text.
        var start = candidate.MatchStart;
        while (start > 0 && candidate.MatchStart - start < 60 && (char.IsAsciiLetterOrDigit(candidate.Text[start - 1]) || candidate.Text[start - 1] is '_' or '.' or '-'))
        {
            start--;
        }

        // A path segment ("/users/:token" => "users#show") is a route, not an assignment.
        if (start > 0 && candidate.Text[start - 1] is '/' || (start > 1 && candidate.Text[start - 1] == ':' && candidate.Text[start - 2] == '/'))
        {
            return ValidationOutcome.Invalid;
        }

        var name = (candidate.Text[start..candidate.MatchStart] + (at > 0 ? candidate.Match[..at] : candidate.Match)).ToLowerInvariant().TrimStart();
        foreach (var keyword in new[] { "export ", "env ", "set ", "- " })
        {
            if (name.StartsWith(keyword, StringComparison.Ordinal))
            {
                name = name[keyword.Length..];
            }
        }

        foreach (var part in BenignNameParts)
        {
            if (name.Contains(part, StringComparison.Ordinal))
            {
                return ValidationOutcome.Invalid;
            }
        }

        return LooksLikeSecretValue(value) ? ValidationOutcome.Unverified : ValidationOutcome.Invalid;
    }

    /// <summary>True when a literal has the length, character mix and entropy of a credential rather than a word, path or reference.</summary>
    public static bool LooksLikeSecretValue(string value)
    {
        if (value.Length < 6 || value.Length > 300 || PlaceholderFilter.IsPlaceholder(value))
        {
            return false;
        }

        if (value.Contains(' ', StringComparison.Ordinal) || value.StartsWith('/') || value.StartsWith("./", StringComparison.Ordinal) || value.Contains('\\', StringComparison.Ordinal)
            || value.Contains("://", StringComparison.Ordinal) || value.EndsWith(':') || value.StartsWith('@') || value.StartsWith('#'))
        {
            return false;
        }

        // Identifiers and references: SOME_ENV_NAME, config.db.password, process.env.X, get_password(), a.b.c
        if (value.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_') && value.Any(char.IsAsciiLetter))
        {
            return false;
        }

        if (value.All(c => char.IsAsciiLetterLower(c) || c is '.' or '_' or '-') && (value.Contains('.') || value.Contains('_') || value.Contains('-')))
        {
            return false;
        }

        if (value.Contains('(') || value.Contains("env.", StringComparison.OrdinalIgnoreCase) || value.Contains("environ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // A value that spells its own name ("42password", "my_secret_token") is a stand-in; controller#action is a route.
        if (value.Contains("password", StringComparison.OrdinalIgnoreCase) || value.Contains("secret", StringComparison.OrdinalIgnoreCase) || value.Contains("token", StringComparison.OrdinalIgnoreCase)
            || (value.Contains('#') && value.All(c => char.IsAsciiLetterLower(c) || c is '_' or '/' or '#')))
        {
            return false;
        }

        var classes = Entropy.CharacterClasses(value);
        var entropy = Entropy.Shannon(value);
        if (classes >= 2 && entropy >= 2.8)
        {
            return true;
        }

        return value.Length >= 16 && entropy >= 3.5;
    }
}

/// <summary>Passwords embedded in URLs and connection strings: the password must not be a placeholder or template.</summary>
public sealed class UrlPasswordValidator : ISecretValidator
{
    private static readonly HashSet<string> DocPasswords = new(StringComparer.OrdinalIgnoreCase)
    {
        "pass", "mypass", "mypassword", "yourpassword", "foo", "bar", "baz", "secret", "guest", "pwd", "passwd", "pw", "p4ssw0rd",
    };

    public string Name => "url-password";

    public ValidationOutcome Validate(in SecretCandidate candidate)
    {
        var p = Uri.UnescapeDataString(candidate.Secret);
        if (p.Length < 3 || PlaceholderFilter.IsPlaceholder(p) || p.StartsWith('%') || p.Contains('*', StringComparison.Ordinal))
        {
            return ValidationOutcome.Invalid;
        }

        // Documentation stand-ins (myuser:mypass, foo:bar) and local default credentials where the password is the user name (postgres:postgres).
        if (DocPasswords.Contains(p) || (p.Length <= 12 && p.EndsWith("pass", StringComparison.OrdinalIgnoreCase) && p.All(char.IsAsciiLetterLower)))
        {
            return ValidationOutcome.Invalid;
        }

        var match = candidate.Match;
        var scheme = match.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            var userStart = scheme + 3;
            var colon = match.IndexOf(':', userStart);
            if (colon > userStart && string.Equals(match[userStart..colon], p, StringComparison.OrdinalIgnoreCase))
            {
                return ValidationOutcome.Invalid;
            }
        }

        return ValidationOutcome.Unverified;
    }
}
