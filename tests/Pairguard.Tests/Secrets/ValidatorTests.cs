using System.Text;
using Pairguard.Secrets;
using Pairguard.Secrets.Validators;

namespace Pairguard.Tests.Secrets;

public class ValidatorTests
{
    private static ValidationResult Check(string validator, string secret, string? text = null)
    {
        text ??= secret;
        var at = text.IndexOf(secret, StringComparison.Ordinal);
        return SecretValidators.Find(validator)!.Validate(new SecretCandidate(secret, secret, text, at, at + secret.Length, null)).Result;
    }

    [Fact]
    public void Base62_crc32_matches_the_published_github_example()
    {
        // The example token of GitHub's token-format write-up (expired and revoked): body + CRC32 in base62.
        Assert.True(Base62Checksum.Verify("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", 4));
        Assert.Equal(0xCBF43926u, Base62Checksum.Crc32("123456789"));
    }

    [Theory]
    [InlineData("ghp_")]
    [InlineData("gho_")]
    [InlineData("ghu_")]
    [InlineData("ghs_")]
    [InlineData("ghr_")]
    [InlineData("npm_")]
    public void Checksummed_tokens_valid_corrupted_and_placeholder(string prefix)
    {
        var validator = prefix == "npm_" ? "npm-checksum" : "github-checksum";
        var token = SecretFixtures.ChecksummedToken(new Random(prefix.GetHashCode(StringComparison.Ordinal)), prefix);
        var last = token[^1];
        var corrupted = token[..^1] + (last == 'a' ? 'b' : 'a');
        var body = token[..^8] + (token[^8] == 'Q' ? 'R' : 'Q') + token[^7..];

        Assert.Equal(ValidationResult.Valid, Check(validator, token));
        Assert.Equal(ValidationResult.Invalid, Check(validator, corrupted));
        Assert.Equal(ValidationResult.Invalid, Check(validator, body));
        Assert.Equal(ValidationResult.Invalid, Check(validator, prefix + new string('x', 36)));

        Assert.Single(SecretTestScan.Matches("a.py", $"token = \"{token}\"\n"), m => m.Secret == token && m.Validation.Result == ValidationResult.Valid);
        Assert.DoesNotContain(SecretTestScan.Matches("a.py", $"token = \"{corrupted}\"\n"), m => m.Detector.Kind == DetectorKind.Prefixed);
    }

    [Fact]
    public void Github_fine_grained_structure()
    {
        var rng = new Random(3);
        var good = "github_pat_" + SecretFixtures.RandomAlnum(rng, 22) + "_" + SecretFixtures.RandomAlnum(rng, 59);

        Assert.Equal(ValidationResult.Valid, Check("github-pat-structure", good));
        Assert.Equal(ValidationResult.Invalid, Check("github-pat-structure", good[..^1]));
        Assert.Equal(ValidationResult.Invalid, Check("github-pat-structure", good.Replace('_', '-')));
    }

