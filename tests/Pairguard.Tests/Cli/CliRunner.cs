namespace Pairguard.Tests.Cli;

/// <summary>Runs the pairguard command line in-process and captures its output.</summary>
public static class CliRunner
{
    public sealed record Run(int ExitCode, string Out, string Err);

    public static async Task<Run> Invoke(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await Pairguard.Cli.Program.RunAsync(args, stdout, stderr);
        return new Run(code, stdout.ToString(), stderr.ToString());
    }
}
