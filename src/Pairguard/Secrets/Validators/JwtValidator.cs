using System.Text.Json;

namespace Pairguard.Secrets.Validators;

/// <summary>JSON Web Tokens: header and payload decode to JSON objects and the header names an <c>alg</c>.</summary>
public sealed class JwtValidator : ISecretValidator
{
    public string Name => "jwt";

    public ValidationOutcome Validate(in SecretCandidate candidate)
    {
        var parts = candidate.Secret.Split('.');
        if (parts.Length != 3)
        {
            return ValidationOutcome.Invalid;
        }

        if (Object(parts[0]) is not { } header || Object(parts[1]) is null)
        {
            return ValidationOutcome.Invalid;
        }

        using (header)
        {
            if (!header.RootElement.TryGetProperty("alg", out var alg) || alg.ValueKind != JsonValueKind.String)
            {
                return ValidationOutcome.Invalid;
            }

            // An unsigned token grants nothing by itself.
            if (string.Equals(alg.GetString(), "none", StringComparison.OrdinalIgnoreCase) || parts[2].Length < 16)
            {
                return ValidationOutcome.Invalid;
            }
        }

        return ValidationOutcome.Valid("JWT header and payload decode");
    }

    private static JsonDocument? Object(string part)
    {
        if (Base64Text.Decode(part) is not { } bytes)
        {
            return null;
        }

        try
        {
            var doc = JsonDocument.Parse(bytes);
            if (doc.RootElement.ValueKind == JsonValueKind.Object)
            {
                return doc;
            }

            doc.Dispose();
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
