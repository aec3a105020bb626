using System.CommandLine;
using Pairguard.Secrets.Git;

namespace Pairguard.Cli.Commands;

/// <summary><c>pairguard hook install|uninstall pre-commit</c>: manages the git pre-commit hook that runs the staged scan.</summary>
public static class HookCommand
{
    public static Command Create()
    {
        var hook = new Command("hook", "Install or remove the git pre-commit hook that scans what is about to be committed.");
        hook.Subcommands.Add(Install());
        hook.Subcommands.Add(Uninstall());
        return hook;
    }

    private static Argument<string> Kind() => new("kind")
    {
        Description = "The hook to manage (only pre-commit is supported).",
        DefaultValueFactory = _ => "pre-commit",
    };

    private static Command Install()
    {
        var kind = Kind();
        var force = new Option<bool>("--force") { Description = "Replace an existing hook not written by Pairguard instead of chaining it." };
        var command = new Option<string>("--command") { Description = "How the hook starts Pairguard (default: pairguard).", DefaultValueFactory = _ => "pairguard" };
        var secretsOnly = new Option<bool>("--secrets-only") { Description = "Run only the secrets scan of the staged files (faster than the full staged scan)." };
        var repo = new Option<string>("--repo") { Description = "Repository directory (default: the current directory).", DefaultValueFactory = _ => "." };
        var cmd = new Command("install", "Write .git/hooks/pre-commit; an existing foreign hook is kept and run first (chained) unless --force.");
        cmd.Arguments.Add(kind);
        cmd.Options.Add(force);
        cmd.Options.Add(command);
        cmd.Options.Add(secretsOnly);
        cmd.Options.Add(repo);
        cmd.SetAction(parse =>
        {
            if (parse.GetValue(kind) != "pre-commit")
            {
                parse.InvocationConfiguration.Error.WriteLine("pairguard: only the pre-commit hook is supported");
                return 2;
            }

            try
            {
                var root = GitCli.TopLevel(parse.GetValue(repo)!);
                var run = $"{parse.GetValue(command)} {(parse.GetValue(secretsOnly) ? "secrets --staged" : "scan --staged")}";
                var outcome = PreCommitHook.Install(root, run, parse.GetValue(force));
                var message = outcome switch
                {
                    HookOutcome.Chained => $"Installed the pre-commit hook; the existing hook was kept as {PreCommitHook.ChainedName} and runs first.",
                    HookOutcome.Replaced => "Replaced the existing pre-commit hook (--force).",
                    HookOutcome.Updated => "Updated the Pairguard pre-commit hook.",
                    HookOutcome.Foreign => $"A foreign pre-commit hook exists and {PreCommitHook.ChainedName} is taken; use --force to replace the hook.",
                    _ => "Installed the pre-commit hook.",
                };
                (outcome == HookOutcome.Foreign ? parse.InvocationConfiguration.Error : parse.InvocationConfiguration.Output).WriteLine(message);
                return outcome == HookOutcome.Foreign ? 1 : 0;
            }
            catch (GitException e)
            {
                parse.InvocationConfiguration.Error.WriteLine($"pairguard: {e.Message}");
                return 2;
            }
        });
        return cmd;
    }

    private static Command Uninstall()
    {
        var kind = Kind();
        var repo = new Option<string>("--repo") { Description = "Repository directory (default: the current directory).", DefaultValueFactory = _ => "." };
        var cmd = new Command("uninstall", "Remove Pairguard's pre-commit hook and restore a chained one.");
        cmd.Arguments.Add(kind);
        cmd.Options.Add(repo);
        cmd.SetAction(parse =>
        {
            try
            {
                var outcome = PreCommitHook.Uninstall(GitCli.TopLevel(parse.GetValue(repo)!));
                var output = parse.InvocationConfiguration.Output;
                switch (outcome)
                {
                    case HookOutcome.Foreign:
                        parse.InvocationConfiguration.Error.WriteLine("pairguard: the pre-commit hook was not written by Pairguard; left unchanged.");
                        return 1;
                    case HookOutcome.NotInstalled:
                        output.WriteLine("No pre-commit hook is installed.");
                        return 0;
                    case HookOutcome.Restored:
                        output.WriteLine("Removed the Pairguard pre-commit hook and restored the previous one.");
                        return 0;
                    default:
                        output.WriteLine("Removed the Pairguard pre-commit hook.");
                        return 0;
                }
            }
            catch (GitException e)
            {
                parse.InvocationConfiguration.Error.WriteLine($"pairguard: {e.Message}");
                return 2;
            }
        });
        return cmd;
    }
}
