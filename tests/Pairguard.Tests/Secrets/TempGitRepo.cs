using System.Diagnostics;

namespace Pairguard.Tests.Secrets;

/// <summary>A throw-away git repository for tests (local identity, no global hooks).</summary>
internal sealed class TempGitRepo : IDisposable
{
    public TempGitRepo()
    {
        Root = Directory.CreateTempSubdirectory("pg-git-").FullName;
        Git("init", "-q", "-b", "main");
        Git("config", "user.email", "dev@example.invalid");
        Git("config", "user.name", "Dev");
        Git("config", "commit.gpgsign", "false");
        Git("config", "core.hooksPath", ".git/hooks");
    }

    public string Root { get; }

    public void Write(string path, string text)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    public string Commit(string message)
    {
        Git("add", "-A");
        Git("commit", "-q", "-m", message);
        return Git("rev-parse", "HEAD").Trim();
    }

    public string Git(params string[] args)
    {
        var (code, stdout, stderr) = Run("git", args);
        if (code != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', args)}: {stderr}");
        }

        return stdout;
    }

    public (int Code, string Stdout, string Stderr) Run(string program, params string[] args)
    {
        var psi = new ProcessStartInfo(program) { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEndAsync();
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, output, err.Result);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
