using System.Text.RegularExpressions;
using Pairguard.Scanning;
using Pairguard.Secrets;

namespace Pairguard.Tests.Secrets;

public class DetectorCatalogTests
{
    [Fact]
    public void Built_in_detectors_load_and_are_linear_time()
    {
        var all = DetectorLoader.BuiltIn;

        Assert.All(all, d => Assert.True(DetectorLoader.Compile(d.Pattern, d.Group, d.Id).Options.HasFlag(RegexOptions.NonBacktracking), d.Id));
        Assert.Equal(all.Count, all.Select(d => d.Id).Distinct().Count());
        Assert.True(all.Count(d => d.Kind != DetectorKind.Generic) >= 150, $"only {all.Count(d => d.Kind != DetectorKind.Generic)} provider detectors");
    }

    [Fact]
    public void Every_detector_is_a_CWE_798_rule_of_the_secrets_analyzer()
    {
        var analyzer = new SecretsAnalyzer();

        Assert.Equal(DetectorLoader.BuiltIn.Count, analyzer.Rules.Count);
        Assert.All(analyzer.Rules, r =>
        {
            Assert.Equal([798], r.Cwe);
            Assert.Equal("A07:2021-Identification and Authentication Failures", r.Owasp);
            Assert.Equal("secrets", r.Analyzer);
            Assert.Contains("secret", r.Tags);
            Assert.Matches(@"^secrets\.[a-z0-9-]+\.[a-z0-9.-]+$", r.Id);
        });
    }

    [Theory]
    [InlineData("OpenAI")]
    [InlineData("Anthropic")]
    [InlineData("Hugging Face")]
    [InlineData("Google AI")]
    [InlineData("Cohere")]
    [InlineData("Mistral AI")]
    [InlineData("Groq")]
    [InlineData("Replicate")]
    [InlineData("AWS")]
    [InlineData("Azure")]
    [InlineData("Google Cloud")]
    [InlineData("GitHub")]
    [InlineData("GitLab")]
    [InlineData("Bitbucket")]
    [InlineData("npm")]
    [InlineData("PyPI")]
    [InlineData("NuGet")]
    [InlineData("RubyGems")]
    [InlineData("Docker Hub")]
    [InlineData("Stripe")]
    [InlineData("Slack")]
    [InlineData("Twilio")]
    [InlineData("SendGrid")]
    [InlineData("Datadog")]
    [InlineData("PostgreSQL")]
    [InlineData("Cryptographic key")]
    public void Required_providers_are_covered(string provider)
    {
        Assert.Contains(DetectorLoader.BuiltIn, d => d.Provider == provider);
    }

    [Fact]
    public void A_regex_that_needs_backtracking_is_rejected_at_load()
    {
        const string yaml = "detectors:\n  - id: secrets.test.backref\n    title: T\n    provider: P\n    keywords: [abc]\n    regex: '(abc)\\1'\n";

        var e = Assert.Throws<DetectorLoadException>(() => DetectorLoader.Parse(yaml, "bad.yaml"));
        Assert.Contains("NonBacktracking", e.Message);
    }

    [Fact]
    public void Unknown_validator_and_missing_group_are_rejected()
    {
        const string unknownValidator = "detectors:\n  - id: secrets.test.one\n    title: T\n    provider: P\n    keywords: [abc]\n    regex: '(abc)'\n    validator: nope\n";
        const string noGroup = "detectors:\n  - id: secrets.test.two\n    title: T\n    provider: P\n    keywords: [abc]\n    regex: 'abc'\n";

        Assert.Contains("unknown validator", Assert.Throws<DetectorLoadException>(() => DetectorLoader.Parse(unknownValidator, "x.yaml")).Message);
        Assert.Contains("capture group", Assert.Throws<DetectorLoadException>(() => DetectorLoader.Parse(noGroup, "x.yaml")).Message);
    }

    [Fact]
    public void The_analyzer_is_in_the_default_catalog()
    {
        Assert.Contains(AnalyzerCatalog.CreateDefault(), a => a.Id == "secrets");
    }
}
