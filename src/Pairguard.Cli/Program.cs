using System.CommandLine;
using Pairguard.Cli.Commands;

namespace Pairguard.Cli;

/// <summary>Entry point of the <c>pairguard</c> command.</summary>
public static class Program
{
    public static Task<int> Main(string[] args) => RunAsync(args, Console.Out, Console.Error);

    /// <summary>Runs the command line with the given writers; used by <see cref="Main"/> and by tests.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        var root = BuildRootCommand();
        var parse = root.Parse(args);
        var config = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        if (parse.Errors.Count > 0 && parse.Action is not System.CommandLine.Help.HelpAction)
        {
            var error = parse.Errors.FirstOrDefault(e => e.Message.Contains('\'', StringComparison.Ordinal)) ?? parse.Errors[0];
            stderr.WriteLine($"pairguard: {OneLine(error.Message)} (see 'pairguard --help')");
            return ExitCodes.UsageError;
        }

        try
        {
            return await parse.InvokeAsync(config, cancellationToken).ConfigureAwait(false);
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"pairguard: {e.Message}");
            return ExitCodes.UsageError;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            stderr.WriteLine("pairguard: cancelled");
            return ExitCodes.InternalError;
        }
        catch (Exception e)
        {
            stderr.WriteLine($"pairguard: internal error: {e.GetType().Name}: {e.Message}");
            stderr.WriteLine("Please report this with the command line you ran.");
            return ExitCodes.InternalError;
        }
    }

    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>The root command with every subcommand registered.</summary>
    public static RootCommand BuildRootCommand()
    {
        var root = new RootCommand("""
            Pairguard: a security guard for AI-assisted coding. Finds the flaws coding assistants write
            (injection, XSS, path traversal, weak crypto, disabled TLS checks), hard-coded secrets,
            hallucinated dependencies and instructions hidden for AI agents.

            Examples:
              pairguard scan                          scan the current directory
              pairguard scan --format sarif -o out.sarif
              pairguard baseline create               accept today's findings
            """);
        root.Subcommands.Add(ScanCommand.Create());
        root.Subcommands.Add(BaselineCommand.Create());
        root.Subcommands.Add(RulesCommand.Create());
        root.Subcommands.Add(ParseCommand.Create());
        root.Subcommands.Add(DepsCommand.Create());
        root.Subcommands.Add(VetCommand.Create());
        root.Subcommands.Add(SecretsCommand.Create());
        root.Subcommands.Add(HookCommand.Create());
        return root;
    }
}
