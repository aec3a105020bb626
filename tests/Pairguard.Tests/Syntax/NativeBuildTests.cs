using System.Diagnostics;

namespace Pairguard.Tests.Syntax;

/// <summary>native/build.sh refuses tampered tarballs and names the missing tools. Runs offline on the tarballs the build fetched.</summary>
public sealed class NativeBuildTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("pairguard-native-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void A_tampered_tarball_fails_the_integrity_check()
    {
        var (script, pkgs) = Locate();
        var line = File.ReadLines(Path.Combine(Path.GetDirectoryName(script)!, "grammars.txt")).Single(l => l.StartsWith("json ", StringComparison.Ordinal));
        var list = Path.Combine(_temp, "grammars.txt");
        File.WriteAllText(list, line + "\n");
        var work = Path.Combine(_temp, "work");
        Directory.CreateDirectory(Path.Combine(work, "pkgs"));
        var tarball = Path.Combine(work, "pkgs", "tree-sitter-json-0.24.8.tgz");
        File.Copy(Path.Combine(pkgs, "tree-sitter-json-0.24.8.tgz"), tarball);

        var intact = Run(script, list, "--verify-only", work);
        Assert.True(intact.Code == 0, intact.Output);
        Assert.Contains("all 1 tarballs match", intact.Output, StringComparison.Ordinal);

        using (var stream = new FileStream(tarball, FileMode.Open, FileAccess.Write))
        {
            stream.Seek(100, SeekOrigin.Begin);
            stream.WriteByte(0x42);
        }

        var tampered = Run(script, list, "--verify-only", work);
        Assert.Equal(1, tampered.Code);
        Assert.Contains("pairguard-native: error: integrity check failed for tree-sitter-json@0.24.8", tampered.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(tarball)); // removed, so the next build fetches it anew
    }

    [Fact]
    public void A_grammar_list_without_a_sha512_pin_is_rejected()
    {
        var (script, _) = Locate();
        var list = Path.Combine(_temp, "grammars.txt");
        File.WriteAllText(list, "json tree_sitter_json tree-sitter-json@0.24.8 src sha1-abcdef\n");
        var result = Run(script, list, "--verify-only", Path.Combine(_temp, "work"));
        Assert.Equal(1, result.Code);
        Assert.Contains("must pin a sha512 integrity", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_build_tools_are_named_in_one_error()
    {
        var (script, _) = Locate();
        var emptyPath = Directory.CreateDirectory(Path.Combine(_temp, "bin")).FullName;
        var result = Run(script, null, Path.Combine(_temp, "work"), Path.Combine(_temp, "out.so"), path: emptyPath);
        Assert.Equal(1, result.Code);
        Assert.Contains("missing tool(s): npm node tar gcc make", result.Output, StringComparison.Ordinal);
        Assert.Single(result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private static (string Script, string Pkgs) Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var script = Path.Combine(dir.FullName, "native", "build.sh");
            if (File.Exists(script))
            {
                return (script, Path.Combine(dir.FullName, "src", "Pairguard", "obj", "treesitter", "pkgs"));
            }
        }

        throw new InvalidOperationException("native/build.sh not found above " + AppContext.BaseDirectory);
    }

    private static (int Code, string Output) Run(string script, string? grammarList, string arg1, string arg2, string? path = null)
    {
        var start = new ProcessStartInfo("/bin/bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(arg1);
        start.ArgumentList.Add(arg2);
        if (grammarList is not null)
        {
            start.Environment["PAIRGUARD_GRAMMARS"] = grammarList;
        }

        if (path is not null)
        {
            start.Environment["PATH"] = path;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr);
    }
}
