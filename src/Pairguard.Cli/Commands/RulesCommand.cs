using System.CommandLine;
using Pairguard.Rules;
using Pairguard.Rules.Testing;
using Pairguard.Scanning;
using Pairguard.Syntax;

namespace Pairguard.Cli.Commands;

/// <summary><c>pairguard rules list|explain|test|docs</c>: inspect, document and test rules.</summary>
public static class RulesCommand
{
    public static Command Create()
    {
        var command = new Command("rules", """
            List, explain, document and test rules.

            Examples:
              pairguard rules list
              pairguard rules explain python.injection.sql-taint
              pairguard rules test rules/
              pairguard rules docs --output docs/rules
            """);
        command.Subcommands.Add(List());
        command.Subcommands.Add(Explain());
        command.Subcommands.Add(Test());
        command.Subcommands.Add(Docs());
        return command;
    }

    private static Command List()
    {
        var extra = new Option<string[]>("--rules") { Description = "Also list rules from these files or folders.", HelpName = "PATH" };
        var command = new Command("list", "List every rule: id, severity, languages, title.");
        command.Options.Add(extra);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var rules = AllRules(parse.GetValue(extra) ?? [], parse.InvocationConfiguration.Error);
            var descriptors = rules.Select(RuleAnalyzer.Describe).Concat(AnalyzerCatalog.CreateDefault().SelectMany(a => a.Rules)).Concat(ScannerRules.All)
                .DistinctBy(r => r.Id).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
            var width = descriptors.Count == 0 ? 10 : descriptors.Max(d => d.Id.Length);
            foreach (var d in descriptors)
            {
                output.WriteLine($"{d.Id.PadRight(width)}  {d.Severity.ToName(),-8}  {string.Join(",", d.Languages),-24}  {d.Title}");
            }

            output.WriteLine($"{descriptors.Count} rules");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Explain()
    {
        var id = new Argument<string>("id") { Description = "Rule id." };
        var extra = new Option<string[]>("--rules") { Description = "Also look in these rule files or folders.", HelpName = "PATH" };
        var command = new Command("explain", "Show a rule's metadata, message, documentation and the bad and good examples of its fixture.");
        command.Arguments.Add(id);
        command.Options.Add(extra);
        command.SetAction(parse =>
        {
            var wanted = parse.GetValue(id)!;
            var rules = AllRules(parse.GetValue(extra) ?? [], parse.InvocationConfiguration.Error);
            var rule = rules.FirstOrDefault(r => r.Id == wanted);
            if (rule is null)
            {
                var descriptor = AnalyzerCatalog.CreateDefault().SelectMany(a => a.Rules).Concat(ScannerRules.All).FirstOrDefault(r => r.Id == wanted)
                    ?? throw new UsageException($"unknown rule id '{wanted}' (see 'pairguard rules list')");
                parse.InvocationConfiguration.Output.WriteLine($"# {descriptor.Id}\n\n{descriptor.Title} · severity {descriptor.Severity.ToName()}\n\n{descriptor.Description}\n\n{descriptor.HelpMarkdown}");
                return ExitCodes.Ok;
            }

            var (bad, good) = Examples(rule);
            parse.InvocationConfiguration.Output.Write(RuleDocs.Markdown(rule, bad, good));
            parse.InvocationConfiguration.Output.WriteLine();
            parse.InvocationConfiguration.Output.WriteLine($"Message: {rule.Message}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Test()
    {
        var path = new Argument<string>("path") { Description = "Rule file or folder; each rule file is tested against its same-named fixture files." };
        var command = new Command("test", "Test rules against their fixtures (ruleid:/ok: annotations, Semgrep's convention). Exit 1 on any failure.");
        command.Arguments.Add(path);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var target = parse.GetValue(path)!;
            if (!File.Exists(target) && !Directory.Exists(target))
            {
                throw new UsageException($"path not found: {target}");
            }

            var report = new RuleTestRunner(TreeSitterSyntaxProvider.Instance).Run(target);
            foreach (var problem in report.Problems)
            {
                output.WriteLine($"ERROR  {problem}");
            }

            foreach (var r in report.Results)
            {
                var status = r.Passed ? "PASS" : "FAIL";
                var todo = r.TodoRuleId + r.TodoOk > 0 ? $" (known gaps: {r.TodoRuleId} todoruleid, {r.TodoOk} todook)" : "";
                output.WriteLine($"{status}   {r.RuleId}  [{Path.GetFileName(r.Fixture)}]  {r.Expected} expected{todo}");
                if (r.Missing.Count > 0)
                {
                    output.WriteLine($"       missing (ruleid: not reported) on lines {string.Join(", ", r.Missing)}");
                }

                if (r.Unexpected.Count > 0)
                {
                    output.WriteLine($"       unexpected (reported, not annotated ruleid:) on lines {string.Join(", ", r.Unexpected)}");
                }

                if (r.PrefilterRejected.Count > 0)
                {
                    output.WriteLine($"       the prefilter rejected positive lines {string.Join(", ", r.PrefilterRejected)}");
                }

                foreach (var e in r.Errors)
                {
                    output.WriteLine($"       {e}");
                }
            }

            var failed = report.Results.Count(r => !r.Passed) + report.Problems.Count;
            output.WriteLine($"{report.Results.Count(r => r.Passed)} passed, {failed} failed");
            return report.Passed ? ExitCodes.Ok : ExitCodes.Findings;
        });
        return command;
    }

    private static Command Docs()
    {
        var outputDir = new Option<string>("--output", "-o") { Description = "Folder for the generated pages.", HelpName = "DIR", DefaultValueFactory = _ => "docs/rules" };
        var check = new Option<bool>("--check") { Description = "Do not write: exit 1 when the committed pages are missing or stale." };
        var command = new Command("docs", "Generate one Markdown page per built-in rule, and an index with counts per language and category.");
        command.Options.Add(outputDir);
        command.Options.Add(check);
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(outputDir)!;
            var pages = RulePages.Build(BuiltInRules.All.Rules);
            var stale = new List<string>();
            foreach (var (name, content) in pages)
            {
                var file = Path.Combine(dir, name);
                var current = File.Exists(file) ? File.ReadAllText(file) : null;
                if (current == content)
                {
                    continue;
                }

                stale.Add(name);
                if (!parse.GetValue(check))
                {
                    OutputTarget.WriteFile(file, content);
                }
            }

            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(check))
            {
                foreach (var s in stale)
                {
                    output.WriteLine($"stale: {Path.Combine(dir, s)}");
                }

                output.WriteLine(stale.Count == 0 ? $"{pages.Count} pages up to date" : $"{stale.Count} page(s) stale: run 'pairguard rules docs --output {dir}'");
                return stale.Count == 0 ? ExitCodes.Ok : ExitCodes.Findings;
            }

            output.WriteLine($"{pages.Count} pages in {dir} ({stale.Count} written)");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static List<Rule> AllRules(string[] extra, TextWriter errors)
    {
        var rules = BuiltInRules.All.Rules.ToList();
        foreach (var path in extra)
        {
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                throw new UsageException($"rules path not found: {path}");
            }

            var set = RuleLoader.LoadPath(path);
            foreach (var e in set.Errors)
            {
                errors.WriteLine($"pairguard: rule skipped: {e}");
            }

            rules.AddRange(set.Rules);
        }

        return rules;
    }

    /// <summary>The first ruleid: and ok: examples of a rule's fixture (the annotated line with its neighbours).</summary>
    public static (string? Bad, string? Good) Examples(Rule rule)
    {
        var fixtures = File.Exists(rule.SourcePath)
            ? Directory.EnumerateFiles(Path.GetDirectoryName(rule.SourcePath)!, Path.GetFileNameWithoutExtension(rule.SourcePath) + ".*")
                .Where(f => !f.EndsWith(".yaml", StringComparison.Ordinal)).Select(f => (f, File.ReadAllText(f))).ToList()
            : BuiltInRules.FixturesOf(rule).ToList();
        return RulePages.Examples(rule, fixtures);
    }
}
