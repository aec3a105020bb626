using System.Security.Cryptography;
using System.Text;
using Pairguard.Secrets;
using Pairguard.Secrets.Validators;

namespace Pairguard.Tests.Secrets;

/// <summary>A generated file holding (or not) one secret, with the secret's value.</summary>
internal sealed record SecretFixture(string Path, string Text, string Secret);

/// <summary>Generates valid-format secrets per detector (prefix, length, checksum, structure) in realistic files, and their look-alike twins.</summary>
internal static class SecretFixtures
{
    private const string Alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private static readonly Dictionary<string, string> FileForLanguage = new(StringComparer.Ordinal)
    {
        ["dotenv"] = ".env",
        ["yaml"] = "config/app.yml",
        ["ini"] = "settings.ini",
        ["properties"] = "application.properties",
        ["bash"] = "scripts/deploy.sh",
        ["dockerfile"] = "Dockerfile",
        ["makefile"] = "Makefile",
        ["toml"] = "config.toml",
        ["xml"] = "Web.config",
    };

    private static readonly Func<string, (string Path, string Text)>[] CodeContexts =
    [
        v => ("app/settings.py", $"import os\n\nSERVICE_CREDENTIAL = \"{v}\"\nDEBUG = False\n"),
        v => ("src/client.js", $"export function client() {{\n  const token = '{v}';\n  return new Client({{ token }});\n}}\n"),
        v => ("deploy/values.yaml", $"service:\n  name: api\n  credential: {v}\n"),
        v => ("appsettings.json", $"{{\n  \"Service\": {{\n    \"Credential\": \"{v}\"\n  }}\n}}\n"),
        v => ("cmd/main.go", $"package main\n\nconst credential = \"{v}\"\n"),
        v => ("src/Program.cs", $"var client = new ServiceClient(\"{v}\");\n"),
    ];

    /// <summary>A string of <paramref name="length"/> random alphanumerics.</summary>
    public static string RandomAlnum(Random rng, int length) => new(Enumerable.Range(0, length).Select(_ => Alnum[rng.Next(Alnum.Length)]).ToArray());

    /// <summary>A GitHub or npm token with a correct checksum.</summary>
    public static string ChecksummedToken(Random rng, string prefix) => Base62Checksum.Complete(prefix, RandomAlnum(rng, 30));

    /// <summary>A signed-looking HS256 JWT with a random subject.</summary>
    public static string Jwt(Random rng)
    {
        static string B64(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var header = B64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
        var payload = B64($"{{\"sub\":\"{RandomAlnum(rng, 12)}\",\"role\":\"service_role\",\"iat\":1700000000}}");
        return $"{header}.{payload}.{RandomAlnum(rng, 43)}";
    }

    /// <summary>A real private key of the given PEM label (RSA, EC, PKCS#8, OpenSSH).</summary>
    public static string PrivateKey(string label, Random rng)
    {
        switch (label)
        {
            case "RSA PRIVATE KEY":
                using (var rsa = RSA.Create(1024))
                {
                    return rsa.ExportRSAPrivateKeyPem();
                }

            case "EC PRIVATE KEY":
                using (var ec = ECDsa.Create(ECCurve.NamedCurves.nistP256))
                {
                    return ec.ExportECPrivateKeyPem();
                }

            case "OPENSSH PRIVATE KEY":
                {
                    var body = new List<byte>(Encoding.ASCII.GetBytes("openssh-key-v1\0"));
                    var random = new byte[400];
                    rng.NextBytes(random);
                    body.AddRange(random);
                    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + Wrap(Convert.ToBase64String(body.ToArray()), 70) + "-----END OPENSSH PRIVATE KEY-----";
                }

            case "PGP PRIVATE KEY BLOCK":
                {
                    var random = new byte[600];
                    rng.NextBytes(random);
                    return "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + Wrap(Convert.ToBase64String(random), 64) + "=AbCd\n-----END PGP PRIVATE KEY BLOCK-----";
                }

            default:
                using (var rsa = RSA.Create(1024))
                {
                    return rsa.ExportPkcs8PrivateKeyPem();
                }
        }
    }

    /// <summary>The true fixture of a detector: a valid-format secret in a realistic file.</summary>
    public static SecretFixture True(SecretDetector detector, int seed)
    {
        var rng = new Random(seed);
        if (detector.Validator == "private-key")
        {
            var label = detector.Id.EndsWith("openssh", StringComparison.Ordinal) ? "OPENSSH PRIVATE KEY" : detector.Id.EndsWith("pgp", StringComparison.Ordinal) ? "PGP PRIVATE KEY BLOCK" : "RSA PRIVATE KEY";
            var key = PrivateKey(label, rng);
            return new SecretFixture("deploy/id_key.pem", "# deployment key\n" + key + "\n", key);
        }

        var sample = new PatternSampler(rng).Sample(detector.Pattern);
        var m = detector.Regex.Match(sample);
        if (!m.Success)
        {
            throw new InvalidOperationException($"{detector.Id}: the sampled text does not match its own regex: {sample}");
        }

        var group = m.Groups[detector.Group];
        var secret = Complete(detector, group.Value, rng);
        var text = sample[..group.Index] + secret + sample[(group.Index + group.Length)..];
        if (detector.Languages.Count > 0)
        {
            var language = detector.Languages.Order(StringComparer.Ordinal).First();
            return new SecretFixture(FileForLanguage[language], "# settings\n" + text + "\n", secret);
        }

        if (detector.Kind == Pairguard.Secrets.DetectorKind.Prefixed && text == secret)
        {
            var (path, code) = CodeContexts[Math.Abs(seed) % CodeContexts.Length](secret);
            return new SecretFixture(path, code, secret);
        }

        return new SecretFixture("config/service.conf", "[service]\n" + text + "\n", secret);
    }

    /// <summary>The look-alike twin: the same file with the secret's random part replaced by a run of one character.</summary>
    public static SecretFixture Placeholder(SecretDetector detector, SecretFixture fixture)
    {
        string fake;
        if (detector.Validator == "private-key")
        {
            var lines = fixture.Secret.Split('\n');
            fake = string.Join('\n', lines.Select(l => l.StartsWith("-----", StringComparison.Ordinal) || l.Length == 0 ? l : new string('A', l.Length)));
        }
        else
        {
            var prefix = detector.Keywords.Where(k => fixture.Secret.StartsWith(k, StringComparison.OrdinalIgnoreCase)).OrderByDescending(k => k.Length).FirstOrDefault() ?? "";
            var rest = fixture.Secret[prefix.Length..];
            var filler = rest.FirstOrDefault(char.IsAsciiLetterOrDigit);
            fake = prefix + new string(rest.Select(c => char.IsAsciiLetterOrDigit(c) ? (filler == default ? 'x' : filler) : c).ToArray());
        }

        return fixture with { Text = fixture.Text.Replace(fixture.Secret, fake, StringComparison.Ordinal), Secret = fake };
    }

    private static string Complete(SecretDetector detector, string secret, Random rng)
    {
        switch (detector.Validator)
        {
            case "github-checksum" or "npm-checksum":
                return ChecksummedToken(rng, secret[..4]);
            case "jwt":
                return Jwt(rng);
            case "basic-auth":
                return Convert.ToBase64String(Encoding.UTF8.GetBytes("deploy:" + RandomAlnum(rng, 18)));
            default:
                return secret;
        }
    }

    private static string Wrap(string base64, int width)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < base64.Length; i += width)
        {
            sb.Append(base64.AsSpan(i, Math.Min(width, base64.Length - i))).Append('\n');
        }

        return sb.ToString();
    }
}
