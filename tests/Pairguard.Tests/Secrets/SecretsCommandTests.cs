using System.CommandLine;
using Pairguard.Cli.Commands;

namespace Pairguard.Tests.Secrets;

public class SecretsCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var root = new RootCommand("test");
        root.Subcommands.Add(SecretsCommand.Create());
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = root.Parse(args).Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    public void Output_formats_never_hold_a_full_secret(string format)
    {
        var rng = new Random(51);
        var secrets = new[]
        {
            SecretFixtures.ChecksummedToken(rng, "ghp_"),
            "sk_live_" + SecretFixtures.RandomAlnum(rng, 32),
            "xoxb-2400000000" + "1-2400000000" + "2-" + SecretFixtures.RandomAlnum(rng, 24),
            "Zt8qLm2VxP4wHq7v",
        };
        var dir = Directory.CreateTempSubdirectory("pg-cmd-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "app.py"), $"GH = \"{secrets[0]}\"\nSTRIPE = \"{secrets[1]}\"\nSLACK = \"{secrets[2]}\"\nDB = \"postgres://app:{secrets[3]}@db.internal/app\"\n");

            var (code, output, error) = Run("secrets", dir.FullName, "--format", format);

            Assert.Equal(1, code);
            Assert.Contains("secrets.github.pat-classic", output, StringComparison.Ordinal);
            Assert.Contains("secrets.postgres.url-password", output, StringComparison.Ordinal);
            foreach (var s in secrets)
            {
                Assert.DoesNotContain(s, output + error, StringComparison.Ordinal);
            }
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Show_secrets_prints_the_value_only_when_asked()
    {
        var token = SecretFixtures.ChecksummedToken(new Random(52), "ghp_");
        var dir = Directory.CreateTempSubdirectory("pg-show-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "app.py"), $"GH = \"{token}\"\n");

            Assert.DoesNotContain(token, Run("secrets", dir.FullName).Out, StringComparison.Ordinal);
            Assert.Contains(token, Run("secrets", dir.FullName, "--show-secrets").Out, StringComparison.Ordinal);
            Assert.Equal(2, Run("secrets", Path.Combine(dir.FullName, "missing")).Code);
            File.WriteAllText(Path.Combine(dir.FullName, "app.py"), "GH = os.environ[\"GH\"]\n");
            Assert.Equal(0, Run("secrets", dir.FullName).Code);
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
