using System.CommandLine;
using Pairguard.Configuration;
using Pairguard.Reporting;
using Pairguard.Scanning;

namespace Pairguard.Cli.Commands;

/// <summary><c>pairguard scan</c>: scans files and directories and reports findings.</summary>
public static class ScanCommand
{
    private const string Examples = """

        Examples:
          pairguard scan                                   scan the current directory, text report
          pairguard scan src/ --fail-on medium             fail (exit 1) on medium findings or worse
          pairguard scan --format sarif --output out.sarif --format text
                                                           SARIF to a file and text on the terminal
          pairguard scan --baseline .pairguard-baseline.json
                                                           report only findings not in the baseline
          pairguard scan --exclude 'tests/**' --max-file-size 1MB

        Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it,
                    2 usage/config/input error, 3 internal error.
        """;

    public static Command Create()
    {
        var scan = new ScanOptions();
        var format = new Option<string[]>("--format", "-f")
        {
            Description = "Report format: text, json or sarif (repeatable, each optionally followed by --output FILE).",
            HelpName = "FORMAT",
            AllowMultipleArgumentsPerToken = false,
        };
        format.AcceptOnlyFromAmong(OutputTarget.Formats);
        var output = new Option<string[]>("--output", "-o")
        {
            Description = "Write the preceding --format's report to FILE instead of standard output.",
            HelpName = "FILE",
            AllowMultipleArgumentsPerToken = false,
        };
        var failOn = new Option<string?>("--fail-on")
        {
            Description = "Exit 1 when a finding is at or above this severity: critical, high, medium, low or never (default high).",
            HelpName = "SEVERITY",
        };
        failOn.AcceptOnlyFromAmong("critical", "high", "medium", "low", "info", "never");
        var baseline = new Option<string?>("--baseline")
        {
            Description = "Report only findings whose fingerprints are not in this baseline file.",
            HelpName = "FILE",
        };
        var unused = new Option<bool>("--report-unused-suppressions") { Description = "Report pairguard-ignore comments that match no finding." };
        var noColor = new Option<bool>("--no-color") { Description = "No colours in the text report (NO_COLOR is honoured too)." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Text report: summary only; no progress messages." };
        var showSuppressed = new Option<bool>("--show-suppressed") { Description = "Also list suppressed and baselined findings in text and JSON reports." };
        var autofix = new Option<bool>("--autofix") { Description = "Apply the fixes that rules suggest (non-overlapping ones) to the files." };
        var showSecrets = new Option<bool>("--show-secrets") { Description = "Text report: also print each secret in full (re-read from the file; never in JSON or SARIF)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "With --autofix: print the changes as a diff instead of writing them." };

        var command = new Command("scan", "Scan files and directories for security flaws, secrets, risky dependencies and hidden instructions." + Examples);
        scan.AddTo(command);
        foreach (var o in new Option[] { format, output, failOn, baseline, unused, noColor, quiet, showSuppressed, autofix, dryRun, showSecrets })
        {
            command.Options.Add(o);
        }

        command.SetAction(async (parse, ct) =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            var targets = OutputTarget.FromTokens(parse.Tokens, format, output);
            var request = scan.BuildRequest(parse) with { ReportUnusedSuppressions = parse.GetValue(unused) };
            if (parse.GetValue(baseline) is { } baselinePath)
            {
                try
                {
                    request = request with { Baseline = Baseline.Load(baselinePath) };
                }
                catch (ConfigException e)
                {
                    throw new UsageException(e.Message);
                }
            }

            var threshold = Threshold(parse.GetValue(failOn), request.Config);
            var result = await new Scanner().ScanAsync(request, ct).ConfigureAwait(false);
            var isQuiet = parse.GetValue(quiet);
            foreach (var target in targets)
            {
                var reporter = ReporterFactory.Create(target.Format);
                var toStdout = target.Path is null;
                var options = new ReportOptions
                {
                    Color = toStdout && Terminal.UseColor(stdout, parse.GetValue(noColor)),
                    Quiet = isQuiet,
                    IncludeSuppressed = parse.GetValue(showSuppressed),
                    Width = toStdout ? Terminal.Width(stdout) : null,
                };
                if (toStdout)
                {
                    reporter.Write(result, stdout, options);
                    if (target.Format == "text" && parse.GetValue(showSecrets))
                    {
                        WriteSecrets(result, stdout);
                    }
                }
                else
                {
                    var sw = new StringWriter();
                    reporter.Write(result, sw, options);
                    OutputTarget.WriteFile(target.Path!, sw.ToString());
                    if (!isQuiet)
                    {
                        stderr.WriteLine($"{target.Format} report written to {target.Path}");
                    }
                }
            }

            if (parse.GetValue(autofix))
            {
                var problems = new List<string>();
                var fixes = Pairguard.Rules.Autofix.Apply(result.Findings, result.BaseDirectory, parse.GetValue(dryRun), problems);
                if (parse.GetValue(dryRun))
                {
                    stdout.Write(Pairguard.Rules.Autofix.Diff(fixes));
                }

                foreach (var p in problems)
                {
                    stderr.WriteLine($"pairguard: {p}");
                }

                stderr.WriteLine(parse.GetValue(dryRun) ? $"{fixes.Count} fix(es) would be applied (dry run)." : $"{fixes.Count} fix(es) applied.");
            }
            else if (parse.GetValue(dryRun))
            {
                throw new UsageException("--dry-run only makes sense with --autofix");
            }

            if (request.Baseline is not null && !isQuiet)
            {
                stderr.WriteLine($"{result.BaselinedCount} finding(s) accepted by the baseline were not reported.");
            }

            return result.HasFindingsAtOrAbove(threshold) ? ExitCodes.Findings : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The explicit <c>--show-secrets</c> listing: each secret re-read from its file, only when its hash still matches.</summary>
    private static void WriteSecrets(ScanResult result, TextWriter output)
    {
        var shown = result.Active.Select(f => (Finding: f, Secret: Pairguard.Secrets.SecretReveal.Reveal(result.BaseDirectory, f))).Where(x => x.Secret is not null).ToList();
        if (shown.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("Secrets in full (--show-secrets):");
        foreach (var (f, secret) in shown)
        {
            output.WriteLine($"  {f.Location} {f.RuleId}: {secret}");
        }
    }

    /// <summary>The failure threshold: the flag, else the configuration, else high; null means never fail.</summary>
    public static Severity? Threshold(string? flag, PairguardConfig config)
    {
        if (flag is not null)
        {
            if (flag == "never")
            {
                return null;
            }

            SeverityNames.TryParse(flag, out Severity s);
            return s;
        }

        if (config.FailNever)
        {
            return null;
        }

        return config.FailOn ?? Severity.High;
    }
}
