using Pairguard.Dependencies;

namespace Pairguard.Tests.Dependencies;

public sealed class InstallCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "pairguard-install-" + Guid.NewGuid().ToString("N"));

    public InstallCommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, true);

    private List<(string, string, string?)> Parse(string line) =>
        InstallCommandParser.Parse(line, _dir).Packages.Select(p => (p.Ecosystem, p.Name, p.Version)).ToList();

    [Fact]
    public void PipWithRequirementFileAndNames()
    {
        File.WriteAllText(Path.Combine(_dir, "requirements.txt"), "flask==3.0.3\n-r more.txt\n");
        File.WriteAllText(Path.Combine(_dir, "more.txt"), "click\n");
        Assert.Equal(
            [(Ecosystems.PyPI, "flask", "==3.0.3"), (Ecosystems.PyPI, "click", null), (Ecosystems.PyPI, "fastapi-auth-helper", null), (Ecosystems.PyPI, "requests", ">=2")],
            Parse("pip install -r requirements.txt fastapi-auth-helper 'requests>=2' --index-url http://127.0.0.1:1/simple -U"));
    }

    [Theory]
    [InlineData("python3 -m pip install numpy==2.0.0", "pypi", "numpy", "==2.0.0")]
    [InlineData("uv pip install httpx", "pypi", "httpx", null)]
    [InlineData("uv add 'pydantic>=2'", "pypi", "pydantic", ">=2")]
    [InlineData("poetry add django@^5.0", "pypi", "django", "^5.0")]
    [InlineData("npm install --save-dev @types/node@20.1.0", "npm", "@types/node", "20.1.0")]
    [InlineData("npm i react-async-form", "npm", "react-async-form", null)]
    [InlineData("yarn add lodash@^4", "npm", "lodash", "^4")]
    [InlineData("pnpm add -D vitest", "npm", "vitest", null)]
    [InlineData("dotnet add src/App.csproj package Serilog --version 4.0.0", "nuget", "Serilog", "4.0.0")]
    [InlineData("go get github.com/spf13/cobra@v1.8.1", "go", "github.com/spf13/cobra", "v1.8.1")]
    [InlineData("cargo add serde@1.0", "cargo", "serde", "1.0")]
    [InlineData("gem install rails -v 7.1.0", "rubygems", "rails", "7.1.0")]
    [InlineData("composer require guzzlehttp/guzzle:^7.8", "packagist", "guzzlehttp/guzzle", "^7.8")]
    public void EveryTool(string line, string eco, string name, string? version) =>
        Assert.Equal([(eco, name, version)], Parse(line));

    [Fact]
    public void ChainedCommandsAndUnknownTools()
    {
        var parsed = InstallCommandParser.Parse("cd app && npm install express; sudo pip install flask || make build", _dir);
        Assert.Equal([(Ecosystems.Npm, "express", (string?)null), (Ecosystems.PyPI, "flask", null)], parsed.Packages.Select(p => (p.Ecosystem, p.Name, p.Version)).ToList());
        Assert.Equal(2, parsed.Notes.Count);
    }

    [Fact]
    public void LocalPathsAreNotPackages()
    {
        Assert.Empty(Parse("pip install -e . ./dist/pkg-1.0-py3-none-any.whl"));
        Assert.Empty(Parse("npm install ../shared file:./lib"));
    }

    [Theory]
    [InlineData("npm:react-async-form", "npm", "react-async-form", null)]
    [InlineData("npm:@scope/pkg@1.2.0", "npm", "@scope/pkg", "1.2.0")]
    [InlineData("pypi:azure-ml-utils", "pypi", "azure-ml-utils", null)]
    [InlineData("pip:requests==2.32.3", "pypi", "requests", "==2.32.3")]
    [InlineData("nuget:Foo@1.2.3", "nuget", "Foo", "1.2.3")]
    [InlineData("maven:com.google.guava:guava@33.0.0", "maven", "com.google.guava:guava", "33.0.0")]
    [InlineData("crates:serde", "cargo", "serde", null)]
    public void VetSpecs(string spec, string eco, string name, string? version)
    {
        var (reference, error) = PackageSpec.Parse(spec);
        Assert.Null(error);
        Assert.Equal((eco, name, version), (reference!.Ecosystem, reference.Name, reference.Version));
    }

    [Theory]
    [InlineData("react")]
    [InlineData("cobol:thing")]
    [InlineData("npm:")]
    public void BadVetSpecs(string spec) => Assert.NotNull(PackageSpec.Parse(spec).Error);
}
