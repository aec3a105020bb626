using Pairguard.AgentContext;

namespace Pairguard.Tests.AgentContext;

public class HiddenUnicodeCharactersTests
{
    [Fact]
    public void Every_character_of_interest_starts_with_a_candidate_unit()
    {
        for (var cp = 0; cp <= 0x10FFFF; cp++)
        {
            if (cp is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            var interesting = HiddenUnicodeCharacters.Bidi(cp) != BidiKind.None || HiddenUnicodeCharacters.IsInvisible(cp)
                || HiddenUnicodeCharacters.IsVariationSelector(cp) || HiddenUnicodeCharacters.IsTag(cp);
            if (interesting)
            {
                var first = char.ConvertFromUtf32(cp)[0];
                Assert.True(HiddenUnicodeCharacters.IsCandidateUnit(first), $"U+{cp:X4} would be skipped by the fast path");
            }
        }
    }

    [Fact]
    public void Ordinary_text_has_no_candidate_units()
    {
        const string text = "plain ascii, caf\u00E9 \u00A0 \u00AC \u4E2D\u6587 \u0645\u0631\u062D\u0628\u0627 \U0001F600 \u0E44\u0E17\u0E22";
        Assert.Equal(-1, HiddenUnicodeCharacters.NextCandidate(text, 0));
    }

    [Theory]
    [InlineData("abc\u200Bdef", 3)]
    [InlineData("\u4E2D\u6587\u202E", 2)]
    [InlineData("x\U000E0041", 1)]
    [InlineData("caf\u00E9 pass\u00ADword", 9)]
    public void Next_candidate_finds_the_first_unit_of_interest(string text, int expected)
    {
        Assert.Equal(expected, HiddenUnicodeCharacters.NextCandidate(text, 0));
    }

    [Fact]
    public void Next_candidate_starts_at_the_given_offset()
    {
        Assert.Equal(5, HiddenUnicodeCharacters.NextCandidate("a\u200Bbcd\u200B", 2));
    }
}
