using Pairguard.Configuration;
using Pairguard.Scanning;

namespace Pairguard.Tests.Scanning;

/// <summary>A directory tree under the system temp directory, created for one test and deleted afterwards.</summary>
internal sealed class TempTree : IDisposable
{
    public TempTree()
    {
        Root = Path.Combine(Path.GetTempPath(), "pairguard-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public TempTree File(string relative, string content = "x = 1\n")
    {
        var full = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllText(full, content);
        return this;
    }

    public TempTree Bytes(string relative, byte[] content)
    {
        var full = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllBytes(full, content);
        return this;
    }

    public TempTree Dir(string relative)
    {
        Directory.CreateDirectory(PathOf(relative));
        return this;
    }

    /// <summary>Creates a symbolic link at <paramref name="relative"/> whose target text is <paramref name="target"/>.</summary>
    public TempTree DirLink(string relative, string target)
    {
        var full = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        Directory.CreateSymbolicLink(full, target);
        return this;
    }

    public TempTree FileLink(string relative, string target)
    {
        var full = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        System.IO.File.CreateSymbolicLink(full, target);
        return this;
    }

    public ScanRequest Request(Func<ScanRequest, ScanRequest>? tweak = null, params string[] paths)
    {
        var request = new ScanRequest
        {
            Paths = paths.Length == 0 ? [Root] : paths.Select(PathOf).ToList(),
            BaseDirectory = Root,
            Config = PairguardConfig.Empty,
        };
        return tweak is null ? request : tweak(request);
    }

    /// <summary>Runs discovery over the whole tree (or the given paths) and returns the relative paths found.</summary>
    public List<string> Discover(Func<ScanRequest, ScanRequest>? tweak = null, params string[] paths) => Discover(out _, tweak, paths);

    public List<string> Discover(out List<Diagnostic> diagnostics, Func<ScanRequest, ScanRequest>? tweak = null, params string[] paths)
    {
        diagnostics = [];
        return new Workspace(Request(tweak, paths)).Discover(diagnostics).Select(f => f.RelativePath).ToList();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
        {
            // Trees deeper than the OS path limit need a tool that works with relative paths.
            if (!OperatingSystem.IsWindows())
            {
                using var rm = System.Diagnostics.Process.Start("rm", ["-rf", Root]);
                rm.WaitForExit();
            }
        }
    }
}
