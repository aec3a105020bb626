using System.CommandLine;
using System.Text.Json;
using Pairguard.Cli.Commands;

namespace Pairguard.Tests.Dependencies;

public sealed class DepsCliTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "pairguard-cli-deps-" + Guid.NewGuid().ToString("N"));
    private readonly LoopbackRegistry _server = new();

    public DepsCliTests()
    {
        Directory.CreateDirectory(_dir);
        RegistryFixtures.PublishAll(_server);
        RegistryFixtures.Npm(_server, new FakePackage("express", RegistryFixtures.Old, 50));
        RegistryFixtures.PyPI(_server, new FakePackage("requests", RegistryFixtures.Old, 50));
        var registries = string.Join('\n', RegistryFixtures.Registries(_server).Select(kv => $"  {kv.Key}: {kv.Value}"));
        File.WriteAllText(Path.Combine(_dir, ".pairguard.yml"), "registries:\n" + registries + "\n");
    }

    public void Dispose()
    {
        _server.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, true);
    }

    private async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var root = new RootCommand { VetCommand.Create(), DepsCommand.Create() };
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var parse = root.Parse([.. args, "--cache-dir", Path.Combine(_dir, ".cache")]);
        Assert.Empty(parse.Errors);
        var code = await parse.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr });
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task VetOkPackageExitsZero()
    {
        var (code, output, _) = await Run("vet", "npm:express", "pypi:requests", "-C", _dir);
        Assert.Equal(0, code);
        Assert.Contains("npm:express", output, StringComparison.Ordinal);
        Assert.Contains("2 packages: 0 block, 0 review, 2 ok", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VetHallucinatedNameExitsOneAndSaysWhy()
    {
        var (code, output, _) = await Run("vet", "npm:react-async-form", "pypi:azure-ml-utils", "nuget:Demo.established@1.0.3", "-C", _dir, "--format", "json");
        Assert.Equal(1, code);
        using var doc = JsonDocument.Parse(output);
        var verdicts = doc.RootElement.GetProperty("packages").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("verdict").GetString());
        Assert.Equal("block", verdicts["react-async-form"]);
        Assert.Equal("block", verdicts["azure-ml-utils"]);
        Assert.Equal("ok", verdicts["Demo.established"]);
    }

    [Fact]
    public async Task VetCommandLineReadsTheRequirementFile()
    {
        File.WriteAllText(Path.Combine(_dir, "requirements.txt"), "requests\n");
        var (code, output, _) = await Run("vet", "--command", "pip install -r requirements.txt fastapi-auth-helper", "-C", _dir);
        Assert.Equal(1, code);
        Assert.Contains("pypi:requests", output, StringComparison.Ordinal);
        Assert.Contains("pypi:fastapi-auth-helper", output, StringComparison.Ordinal);
        Assert.Contains("block", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VetWithoutPackagesIsAUsageError()
    {
        var (code, _, err) = await Run("vet", "-C", _dir);
        Assert.Equal(2, code);
        Assert.Contains("nothing to vet", err, StringComparison.Ordinal);
        Assert.Equal(2, (await Run("vet", "react", "-C", _dir)).Code);
    }

    [Fact]
    public async Task DepsListsTheProjectWithVerdicts()
    {
        File.WriteAllText(Path.Combine(_dir, "package.json"), "{\"dependencies\": {\"express\": \"^4\", \"demo-brandnew\": \"1.0.0\"}}");
        var (code, output, _) = await Run("deps", _dir);
        Assert.Equal(1, code);
        Assert.Contains("npm:demo-brandnew", output, StringComparison.Ordinal);
        Assert.Contains("review", output, StringComparison.Ordinal);
        Assert.Contains("package.json:1", output, StringComparison.Ordinal);

        var offline = await Run("deps", _dir, "--offline", "--format", "json");
        using var doc = JsonDocument.Parse(offline.Out);
        Assert.Equal(0, doc.RootElement.GetProperty("requests").GetInt32());
        Assert.Equal(2, doc.RootElement.GetProperty("cacheHits").GetInt32());
    }
}