    [Fact]
    public void Jwt_needs_json_header_with_alg_and_json_payload()
    {
        var jwt = SecretFixtures.Jwt(new Random(1));
        var parts = jwt.Split('.');
        static string B64(string s) => Convert.ToBase64String(Encoding.UTF8.GetBytes(s)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        Assert.Equal(ValidationResult.Valid, Check("jwt", jwt));
        Assert.Equal(ValidationResult.Invalid, Check("jwt", B64("{\"typ\":\"JWT\"}") + "." + parts[1] + "." + parts[2]));
        Assert.Equal(ValidationResult.Invalid, Check("jwt", B64("{\"alg\":\"none\"}") + "." + parts[1] + "." + parts[2]));
        Assert.Equal(ValidationResult.Invalid, Check("jwt", parts[0] + ".eyJub3QganNvbg." + parts[2]));
        Assert.Equal(ValidationResult.Invalid, Check("jwt", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0"));
    }

    [Theory]
    [InlineData("RSA PRIVATE KEY")]
    [InlineData("EC PRIVATE KEY")]
    [InlineData("PRIVATE KEY")]
    [InlineData("OPENSSH PRIVATE KEY")]
    [InlineData("PGP PRIVATE KEY BLOCK")]
    public void Private_keys_that_decode_are_valid_and_truncated_or_placeholder_bodies_are_not(string label)
    {
        var key = SecretFixtures.PrivateKey(label, new Random(5));
        var lines = key.Split('\n');
        var placeholder = string.Join('\n', lines.Select(l => l.StartsWith("-----", StringComparison.Ordinal) || l.Length == 0 ? l : "..."));
        var truncated = lines[0] + "\n" + lines.First(l => l.Length > 20 && !l.StartsWith("-----", StringComparison.Ordinal))[..10] + "\n" + lines[^1];

        Assert.Equal(ValidationResult.Valid, Check("private-key", key));
        Assert.Equal(ValidationResult.Invalid, Check("private-key", placeholder));
        Assert.Equal(ValidationResult.Invalid, Check("private-key", truncated));
    }

    [Fact]
    public void Openssh_body_without_magic_is_rejected()
    {
        var body = Convert.ToBase64String(Enumerable.Range(0, 200).Select(i => (byte)i).ToArray());
        var key = "-----BEGIN OPENSSH PRIVATE KEY-----\n" + body + "\n-----END OPENSSH PRIVATE KEY-----";

        Assert.Equal(ValidationResult.Invalid, Check("private-key", key));
    }

    [Fact]
    public void Json_escaped_private_key_is_found()
    {
        var key = SecretFixtures.PrivateKey("PRIVATE KEY", new Random(9));
        var json = "{\n  \"type\": \"service_account\",\n  \"private_key\": \"" + key.Replace("\n", "\\n", StringComparison.Ordinal) + "\\n\"\n}\n";

        var matches = SecretTestScan.Matches("sa.json", json);

        Assert.Contains(matches, m => m.Detector.Id == "secrets.private-key.pem" && m.Validation.Result == ValidationResult.Valid);
    }

    [Fact]
    public void Aws_access_key_is_confirmed_by_a_secret_nearby()
    {
        var id = "AKIA" + "QYLPMN5HHHFPZAM2";
        var secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCY" + "EXAMPLEKEY".Replace("EXAMPLE", "Zq8Rt1X", StringComparison.Ordinal);
        var paired = $"[default]\naws_access_key_id = {id}\naws_secret_access_key = {secret}\n";

        Assert.Equal(ValidationResult.Valid, Check("aws-access-key", id, paired));
        Assert.Equal(ValidationResult.Unverified, Check("aws-access-key", id, $"key = {id}\n"));
        Assert.Equal(ValidationResult.Invalid, Check("aws-access-key", "AKIA" + "QYLPMN0HHHFPZAM1"));

        var findings = SecretTestScan.Scan("credentials", paired);
        Assert.Contains(findings, f => f.RuleId == "secrets.aws.access-key-id" && f.Severity == Pairguard.Scanning.Severity.Critical);
        Assert.Contains(findings, f => f.RuleId == "secrets.aws.secret-access-key");
        Assert.Contains(SecretTestScan.Scan("a.py", $"key = \"{id}\"\n"), f => f.RuleId == "secrets.aws.access-key-id" && f.Severity == Pairguard.Scanning.Severity.High);
    }

    [Fact]
    public void Slack_stripe_twilio_sendgrid_structures()
    {
        var rng = new Random(11);
        var slackBot = "xoxb-" + "2400000000" + "1-" + "2400000000" + "2-" + SecretFixtures.RandomAlnum(rng, 24);
        var sendgrid = "SG." + SecretFixtures.RandomAlnum(rng, 22) + "." + SecretFixtures.RandomAlnum(rng, 43);
        var stripe = "sk_live_" + SecretFixtures.RandomAlnum(rng, 30);

        Assert.Equal(ValidationResult.Valid, Check("slack-structure", slackBot));
        Assert.Equal(ValidationResult.Invalid, Check("slack-structure", "xoxb-abc-def-" + SecretFixtures.RandomAlnum(rng, 24)));
        Assert.Equal(ValidationResult.Valid, Check("stripe-structure", stripe));
        Assert.Equal(ValidationResult.Invalid, Check("stripe-structure", "sk_live_" + "abc"));
        Assert.Equal(ValidationResult.Valid, Check("twilio-structure", "SK" + "0123456789abcdef" + "fedcba9876543210"));
        Assert.Equal(ValidationResult.Invalid, Check("twilio-structure", "SK" + "0123456789ABCDEF" + "FEDCBA9876543210"));
        Assert.Equal(ValidationResult.Valid, Check("sendgrid-structure", sendgrid));
        Assert.Equal(ValidationResult.Invalid, Check("sendgrid-structure", "SG." + SecretFixtures.RandomAlnum(rng, 21) + "." + SecretFixtures.RandomAlnum(rng, 43)));
    }

    [Fact]
    public void Basic_auth_must_decode_to_user_and_a_real_password()
    {
        static string B64(string s) => Convert.ToBase64String(Encoding.UTF8.GetBytes(s));

        Assert.Equal(ValidationResult.Valid, Check("basic-auth", B64("deploy:Vq7#pLx2mZ9w")));
        Assert.Equal(ValidationResult.Invalid, Check("basic-auth", B64("deploy:changeme")));
        Assert.Equal(ValidationResult.Invalid, Check("basic-auth", B64("no colon here")));
        Assert.Equal(ValidationResult.Invalid, Check("basic-auth", "!!notbase64!!"));
    }

    [Theory]
    [InlineData("changeme")]
    [InlineData("xxxxxxxxxxxxxxxx")]
    [InlineData("your_api_key_here")]
    [InlineData("<YOUR_TOKEN>")]
    [InlineData("${API_KEY}")]
    [InlineData("{{ .Values.apiKey }}")]
    [InlineData("%(password)s")]
    [InlineData("example-token-1234")]
    [InlineData("dummy_secret_value")]
    [InlineData("test1234test")]
    [InlineData("aaaaaaaaaaaa")]
    [InlineData("1234567890")]
    [InlineData("abcdefghijkl")]
    [InlineData("password")]
    [InlineData("****************")]
    [InlineData("sk-...")]
    public void Placeholders_are_recognised(string value)
    {
        Assert.True(PlaceholderFilter.IsPlaceholder(value), value);
    }

    [Theory]
    [InlineData("Vq7pLx2mZ9wK4rT8")]
    [InlineData("password123!")]
    [InlineData("aB3$kL9@qW2#")]
    public void Real_looking_values_are_not_placeholders(string value)
    {
        Assert.False(PlaceholderFilter.IsPlaceholder(value), value);
    }
}
