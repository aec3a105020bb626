using Pairguard.Scanning;
using Pairguard.Secrets;

namespace Pairguard.Tests.Secrets;

public class RedactionTests
{
    internal static (string Text, string[] Secrets) RealLookingFile()
    {
        var rng = new Random(77);
        var gh = SecretFixtures.ChecksummedToken(rng, "ghp_");
        var npm = SecretFixtures.ChecksummedToken(rng, "npm_");
        var openai = "sk-proj-" + SecretFixtures.RandomAlnum(rng, 60) + "T3BlbkFJ" + SecretFixtures.RandomAlnum(rng, 40);
        var stripe = "sk_live_" + SecretFixtures.RandomAlnum(rng, 32);
        var pg = "Zt8qLm2VxP4wHq7v";
        var generic = "Qw8vN2xLp9RtMn3b";
        var key = SecretFixtures.PrivateKey("RSA PRIVATE KEY", rng);
        var text = $"GITHUB_TOKEN = \"{gh}\"\nNPM = '{npm}'\nOPENAI_API_KEY = \"{openai}\"\nstripe.api_key = \"{stripe}\"\n"
            + $"DATABASE_URL = \"postgres://admin:{pg}@db.internal/app\"\npassword = \"{generic}\"\nKEY = \"\"\"\n{key}\n\"\"\"\n";
        var bodyLine = key.Split('\n')[1];
        return (text, [gh, npm, openai, stripe, pg, generic, bodyLine]);
    }

