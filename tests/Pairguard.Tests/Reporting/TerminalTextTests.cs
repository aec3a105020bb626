using Pairguard.Reporting;

namespace Pairguard.Tests.Reporting;

public class TerminalTextTests
{
    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("a\u001b[2Jb", @"a\u{001B}[2Jb")]
    [InlineData("x\u202Ey", @"x\u{202E}y")]
    [InlineData("zero\u200Bwidth", @"zero\u{200B}width")]
    [InlineData("bell\u0007", @"bell\u{0007}")]
    [InlineData("c1\u009B", @"c1\u{009B}")]
    [InlineData("tab\tx", "tab    x")]
    [InlineData("line\nbreak", @"line\u{000A}break")]
    [InlineData("caf\u00e9 \u65e5\u672c", "caf\u00e9 \u65e5\u672c")]
    public void Clean_escapes_control_invisible_and_bidi_characters(string input, string expected) =>
        Assert.Equal(expected, TerminalText.Clean(input));

    [Fact]
    public void Tag_characters_outside_the_BMP_are_escaped_whole()
    {
        var tagA = char.ConvertFromUtf32(0xE0041);
        Assert.Equal(@"a\u{E0041}b", TerminalText.Clean("a" + tagA + "b"));
    }

    [Fact]
    public void Emoji_outside_the_BMP_are_kept()
    {
        var rocket = char.ConvertFromUtf32(0x1F680);
        Assert.Equal(rocket, TerminalText.Clean(rocket));
    }

    [Fact]
    public void Newlines_can_be_kept_and_are_normalised()
    {
        Assert.Equal("a\nb\nc", TerminalText.Clean("a\r\nb\rc", keepNewlines: true));
    }
}
