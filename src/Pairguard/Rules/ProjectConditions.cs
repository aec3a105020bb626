using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Pairguard.Rules.Matching;
using Pairguard.Scanning;

namespace Pairguard.Rules;

/// <summary>Answers <c>pattern-in-project</c> conditions once per scan: does a formula match in any file of the given languages?</summary>
/// <remarks>
/// Each answer is computed at most once per (scan, formula) and shared by every file analysis. Files are pre-filtered by the formula's
/// literal words before they are parsed, so a condition such as an ASP.NET fallback policy parses only the files that mention it.
/// </remarks>
internal sealed class ProjectConditions
{
    private readonly PatternCompiler _compiler;
    private readonly ISyntaxProvider _syntax;
    private readonly ConditionalWeakTable<ProjectFiles, ConcurrentDictionary<(Formula, string), Lazy<bool>>> _answers = new();

    public ProjectConditions(PatternCompiler compiler, ISyntaxProvider syntax)
    {
        _compiler = compiler;
        _syntax = syntax;
    }

    /// <summary>Whether the formula matches in at least one file of the project written in one of the languages.</summary>
    public bool Holds(ProjectFiles project, Formula formula, IReadOnlyList<string> languages)
    {
        var answers = _answers.GetValue(project, _ => new ConcurrentDictionary<(Formula, string), Lazy<bool>>());
        var key = (formula, string.Join(',', languages));
        return answers.GetOrAdd(key, _ => new Lazy<bool>(() => Compute(project, formula, languages), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    private bool Compute(ProjectFiles project, Formula formula, IReadOnlyList<string> languages)
    {
        var requirement = Prefilter.Of(formula);
        var prefilter = new Prefilter(requirement.Words);
        var evaluator = new FormulaEvaluator(_compiler, _syntax);
        foreach (var file in project.Files)
        {
            var language = LanguageDetector.Detect(file.RelativePath);
            if (language is null || !languages.Contains(language) || !_syntax.Supports(language))
            {
                continue;
            }

            SourceFile? source;
            try
            {
                source = project.Load(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            if (source?.Language is not { } lang || !requirement.IsMet(prefilter.PresentWords(source.Text)))
            {
                continue;
            }

            // Each file gets its own budget so one hostile file cannot stall every analysis waiting on this answer.
            using var budget = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                var root = _syntax.Parse(source.Text, lang, out _, out _, budget.Token);
                if (root is not null && evaluator.Evaluate(formula, new MatchTarget(root, lang), budget.Token).Count > 0)
                {
                    return true;
                }
            }
            catch (OperationCanceledException)
            {
                // a file too slow to parse or match is treated as not holding the condition
            }
        }

        return false;
    }
}
