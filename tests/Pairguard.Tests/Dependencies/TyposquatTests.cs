using Pairguard.Dependencies;
using Pairguard.Dependencies.Risk;

namespace Pairguard.Tests.Dependencies;

public sealed class TyposquatTests
{
    private static readonly Typosquat Npm = Typosquat.ForEcosystem(Ecosystems.Npm);
    private static readonly Typosquat PyPI = Typosquat.ForEcosystem(Ecosystems.PyPI);

    [Theory]
    [InlineData("reqeusts", "requests")]
    [InlineData("python-requests", "requests")]
    [InlineData("requests-python", "requests")]
    [InlineData("scikitlearn", "scikit-learn")]
    [InlineData("learn-scikit", "scikit-learn")]
    [InlineData("djnago", "django")]
    public void PyPINearMisses(string name, string target)
    {
        var hit = PyPI.Check(name);
        Assert.NotNull(hit);
        Assert.Equal(target, hit.Value.Target);
    }

    [Theory]
    [InlineData("lodahs", "lodash")]
    [InlineData("expresss", "express")]
    [InlineData("@typs/node", "@types/node")]
    [InlineData("rеact", "react")]
    [InlineData("node-lodash", "lodash")]
    public void NpmNearMisses(string name, string target)
    {
        var hit = Npm.Check(name);
        Assert.NotNull(hit);
        Assert.Equal(target, hit.Value.Target);
    }

    [Theory]
    [InlineData("react")]
    [InlineData("lodash")]
    [InlineData("@types/node")]
    [InlineData("express")]
    [InlineData("zod")]
    public void PopularNamesAreNeverTyposquats(string name)
    {
        Assert.True(Npm.IsPopular(name));
        Assert.Null(Npm.Check(name));
    }

    [Fact]
    public void HomoglyphIsNamed()
    {
        var hit = Npm.Check("rеact");
        Assert.Contains("homoglyph", hit!.Value.How, StringComparison.Ordinal);
    }

    [Fact]
    public void UnrelatedNamesAreNotFlagged()
    {
        Assert.Null(Npm.Check("my-company-internal-billing-service"));
        Assert.Null(PyPI.Check("acme-internal-pipeline-tooling"));
        Assert.Null(Npm.Check("ab"));
    }

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("abcd", "acbd", 1)]
    [InlineData("requests", "reqeusts", 1)]
    [InlineData("same", "same", 0)]
    [InlineData("", "abc", 3)]
    public void DamerauLevenshtein(string a, string b, int expected) => Assert.Equal(expected, Typosquat.Distance(a, b));

    [Fact]
    public void DistanceStopsEarlyPastTheLimit() => Assert.Equal(3, Typosquat.Distance("aaaaaaaa", "bbbbbbbb", 2));
}
