using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Text;

namespace Pairguard.Secrets.Validators;

/// <summary>PEM, OpenSSH and PuTTY private key blocks whose body actually decodes (and, where .NET can, imports as a key).</summary>
public sealed class PrivateKeyValidator : ISecretValidator
{
    private static readonly byte[] OpenSshMagic = Encoding.ASCII.GetBytes("openssh-key-v1\0");

    public string Name => "private-key";

    public ValidationOutcome Validate(in SecretCandidate candidate)
    {
        var block = candidate.Secret.Replace("\\r", "\n", StringComparison.Ordinal).Replace("\\n", "\n", StringComparison.Ordinal);
        var headerEnd = block.IndexOf("-----", 11, StringComparison.Ordinal);
        if (!block.StartsWith("-----BEGIN ", StringComparison.Ordinal) || headerEnd < 0)
        {
            return ValidationOutcome.Invalid;
        }

        var label = block[11..headerEnd].Trim();
        var endMarker = block.IndexOf("-----END", headerEnd + 5, StringComparison.Ordinal);
        var body = endMarker < 0 ? block[(headerEnd + 5)..] : block[(headerEnd + 5)..endMarker];
        var base64 = new StringBuilder();
        var encryptedHeader = false;
        foreach (var raw in body.Split('\n'))
        {
            var line = raw.Trim().Trim('"', '\'', ',').Trim();
            if (line.Contains(':', StringComparison.Ordinal))
            {
                encryptedHeader |= line.StartsWith("Proc-Type", StringComparison.OrdinalIgnoreCase);
                continue;
            }

            if (line.StartsWith('=') && line.Length == 5 && label.Contains("PGP", StringComparison.Ordinal))
            {
                continue;
            }

            base64.Append(line);
        }

        var der = Base64Text.Decode(base64.ToString());
        if (der is null || der.Length < 32)
        {
            return ValidationOutcome.Invalid;
        }

        if (label.StartsWith("OPENSSH", StringComparison.Ordinal))
        {
            return der.AsSpan().StartsWith(OpenSshMagic) ? ValidationOutcome.Valid("OpenSSH key structure") : ValidationOutcome.Invalid;
        }

        if (label.Contains("PGP", StringComparison.Ordinal))
        {
            return ValidationOutcome.Valid("armored key decodes");
        }

        if (encryptedHeader)
        {
            return ValidationOutcome.Valid("encrypted PEM body decodes");
        }

        return ImportsAsKey(label, der) ? ValidationOutcome.Valid("key imports") : IsDerSequence(der) ? ValidationOutcome.Valid("DER structure") : ValidationOutcome.Invalid;
    }

    private static bool ImportsAsKey(string label, byte[] der)
    {
        try
        {
            switch (label)
            {
                case "RSA PRIVATE KEY":
                    using (var rsa = RSA.Create())
                    {
                        rsa.ImportRSAPrivateKey(der, out _);
                        return true;
                    }

                case "EC PRIVATE KEY":
                    using (var ec = ECDsa.Create())
                    {
                        ec.ImportECPrivateKey(der, out _);
                        return true;
                    }

                case "PRIVATE KEY":
                    return TryPkcs8(der);
                default:
                    return false;
            }
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private static bool TryPkcs8(byte[] der)
    {
        foreach (var create in new Func<AsymmetricAlgorithm>[] { RSA.Create, ECDsa.Create })
        {
            try
            {
                using var key = create();
                key.ImportPkcs8PrivateKey(der, out _);
                return true;
            }
            catch (CryptographicException)
            {
            }
            catch (PlatformNotSupportedException)
            {
            }
        }

        return false;
    }

    private static bool IsDerSequence(byte[] der)
    {
        try
        {
            var reader = new AsnReader(der, AsnEncodingRules.BER);
            reader.ReadSequence();
            return !reader.HasData;
        }
        catch (AsnContentException)
        {
            return false;
        }
    }
}
