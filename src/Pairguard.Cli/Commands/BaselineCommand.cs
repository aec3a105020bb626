using System.CommandLine;
using Pairguard.Configuration;
using Pairguard.Scanning;

namespace Pairguard.Cli.Commands;

/// <summary><c>pairguard baseline create</c>: records the fingerprints of today's findings so later scans report only new ones.</summary>
public static class BaselineCommand
{
    /// <summary>Default baseline file name.</summary>
    public const string DefaultFileName = ".pairguard-baseline.json";

    public static Command Create()
    {
        var scan = new ScanOptions();
        var output = new Option<string?>("--output", "-o")
        {
            Description = $"Baseline file to write (default: {DefaultFileName} at the scan root).",
            HelpName = "FILE",
        };
        var create = new Command("create", $"""
            Scan and record every current finding's fingerprint in a baseline file.

            Examples:
              pairguard baseline create --output {DefaultFileName}
              pairguard scan --baseline {DefaultFileName}        report only new findings
            """);
        scan.AddTo(create);
        create.Options.Add(output);
        create.SetAction(async (parse, ct) =>
        {
            var request = scan.BuildRequest(parse);
            var result = await new Scanner().ScanAsync(request, ct).ConfigureAwait(false);
            var baseline = Baseline.FromFindings(result.Findings);
            var path = parse.GetValue(output) ?? Path.Combine(request.BaseDirectory, DefaultFileName);
            OutputTarget.WriteFile(path, baseline.ToJson());
            parse.InvocationConfiguration.Output.WriteLine($"Baseline with {baseline.Entries.Count} finding(s) written to {path}");
            return ExitCodes.Ok;
        });

        var command = new Command("baseline", "Manage baseline files (accepted findings).");
        command.Subcommands.Add(create);
        return command;
    }
}
