using Pairguard.AgentContext;
using Pairguard.Rules;
using Pairguard.Secrets;
using Pairguard.Syntax;

namespace Pairguard.Scanning;

/// <summary>The built-in analyzers; the single place where a new analyzer is plugged in.</summary>
public static class AnalyzerCatalog
{
    /// <summary>Creates every built-in analyzer that needs no request settings (the scanner then drops the ones the configuration disables).</summary>
    public static IReadOnlyList<IAnalyzer> CreateDefault() =>
    [
        new HiddenUnicodeAnalyzer(),
        new Pairguard.Dependencies.DependencyAnalyzer(),
        new InjectionAnalyzer(new SyntaxCommentProvider()),
        new AgentConfigAnalyzer(),
        new DependencyDocsAnalyzer(),
        new SecretsAnalyzer(),
    ];

    /// <summary>Every analyzer for a request: the defaults plus the rule engine with built-in and extra rules; rule-file problems go to <paramref name="diagnostics"/>.</summary>
    public static IReadOnlyList<IAnalyzer> Create(ScanRequest request, ICollection<Diagnostic> diagnostics)
    {
        var rules = new List<Rule>();
        if (!request.RulesOnly)
        {
            rules.AddRange(BuiltInRules.All.Rules);
            foreach (var e in BuiltInRules.All.Errors)
            {
                diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, e.Path, $"built-in rule skipped: {e}", RuleAnalyzer.AnalyzerId));
            }
        }

        foreach (var path in request.RulePaths)
        {
            var set = RuleLoader.LoadPath(path);
            rules.AddRange(set.Rules);
            foreach (var e in set.Errors)
            {
                diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, e.Path, $"rule skipped: {e}", RuleAnalyzer.AnalyzerId));
            }
        }

        var all = CreateDefault().ToList();
        var unique = rules.GroupBy(r => r.Id, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        if (unique.Count > 0)
        {
            all.Add(new RuleAnalyzer(unique, TreeSitterSyntaxProvider.Instance));
        }

        return all;
    }
}
