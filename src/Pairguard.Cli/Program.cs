using System.CommandLine;
using Pairguard.Cli.Commands;

namespace Pairguard.Cli;

/// <summary>Entry point of the <c>pairguard</c> command.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("Pairguard: a security guard for AI-assisted coding.");
        root.Subcommands.Add(SecretsCommand.Create());
        root.Subcommands.Add(HookCommand.Create());
        return root.Parse(args).Invoke();
    }
}
