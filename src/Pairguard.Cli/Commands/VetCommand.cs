using System.CommandLine;
using Pairguard.Configuration;
using Pairguard.Dependencies;

namespace Pairguard.Cli.Commands;

/// <summary><c>pairguard vet</c>: is this package safe to install? Answers for named packages or for an install command line, before anything is installed.</summary>
public static class VetCommand
{
    private const string Examples = """

        Examples:
          pairguard vet npm:react-async-form pypi:azure-ml-utils nuget:Foo@1.2.3
          pairguard vet --command "pip install -r requirements.txt fastapi-auth-helper"
          pairguard vet --command "npm install left-pad@1.3.0 && dotnet add package Serilog"

        Ecosystems: npm, pypi, nuget, go, cargo, rubygems, packagist, maven (aliases: pip, crates, gem, composer...).
        Commands understood: pip/uv/poetry/pdm/pipenv, npm/yarn/pnpm/bun, dotnet/nuget, go, cargo, gem/bundle, composer.

        Exit codes: 0 every package ok, 1 a package to review or block, or one that could not be verified,
                    2 usage error.
        """;

    public static Command Create()
    {
        var specs = new Argument<string[]>("PACKAGE") { Description = "ECOSYSTEM:NAME[@VERSION] of each package to vet.", Arity = ArgumentArity.ZeroOrMore };
        var commandLine = new Option<string?>("--command", "-c") { Description = "An install command line to vet (the packages and requirement files it names).", HelpName = "COMMAND" };
        var directory = new Option<string?>("--directory", "-C") { Description = "Directory the command runs in (requirement files, registry configuration); default: current.", HelpName = "DIR" };
        var offline = new Option<bool>("--offline") { Description = "No network: answer from the cache and the bundled lists." };
        var refresh = new Option<bool>("--refresh") { Description = "Ignore cached registry answers." };
        var format = new Option<string>("--format", "-f") { Description = "Output: text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var cacheDir = new Option<string?>("--cache-dir") { Description = "Registry cache directory.", HelpName = "DIR" };

        var command = new Command("vet", "Check packages before installing them: does each exist in its registry, and is anything suspicious about it?" + Examples);
        command.Arguments.Add(specs);
        foreach (var o in new Option[] { commandLine, directory, offline, refresh, format, cacheDir })
        {
            command.Options.Add(o);
        }

        command.SetAction(async (parse, ct) =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            var cwd = Path.GetFullPath(parse.GetValue(directory) ?? Directory.GetCurrentDirectory());
            var references = new List<DependencyRef>();
            foreach (var spec in parse.GetValue(specs) ?? [])
            {
                var (reference, error) = PackageSpec.Parse(spec);
                if (reference is null)
                {
                    stderr.WriteLine($"pairguard: {error}");
                    return 2;
                }

                references.Add(reference);
            }

            var notes = new List<string>();
            if (parse.GetValue(commandLine) is { } line)
            {
                var parsed = InstallCommandParser.Parse(line, cwd);
                references.AddRange(parsed.Packages);
                notes.AddRange(parsed.Notes);
            }

            if (references.Count == 0)
            {
                foreach (var n in notes)
                {
                    stderr.WriteLine($"pairguard: {n}");
                }

                stderr.WriteLine("pairguard: nothing to vet: name packages (npm:NAME, pypi:NAME@VERSION...) or give --command \"pip install ...\"");
                return 2;
            }

            PairguardConfig config;
            try
            {
                config = ConfigLoader.LoadFromDirectory(cwd);
            }
            catch (ConfigException e)
            {
                stderr.WriteLine($"pairguard: {e.Message}");
                return 2;
            }

            var request = DepsCommand.BuildRequest(cwd, config, parse.GetValue(offline), parse.GetValue(refresh), parse.GetValue(cacheDir));
            using var verifier = DependencyAnalyzer.CreateVerifier(request, DependencyAnalyzer.DefaultDiscovery(request));
            var report = await verifier.VerifyAsync(references, ct).ConfigureAwait(false);
            if (parse.GetValue(format) == "json")
            {
                DepsCommand.WriteJson(stdout, report, notes);
            }
            else
            {
                DepsCommand.WriteTable(stdout, report, notes, null);
            }

            return report.Packages.All(p => p.Verdict == Dependencies.Risk.Verdict.Ok) ? 0 : 1;
        });
        return command;
    }
}
