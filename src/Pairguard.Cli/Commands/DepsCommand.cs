using System.CommandLine;
using System.Text.Json;
using Pairguard.Configuration;
using Pairguard.Dependencies;
using Pairguard.Dependencies.Risk;
using Pairguard.Scanning;
using Spectre.Console;

namespace Pairguard.Cli.Commands;

/// <summary><c>pairguard deps [PATH]</c>: every declared and imported dependency with its registry verdict and risk signals.</summary>
public static class DepsCommand
{
    private const string Examples = """

        Examples:
          pairguard deps                       every dependency of the current directory, with verdicts
          pairguard deps app/ --offline        answer from the cache and bundled lists only
          pairguard deps --format json         machine-readable list

        Registries are taken from .pairguard.yml `registries:`, then each ecosystem's own configuration
        (.npmrc, NuGet.Config, pip.conf/PIP_INDEX_URL, GOPROXY, .cargo/config.toml, Gemfile source,
        composer.json repositories, ~/.m2/settings.xml), then the installed client.

        Exit codes: 0 every package ok (or not verified), 1 a package to review or block, 2 usage error.
        """;

    public static Command Create()
    {
        var path = new Argument<string?>("PATH") { Description = "Project directory (default: the current directory).", Arity = ArgumentArity.ZeroOrOne };
        var offline = new Option<bool>("--offline") { Description = "No network: answer from the cache and the bundled lists; the rest is 'not verified'." };
        var refresh = new Option<bool>("--refresh") { Description = "Ignore cached registry answers." };
        var noImports = new Option<bool>("--no-imports") { Description = "Only manifests and lockfiles; do not read imports in code." };
        var format = new Option<string>("--format", "-f") { Description = "Output: text (a table) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var cacheDir = new Option<string?>("--cache-dir") { Description = "Registry cache directory (default: $PAIRGUARD_CACHE_DIR, $XDG_CACHE_HOME/pairguard or ~/.cache/pairguard).", HelpName = "DIR" };

        var command = new Command("deps", "List every dependency (declared or imported) with its registry verdict: ok, review, block or not verified." + Examples);
        command.Arguments.Add(path);
        foreach (var o in new Option[] { offline, refresh, noImports, format, cacheDir })
        {
            command.Options.Add(o);
        }

        command.SetAction(async (parse, ct) =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            var root = Path.GetFullPath(parse.GetValue(path) ?? Directory.GetCurrentDirectory());
            if (!Directory.Exists(root))
            {
                stderr.WriteLine($"pairguard: '{root}' is not a directory");
                return 2;
            }

            PairguardConfig config;
            try
            {
                config = ConfigLoader.LoadFromDirectory(root);
            }
            catch (ConfigException e)
            {
                stderr.WriteLine($"pairguard: {e.Message}");
                return 2;
            }

            var request = BuildRequest(root, config, parse.GetValue(offline), parse.GetValue(refresh), parse.GetValue(cacheDir));
            var diagnostics = new List<Diagnostic>();
            var files = new Workspace(request).Discover(diagnostics);
            var inventory = DependencyCollector.Collect(files, f => FileLoader.Load(f, request.MaxFileSize, diagnostics), !parse.GetValue(noImports), ct);
            using var verifier = DependencyAnalyzer.CreateVerifier(request, DependencyAnalyzer.DefaultDiscovery(request));
            var report = await verifier.VerifyAsync(inventory.All, ct).ConfigureAwait(false);
            if (parse.GetValue(format) == "json")
            {
                WriteJson(stdout, report, inventory.Diagnostics.Select(d => $"{d.Path}: {d.Message}"));
            }
            else
            {
                WriteTable(stdout, report, inventory.Diagnostics.Select(d => $"{d.Path}: {d.Message}"), relativeTo: null);
            }

            return ExitCode(report);
        });
        return command;
    }

    /// <summary>A request carrying the dependency options of a CLI run.</summary>
    internal static ScanRequest BuildRequest(string root, PairguardConfig config, bool offline, bool refresh, string? cacheDir)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        if (refresh)
        {
            options["refresh"] = "true";
        }

        if (cacheDir is not null)
        {
            options["cache-dir"] = cacheDir;
        }

