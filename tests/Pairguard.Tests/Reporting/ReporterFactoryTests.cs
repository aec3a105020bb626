using Pairguard.Reporting;

namespace Pairguard.Tests.Reporting;

public class ReporterFactoryTests
{
    [Theory]
    [InlineData("text", typeof(TextReporter))]
    [InlineData("json", typeof(JsonReporter))]
    [InlineData("sarif", typeof(SarifReporter))]
    [InlineData("SARIF", typeof(SarifReporter))]
    [InlineData(" json ", typeof(JsonReporter))]
    public void Known_format_names_give_their_reporter(string name, Type expected)
    {
        var reporter = ReporterFactory.Create(name);

        Assert.IsType(expected, reporter);
        Assert.Equal(name.Trim().ToLowerInvariant(), reporter.Format);
    }

    [Fact]
    public void Formats_lists_every_format_once()
    {
        Assert.Equal(["text", "json", "sarif"], ReporterFactory.Formats);
    }

    [Theory]
    [InlineData("xml")]
    [InlineData("")]
    public void Unknown_format_is_a_clear_error_listing_the_formats(string name)
    {
        var e = Assert.Throws<ArgumentException>(() => ReporterFactory.Create(name));

        Assert.Contains($"unknown output format '{name}'", e.Message, StringComparison.Ordinal);
        Assert.Contains("text, json, sarif", e.Message, StringComparison.Ordinal);
        Assert.False(ReporterFactory.TryCreate(name, out _));
    }
}
