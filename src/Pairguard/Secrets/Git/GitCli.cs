using System.Diagnostics;
using System.Text;

namespace Pairguard.Secrets.Git;

/// <summary>A git command that failed, with its stderr.</summary>
public sealed class GitException(string message) : Exception(message);

/// <summary>Runs the git command line in a repository (never a shell; arguments are passed as a list).</summary>
public sealed class GitCli
{
    public GitCli(string repositoryDirectory)
    {
        Directory = repositoryDirectory;
    }

    public string Directory { get; }

    /// <summary>Starts git with stdout (and optionally stdin) redirected.</summary>
    public Process Start(IEnumerable<string> args, bool redirectInput = false)
    {
        var psi = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = redirectInput,
            UseShellExecute = false,
            WorkingDirectory = Directory,
        };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add("core.quotePath=false");
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        try
        {
            return Process.Start(psi) ?? throw new GitException("git could not be started");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new GitException("git is not installed or not on PATH: " + e.Message);
        }
    }

    /// <summary>Runs git to completion and returns its stdout bytes; throws <see cref="GitException"/> on a non-zero exit.</summary>
    public byte[] Run(params string[] args)
    {
        using var p = Start(args);
        var stderr = p.StandardError.ReadToEndAsync();
        using var ms = new MemoryStream();
        p.StandardOutput.BaseStream.CopyTo(ms);
        p.WaitForExit();
        if (p.ExitCode != 0)
        {
            throw new GitException($"git {string.Join(' ', args)} failed ({p.ExitCode}): {stderr.Result.Trim()}");
        }

        return ms.ToArray();
    }

    /// <summary>Runs git and returns stdout as UTF-8 text.</summary>
    public string RunText(params string[] args) => Encoding.UTF8.GetString(Run(args));

    /// <summary>The top directory of the work tree containing <paramref name="directory"/>.</summary>
    public static string TopLevel(string directory) => new GitCli(directory).RunText("rev-parse", "--show-toplevel").Trim();
}
