using Pairguard.AgentContext;
using Pairguard.Scanning;

namespace Pairguard.Tests.Scanning;

public class ScannerDiscoveryTests
{
    [Fact]
    public async Task ScanOverAMessyTreeCompletesWithTheExpectedDiagnostics()
    {
        using var outside = new TempTree().File("elsewhere.py");
        using var tree = new TempTree()
            .File(".gitignore", "*.log\nbuild-cache/\n")
            .File("app.py", "x = 'ok'\n")
            .File("trojan.py", "access = \"user\u202E \u2066// admin\u2069 \u2066\"\n")
            .File("debug.log").File("build-cache/x.py")
            .File("node_modules/dep/index.js")
            .Bytes("logo.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3])
            .Bytes("blob.dat", [1, 0, 2])
            .File("huge.py", new string('#', 5000))
            .Bytes("latin1.py", [.. "s = 'caf"u8, 0xE9, .. "'\n"u8])
            .File("static/app.min.js")
            .DirLink("loop", ".")
            .DirLink("outside", outside.Root);
        var request = tree.Request(r => r with { MaxFileSize = 4096, Paths = [tree.Root, tree.PathOf("missing.py")] });

        var result = await new Scanner([new HiddenUnicodeAnalyzer()]).ScanAsync(request);

        var kinds = result.Diagnostics.Select(d => $"{d.Kind} {d.Path}: {d.Message}").ToList();
        Assert.Equal(
            [
                $"ReadError {tree.PathOf("missing.py")}: path does not exist",
                "Skipped blob.dat: binary file (NUL byte found)",
                "Skipped huge.py: file is larger than the size limit (5,000 > 4,096 bytes)",
                "Warning latin1.py: invalid UTF-8 byte sequences were replaced while decoding",
                "Skipped logo.png: binary file (PNG image)",
                "Skipped outside: symbolic link points outside the scanned directory; not followed",
                "Skipped static/app.min.js: minified bundle (skipped by default; --no-default-excludes scans it)",
            ],
            kinds.OrderBy(k => k[(k.IndexOf(' ') + 1)..], StringComparer.Ordinal));
        Assert.Equal(7, result.Stats.FilesDiscovered); // .gitignore, app.py, trojan.py, blob.dat, huge.py, latin1.py, logo.png
        Assert.Equal(4, result.Stats.FilesAnalyzed);
        Assert.Contains(result.Findings, f => f.Location.Path == "trojan.py" && f.RuleId == HiddenUnicodeRules.BidiControl.Id);
        Assert.DoesNotContain(result.Findings, f => f.Location.Path != "trojan.py");
    }
}
