using Pairguard.Tests.Secrets;
using Pairguard.Tests.Support;

namespace Pairguard.Tests.Cli;

public class RedactionAcrossFormatsTests
{
    [Fact]
    public async Task NoOutputFormatNorTheBaselineHoldsAFullSecret_UnlessShowSecretsIsAsked()
    {
        var (text, secrets) = RedactionTests.RealLookingFile();
        using var tree = new TestTree();
        tree.Write("src/settings.py", text);
        var src = Path.Combine(tree.Root, "src");
        var json = Path.Combine(tree.Root, "out", "r.json");
        var sarif = Path.Combine(tree.Root, "out", "r.sarif");
        var baseline = Path.Combine(tree.Root, "out", "b.json");

        var run = await CliRunner.Invoke("scan", src, "--format", "json", "-o", json, "--format", "sarif", "-o", sarif, "--format", "text", "--show-suppressed", "--fail-on", "never");
        Assert.Equal(0, run.ExitCode);
        var create = await CliRunner.Invoke("baseline", "create", src, "--output", baseline);
        Assert.Equal(0, create.ExitCode);
        var secretsCmd = await CliRunner.Invoke("secrets", src);

        var outputs = new Dictionary<string, string>
        {
            ["json"] = File.ReadAllText(json),
            ["sarif"] = File.ReadAllText(sarif),
            ["text"] = run.Out + run.Err,
            ["baseline"] = File.ReadAllText(baseline),
            ["secrets command"] = secretsCmd.Out + secretsCmd.Err,
        };
        Assert.Contains("secrets.", outputs["json"]);
        Assert.Contains("secrets.", outputs["sarif"]);
        foreach (var (name, content) in outputs)
        {
            foreach (var secret in secrets)
            {
                Assert.False(content.Contains(secret, StringComparison.Ordinal), $"{name} output contains a full secret ({secret[..4]}…)");
            }
        }

        var shown = await CliRunner.Invoke("scan", src, "--format", "text", "--show-secrets", "--fail-on", "never");
        Assert.Contains(secrets[0], shown.Out);
    }
}