    [Fact]
    public async Task No_finding_field_holds_a_full_secret()
    {
        var (text, secrets) = RealLookingFile();
        var dir = Directory.CreateTempSubdirectory("pg-redact-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(dir.FullName, "settings.py"), text);
            var result = await new Scanner().ScanAsync(new ScanRequest { Paths = [dir.FullName], BaseDirectory = dir.FullName });

            var secretFindings = result.Findings.Where(f => f.Analyzer == "secrets").ToList();
            Assert.True(secretFindings.Count >= 7, string.Join(", ", secretFindings.Select(f => f.RuleId)));
            foreach (var f in result.Findings)
            {
                var fields = new[] { f.Message, f.Snippet, f.Title, f.Fix, f.Fingerprint, f.Context, f.HelpUri }
                    .Concat(f.Properties.Values).Concat(f.Trace.Select(t => t.Message + t.Snippet)).Where(s => s is not null).ToList();
                foreach (var secret in secrets)
                {
                    Assert.DoesNotContain(fields, s => s!.Contains(secret, StringComparison.Ordinal));
                }
            }

            Assert.All(secretFindings, f => Assert.Contains(" chars)", f.Snippet!, StringComparison.Ordinal));
            Assert.All(secretFindings, f => Assert.Matches("^[0-9a-f]{16}$", f.Properties["secretHash"]));
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Masked_form_shows_a_prefix_and_the_length()
    {
        var secret = "sk-a" + new string('b', 47);

        Assert.Equal("sk-a…(51 chars)", SecretMask.Mask(secret, 4));
        Assert.Equal("ab…(7 chars)", SecretMask.Mask("abcdefg", 4));
        Assert.Equal("-----BEGIN RSA PRIVATE KEY-----…(900 chars)", SecretMask.Mask("-----BEGIN RSA PRIVATE KEY-----\n" + new string('Q', 868), 40));
    }

    [Fact]
    public void Line_redactor_masks_secrets_and_leaves_other_text()
    {
        var token = SecretFixtures.ChecksummedToken(new Random(8), "ghp_");
        var line = $"curl -H \"Authorization: token {token}\" https://example.invalid/api";

        var redacted = SecretRedactor.Redact(line);

        Assert.DoesNotContain(token, redacted, StringComparison.Ordinal);
        Assert.Contains("ghp_…(40 chars)", redacted, StringComparison.Ordinal);
        Assert.StartsWith("curl -H \"Authorization: token ", redacted, StringComparison.Ordinal);
        Assert.Equal("nothing to see here", SecretRedactor.Redact("nothing to see here"));
    }

    [Fact]
    public async Task Excerpts_of_other_analyzers_are_redacted_by_the_scanner()
    {
        var token = SecretFixtures.ChecksummedToken(new Random(9), "ghp_");
        var dir = Directory.CreateTempSubdirectory("pg-excerpt-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(dir.FullName, "run.sh"), $"echo start\ncurl -u me:{token} https://example.invalid\n");
            var result = await new Scanner([new LineTwoAnalyzer()]).ScanAsync(new ScanRequest { Paths = [dir.FullName], BaseDirectory = dir.FullName });

            var f = Assert.Single(result.Findings);
            Assert.DoesNotContain(token, f.Snippet!, StringComparison.Ordinal);
            Assert.Contains("curl -u me:ghp_…(40 chars)", f.Snippet!, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public async Task Same_secret_gives_the_same_fingerprint_and_a_rotated_one_does_not()
    {
        var rng = new Random(10);
        var a = SecretFixtures.ChecksummedToken(rng, "ghp_");
        var b = SecretFixtures.ChecksummedToken(rng, "ghp_");

        var fa = Assert.Single(SecretTestScan.Scan("x.py", $"t = \"{a}\"\n"));
        var fa2 = Assert.Single(SecretTestScan.Scan("x.py", $"\n\n# moved\nt = \"{a}\"\n"));
        var fb = Assert.Single(SecretTestScan.Scan("x.py", $"t = \"{b}\"\n"));

        Assert.Equal(fa.Fingerprint, fa2.Fingerprint);
        Assert.NotEqual(fa.Fingerprint, fb.Fingerprint);
        Assert.Equal(SecretHash.Of(a), fa.Properties["secretHash"]);
        await Task.CompletedTask;
    }

    [Fact]
    public void Show_secrets_re_reads_the_value_from_disk_only_when_the_hash_matches()
    {
        var token = SecretFixtures.ChecksummedToken(new Random(12), "ghp_");
        var dir = Directory.CreateTempSubdirectory("pg-reveal-");
        try
        {
            var path = Path.Combine(dir.FullName, "x.py");
            File.WriteAllText(path, $"t = \"{token}\"\n");
            var f = Assert.Single(SecretTestScan.Scan("x.py", $"t = \"{token}\"\n"));

            Assert.Equal(token, SecretReveal.Reveal(dir.FullName, f));
            File.WriteAllText(path, "t = \"changed since the scan\"\n");
            Assert.Null(SecretReveal.Reveal(dir.FullName, f));
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public async Task Snippets_set_by_other_analyzers_are_redacted_too()
    {
        var token = SecretFixtures.ChecksummedToken(new Random(13), "ghp_");
        var dir = Directory.CreateTempSubdirectory("pg-snippet-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(dir.FullName, "run.sh"), $"echo start\nexport GH=\"{token}\"\n");
            var result = await new Scanner([new LineTwoAnalyzer(withSnippet: true)]).ScanAsync(new ScanRequest { Paths = [dir.FullName], BaseDirectory = dir.FullName });

            var f = Assert.Single(result.Findings);
            Assert.DoesNotContain(token, f.Snippet!, StringComparison.Ordinal);
            Assert.Contains("ghp_…(40 chars)", f.Snippet!, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    private sealed class LineTwoAnalyzer(bool withSnippet = false) : IFileAnalyzer
    {
        public string Id => "line-two";

        public IReadOnlyList<RuleDescriptor> Rules { get; } = [];

        public bool AppliesTo(SourceFile file) => true;

        public void Analyze(SourceFile file, FileAnalysisContext context) => context.Report(new Finding
        {
            RuleId = "test.line-two",
            Title = "line two",
            Message = "a finding on line two",
            Severity = Severity.Low,
            Analyzer = Id,
            Location = Location.Line(file.RelativePath, 2),
            Snippet = withSnippet ? file.Lines.LineText(2) : null,
        });
    }
}
