using Pairguard.Secrets;

namespace Pairguard.Tests.Secrets;

public class DetectorFixtureTests
{
    public static TheoryData<string> DetectorIds()
    {
        var data = new TheoryData<string>();
        foreach (var d in DetectorLoader.BuiltIn)
        {
            data.Add(d.Id);
        }

        return data;
    }

    private static SecretDetector Detector(string id) => DetectorLoader.BuiltIn.Single(d => d.Id == id);

    private static int Seed(string id) => id.Aggregate(17, (h, c) => unchecked((h * 31) + c));

    [Theory]
    [MemberData(nameof(DetectorIds))]
    public void Each_detector_finds_its_generated_secret(string id)
    {
        var detector = Detector(id);
        var fixture = SecretFixtures.True(detector, Seed(id));

        var matches = SecretTestScan.Matches(fixture.Path, fixture.Text);

        var hit = matches.SingleOrDefault(m => m.Secret == fixture.Secret);
        Assert.True(hit is not null, $"{id}: no finding for its secret in {fixture.Path}:\n{fixture.Text}\nfound: {string.Join(", ", matches.Select(m => m.Detector.Id))}");
        Assert.Equal(id, hit.Detector.Id);
    }

    [Theory]
    [MemberData(nameof(DetectorIds))]
    public void Each_detector_ignores_its_placeholder_twin(string id)
    {
        var detector = Detector(id);
        var fixture = SecretFixtures.Placeholder(detector, SecretFixtures.True(detector, Seed(id)));

        var matches = SecretTestScan.Matches(fixture.Path, fixture.Text);

        var start = fixture.Text.IndexOf(fixture.Secret, StringComparison.Ordinal);
        Assert.True(start >= 0);
        var overlapping = matches.Where(m => m.Start < start + fixture.Secret.Length && start < m.End).ToList();
        Assert.True(overlapping.Count == 0, $"{id}: placeholder reported by {string.Join(", ", overlapping.Select(m => m.Detector.Id))} in:\n{fixture.Text}");
    }
}
