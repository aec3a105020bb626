using Pairguard.Secrets;

namespace Pairguard.Tests.Secrets;

public class KeywordPrefilterTests
{
    private static SecretDetector Detector(string id, params string[] keywords) =>
        new()
        {
            Id = id,
            Title = id,
            Description = id,
            Provider = id,
            Keywords = keywords,
            Pattern = "x",
            Rule = DetectorLoader.BuiltIn[0].Rule,
        };

    /// <summary>Every (detector, offset, length) a naive search of every keyword at every position finds, in text order.</summary>
    private static List<(int Detector, int At, int Length)> Naive(IReadOnlyList<SecretDetector> detectors, string text)
    {
        var hits = new List<(int, int, int)>();
        for (var at = 0; at < text.Length; at++)
        {
            for (var d = 0; d < detectors.Count; d++)
            {
                foreach (var k in detectors[d].Keywords.Distinct(StringComparer.OrdinalIgnoreCase))
                {
                    if (text.AsSpan(at).StartsWith(k, StringComparison.OrdinalIgnoreCase))
                    {
                        hits.Add((d, at, k.Length));
                    }
                }
            }
        }

        return hits.OrderBy(h => h.Item2).ThenBy(h => h.Item3).ThenBy(h => h.Item1).ToList();
    }

    private static List<(int Detector, int At, int Length)> Scan(IReadOnlyList<SecretDetector> detectors, string text)
    {
        var hits = new List<(int, int, int)>();
        new KeywordPrefilter(detectors).Scan(text, (d, at, len) => hits.Add((d, at, len)));
        return hits;
    }

    [Fact]
    public void LongerKeywordsThatContainAShorterOneAreFoundAroundItsHits()
    {
        var detectors = new[]
        {
            Detector("a", "token"),
            Detector("b", "slack_token", "xoxb-"),
            Detector("c", "TOKEN_SECRET", "tokentoken"),
            Detector("d", "ok"),
        };
        var text = "SLACK_TOKEN=xoxb-1 token_secret tokentokentoken ok Token";

        var hits = Scan(detectors, text);

        Assert.Equal(Naive(detectors, text), hits);
        Assert.Contains((1, 0, "slack_token".Length), hits);
        Assert.Contains((2, text.IndexOf("token_secret", StringComparison.Ordinal), "token_secret".Length), hits);
        Assert.Equal(2, hits.Count(h => h.Detector == 2 && h.Length == "tokentoken".Length));
    }

    [Fact]
    public void FindsExactlyWhatANaiveSearchFindsForEveryBuiltInKeyword()
    {
        var detectors = DetectorLoader.BuiltIn;
        var keywords = detectors.SelectMany(d => d.Keywords).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

        // Each keyword once as written, once upper-cased, once glued to the next one, with ordinary code between.
        var text = string.Join("\n", keywords.Select((k, i) => $"x = \"{k}\"; {k.ToUpperInvariant()} {k}{keywords[(i + 1) % keywords.Count]}"));

        var hits = Scan(detectors, text);

        Assert.True(keywords.Count > 300, $"only {keywords.Count} keywords");
        Assert.Equal(Naive(detectors, text), hits);
    }

    [Fact]
    public void AnEmptyTextAndATextWithoutKeywordsHaveNoHits()
    {
        Assert.Empty(Scan(DetectorLoader.BuiltIn, ""));
        Assert.Empty(Scan(DetectorLoader.BuiltIn, "lorem ipsum dolor sit amet"));
    }
}
