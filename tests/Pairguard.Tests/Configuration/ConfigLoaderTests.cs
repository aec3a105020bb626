using Pairguard.Configuration;
using Pairguard.Scanning;

namespace Pairguard.Tests.Configuration;

public class ConfigLoaderTests
{
    [Fact]
    public void ParsesEveryKey()
    {
        var config = ConfigLoader.Parse("""
            version: 1
            fail-on: medium
            max-file-size: 512k
            paths:
              include: ["src/**"]
              exclude:
                - "tests/**"
                - "**/*.min.js"
            rules:
              python.crypto.*: off
              python.crypto.md5: { severity: low }
              agent.hidden-unicode.zero-width: critical
            analyzers:
              secrets: false
              dependencies:
                enabled: true
                options:
                  offline: true
            """, ".pairguard.yml");

        Assert.Equal(Severity.Medium, config.FailOn);
        Assert.Equal(512 * 1024, config.MaxFileSize);
        Assert.Equal(["src/**"], config.Include);
        Assert.Equal(["tests/**", "**/*.min.js"], config.Exclude);
        Assert.False(config.RuleSettingFor("python.crypto.sha1")!.Enabled);
        Assert.Equal(new RuleSetting(true, Severity.Low), config.RuleSettingFor("python.crypto.md5"));
        Assert.Equal(Severity.Critical, config.RuleSettingFor("agent.hidden-unicode.zero-width")!.Severity);
        Assert.Null(config.RuleSettingFor("java.sql.injection"));
        Assert.False(config.IsAnalyzerEnabled("secrets"));
        Assert.True(config.IsAnalyzerEnabled("dependencies"));
        Assert.True(config.IsAnalyzerEnabled("hidden-unicode"));
        Assert.Equal("true", config.AnalyzerOptions("dependencies")["offline"]);
    }

    [Theory]
    [InlineData("fail-on: never", true)]
    [InlineData("fail-on: high", false)]
    public void FailOnNever(string yaml, bool never) => Assert.Equal(never, ConfigLoader.Parse(yaml, "c.yml").FailNever);

    [Theory]
    [InlineData("colour: red", 1, "unknown key 'colour'")]
    [InlineData("version: 1\nfail-on: sometimes", 2, "'fail-on': invalid value 'sometimes'")]
    [InlineData("max-file-size: huge", 1, "'max-file-size': invalid size 'huge'")]
    [InlineData("rules:\n  a.b: maybe", 2, "'rules.a.b': invalid value 'maybe'")]
    [InlineData("rules:\n  a.b:\n    severity: extreme", 3, "'rules.a.b.severity': invalid severity 'extreme'")]
    [InlineData("rules:\n  a.b:\n    level: low", 3, "unknown key 'rules.a.b.level'")]
    [InlineData("paths:\n  includes: [x]", 2, "unknown key 'paths.includes'")]
    [InlineData("analyzers:\n  secrets: perhaps", 2, "'analyzers.secrets': invalid value 'perhaps'")]
    [InlineData("analyzers:\n  secrets:\n    enable: true", 3, "unknown key 'analyzers.secrets.enable'")]
    [InlineData("version: 2", 1, "'version': unsupported value '2'")]
    [InlineData("- a\n- b", 1, "must be a mapping")]
    [InlineData("rules: [a, b]", 1, "'rules': expected a mapping")]
    [InlineData("fail-on: [high]", 1, "'fail-on': expected a single value")]
    public void BadConfigNamesFileLineAndKey(string yaml, int line, string expected)
    {
        var e = Assert.Throws<ConfigException>(() => ConfigLoader.Parse(yaml, "proj/.pairguard.yml"));
        Assert.StartsWith($"proj/.pairguard.yml:{line}: ", e.Message);
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void InvalidYamlIsAConfigError()
    {
        var e = Assert.Throws<ConfigException>(() => ConfigLoader.Parse("rules:\n  a: [unclosed", "x.yml"));
        Assert.Contains("invalid YAML", e.Message);
        Assert.StartsWith("x.yml:", e.Message);
    }

    [Fact]
    public void EmptyFileIsEmptyConfig()
    {
        var config = ConfigLoader.Parse("", "x.yml");
        Assert.Null(config.FailOn);
        Assert.Empty(config.Rules);
    }

    [Theory]
    [InlineData("python.*", "python.sql.injection", true)]
    [InlineData("python.*", "java.sql.injection", false)]
    [InlineData("*.sql.*", "java.sql.injection", true)]
    [InlineData("*.sql.*", "java.xss.injection", false)]
    [InlineData("a.b", "a.b", true)]
    [InlineData("a.b", "a.bc", false)]
    [InlineData("*injection", "java.sql.injection", true)]
    public void RulePatterns(string pattern, string id, bool matches) => Assert.Equal(matches, RulePattern.Matches(pattern, id));

    [Theory]
    [InlineData("1048576", 1048576)]
    [InlineData("512k", 524288)]
    [InlineData("2MB", 2097152)]
    [InlineData("1.5 MiB", 1572864)]
    [InlineData("10b", 10)]
    public void Sizes(string text, long bytes)
    {
        Assert.True(SizeParser.TryParse(text, out var parsed));
        Assert.Equal(bytes, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-5")]
    [InlineData("0")]
    [InlineData("lots")]
    [InlineData("99999999999G")]
    public void BadSizes(string text) => Assert.False(SizeParser.TryParse(text, out _));
}