        return new ScanRequest { Paths = [root], BaseDirectory = root, Config = config, Offline = offline, Options = options };
    }

    /// <summary>1 when a package is to review or block, else 0.</summary>
    internal static int ExitCode(VerificationReport report) => report.Packages.Any(p => p.Verdict is Verdict.Review or Verdict.Block) ? 1 : 0;

    /// <summary>Writes the verdict table, problems and a summary line.</summary>
    internal static void WriteTable(TextWriter writer, VerificationReport report, IEnumerable<string> notes, string? relativeTo)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = writer == Console.Out && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = ColorSystemSupport.Detect,
            Interactive = InteractionSupport.No,
        });
        if (writer != Console.Out || Console.IsOutputRedirected)
        {
            console.Profile.Width = 200;
        }

        if (report.Packages.Count == 0)
        {
            console.WriteLine("No dependencies found.");
        }
        else
        {
            var table = new Table().Border(TableBorder.Rounded);
            table.AddColumn("Package");
            table.AddColumn("Version");
            table.AddColumn("Found in");
            table.AddColumn("Verdict");
            table.AddColumn("Why");
            foreach (var p in report.Packages.OrderByDescending(p => Rank(p.Verdict)).ThenBy(p => p.Ecosystem, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.OrdinalIgnoreCase))
            {
                var at = p.References[0];
                var where = at.Origin == DependencyOrigin.CommandLine ? "command line" : $"{at.File}:{at.Line}" + (p.References.Count > 1 ? $" (+{p.References.Count - 1})" : "");
                var why = p.Signals.Count > 0 ? string.Join("\n", p.Signals.Select(s => "• " + s.Message)) : p.NotVerifiedReason ?? (p.FromCache ? "exists (cached answer)" : "exists");
                table.AddRow(
                    Markup.Escape($"{p.Ecosystem}:{p.Name}"),
                    Markup.Escape(at.Version ?? ""),
                    Markup.Escape(where),
                    $"[{Colour(p.Verdict)}]{p.VerdictName}[/]",
                    Markup.Escape(why));
            }

            console.Write(table);
        }

        foreach (var problem in report.Problems.Concat(notes))
        {
            console.MarkupLine($"[yellow]![/] {Markup.Escape(problem)}");
        }

        var counts = report.Packages.GroupBy(p => p.VerdictName).ToDictionary(g => g.Key, g => g.Count());
        console.WriteLine($"{report.Packages.Count} package{(report.Packages.Count == 1 ? "" : "s")}: {counts.GetValueOrDefault("block")} block, {counts.GetValueOrDefault("review")} review, {counts.GetValueOrDefault("ok")} ok, {counts.GetValueOrDefault("not-verified")} not verified ({report.Requests} registry requests, {report.CacheHits} cached answers).");
    }

    /// <summary>Writes the verification as JSON (one object per package).</summary>
    internal static void WriteJson(TextWriter writer, VerificationReport report, IEnumerable<string> notes)
    {
        var doc = new
        {
            tool = ToolInfo.Name,
            version = ToolInfo.Version,
            packages = report.Packages.Select(p => new
            {
                ecosystem = p.Ecosystem,
                name = p.Name,
                verdict = p.VerdictName,
                signals = p.Signals.Select(s => new { rule = s.RuleId, severity = s.Severity.ToName(), message = s.Message }),
                notVerified = p.NotVerifiedReason,
                registry = p.Endpoint,
                cached = p.FromCache,
                firstPublished = p.Info?.FirstPublished,
                releases = p.Info?.ReleaseCount,
                repository = p.Info?.Repository,
                references = p.References.Select(r => new { file = r.File, line = r.Line, version = r.Version, origin = r.Origin.ToString().ToLowerInvariant(), kind = r.Kind }),
            }),
            problems = report.Problems.Concat(notes),
            requests = report.Requests,
            cacheHits = report.CacheHits,
        };
        writer.WriteLine(JsonSerializer.Serialize(doc, new JsonSerializerOptions { WriteIndented = true, DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull }));
    }

    private static int Rank(Verdict v) => v switch { Verdict.Block => 3, Verdict.Review => 2, Verdict.NotVerified => 1, _ => 0 };

    private static string Colour(Verdict v) => v switch { Verdict.Block => "red bold", Verdict.Review => "yellow", Verdict.NotVerified => "grey", _ => "green" };
}
