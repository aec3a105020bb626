using System.Collections.Concurrent;
using Pairguard.Rules.Matching;
using Pairguard.Rules.Taint;
using Pairguard.Scanning;
using Pairguard.Syntax.Adapters;

namespace Pairguard.Rules;

/// <summary>Runs data rules (Semgrep-style search and taint rules) on each file: prefilter, one parse, match, report.</summary>
public sealed class RuleAnalyzer : IFileAnalyzer
{
    public const string AnalyzerId = "rules";

    private readonly IReadOnlyList<Rule> _rules;
    private readonly ISyntaxProvider _syntax;
    private readonly PatternCompiler _compiler;
    private readonly Dictionary<string, List<(Rule Rule, Requirement Requirement)>> _byLanguage = new(StringComparer.Ordinal);

    /// <summary>Per language, each rule's requirement (same order as <see cref="_byLanguage"/>) resolved against the language's prefilter.</summary>
    private readonly Dictionary<string, RequirementCheck[]> _checks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Prefilter> _prefilters = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _reportedErrors = new(StringComparer.Ordinal);
    // by identity: the rule's id would be hashed for every rule on every file
    private readonly ConcurrentDictionary<IdentityKey, byte> _checkedPatterns = new();
    private readonly ProjectConditions _projectConditions;

    public RuleAnalyzer(IReadOnlyList<Rule> rules, ISyntaxProvider syntax)
    {
        _rules = rules;
        _syntax = syntax;
        _compiler = new PatternCompiler(syntax);
        _projectConditions = new ProjectConditions(_compiler, syntax);
        foreach (var rule in rules)
        {
            var requirement = Prefilter.Of(rule);
            foreach (var language in rule.Languages)
            {
                if (!_byLanguage.TryGetValue(language, out var list))
                {
                    _byLanguage[language] = list = [];
                }

                list.Add((rule, requirement));
            }
        }

        foreach (var (language, list) in _byLanguage)
        {
            // the words the rules require, and every other word their patterns and regexes hold (negations, sanitizers, metavariable
            // patterns, types, string literals, the plain text of regexes): the same one pass over a file then tells the matcher which
            // of those are absent, with no search of its own
            var patterns = list.SelectMany(r => RulePatterns.Of(r.Rule)).Where(p => p.Language is null || p.Language == language).ToList();
            var regexes = list.SelectMany(r => RulePatterns.Regexes(r.Rule)).Select(r => r.Regex).Distinct(StringComparer.Ordinal).ToList();
            _prefilters[language] = new Prefilter(list.SelectMany(r => r.Requirement.Words)
                .Concat(patterns.SelectMany(p => Prefilter.Identifiers(p.Pattern.Code, withTypes: true)))
                .Concat(patterns.SelectMany(p => Prefilter.Literals(p.Pattern.Code)))
                .Concat(regexes.SelectMany(Prefilter.RegexWords)));
            _checks[language] = [.. list.Select(r => RequirementCheck.For(r.Requirement, _prefilters[language]))];
        }

        Rules = rules.Select(Describe).ToList();
    }

    public string Id => AnalyzerId;

    /// <summary>True when the one pass over a file of the language looks for the word (ignoring case): the matcher then knows, with no search of its own, whether the file holds it.</summary>
    internal bool Searches(string language, string word) => _prefilters.TryGetValue(language, out var prefilter) && prefilter.Knows(word);

    public IReadOnlyList<RuleDescriptor> Rules { get; }

    /// <summary>The prefilter whose one pass runs over each file of the language (null when no rule is of it), for benchmarks.</summary>
    internal Prefilter? PrefilterOf(string language) => _prefilters.GetValueOrDefault(language);

    /// <summary>Files skipped by the prefilter since creation (for benchmarks).</summary>
    public int PrefilterSkips => _prefilterSkips;

    private int _prefilterSkips;

    /// <summary>What <see cref="RuleTimer"/> receives for the time spent indexing a file's nodes (by kind, in pre-order).</summary>
    internal static readonly Rule IndexingPseudoRule = new() { Id = "(indexing the file's nodes)", Message = "", Severity = Severity.Info, Languages = [] };

    /// <summary>When set, receives each rule's elapsed time (stopwatch ticks) on each file it ran on (for benchmarks).</summary>
    internal Action<Rule, long>? RuleTimer { get; set; }

    public bool AppliesTo(SourceFile file) =>
        (file.Language is { } l && _byLanguage.ContainsKey(l)) || _byLanguage.ContainsKey(RuleLanguages.Generic);

    public void Analyze(SourceFile file, FileAnalysisContext context)
    {
        foreach (var finding in Run(file, context.CancellationToken, d => context.Report(d), project: context.Project))
        {
            context.Report(finding);
        }
    }

    /// <summary>
    /// Findings of every applicable rule on one file (also used by <c>rules test</c>); <paramref name="project"/> (the scan's files)
    /// answers <c>pattern-in-project</c> conditions, which are evaluated on this file alone when it is null.
    /// </summary>
    public IReadOnlyList<Finding> Run(SourceFile file, CancellationToken ct, Action<Diagnostic>? diagnostics = null, bool usePrefilter = true, ProjectFiles? project = null)
    {
        var candidates = new List<Rule>();
        bool[]? present = null;
        WordPositions? positions = null;
        if (file.Language is { } language && _byLanguage.TryGetValue(language, out var list))
        {
            present = usePrefilter ? _prefilters[language].Locate(file.Text, out positions) : null;
            var checks = _checks[language];
            for (var i = 0; i < list.Count; i++)
            {
                var rule = list[i].Rule;
                if (!PathAllowed(rule, file.RelativePath))
                {
                    continue;
                }

                if (present is not null && !checks[i].IsMet(present))
                {
                    continue;
                }

                candidates.Add(rule);
            }

            if (candidates.Count == 0 && list.Count > 0)
            {
                Interlocked.Increment(ref _prefilterSkips);
            }
        }

        if (_byLanguage.TryGetValue(RuleLanguages.Generic, out var generic))
        {
            candidates.AddRange(generic.Select(g => g.Rule).Where(r => PathAllowed(r, file.RelativePath)));
        }

        if (candidates.Count == 0)
        {
            return [];
        }

        var structural = candidates.Any(r => !r.Languages.Contains(RuleLanguages.Generic));
        AstNode? root = null;
        if (structural && file.Language is { } lang && _syntax.Supports(lang))
        {
            // the tree lives only while this file's rules run (findings keep text and positions): its nodes are reused for the next file
            root = _syntax.ParseReusable(file.Text, lang, out var errorNodes, out var error, ct);
            if (root is null)
            {
                diagnostics?.Invoke(new Diagnostic(DiagnosticKind.Warning, file.RelativePath, "not parsed: " + error, AnalyzerId));
            }
        }

        try
        {
            return MatchRules(file, candidates, root, present, positions, ct, diagnostics, project);
        }
        finally
        {
            if (root is not null)
            {
                _syntax.Release(root);
            }
        }
    }

    /// <summary>The candidate rules on one file whose tree (<paramref name="root"/>, null when not parsed) is out until this returns.</summary>
    private IReadOnlyList<Finding> MatchRules(SourceFile file, List<Rule> candidates, AstNode? root, bool[]? present, WordPositions? positions, CancellationToken ct, Action<Diagnostic>? diagnostics, ProjectFiles? project)
    {
        var findings = new List<Finding>();

        // one target per file (not per rule), so formula results and the node index are shared between the rules
        var textTarget = new MatchTarget(new AstNode("text", null, true, 0, file.Text.Length, file.Text), RuleLanguages.Generic);
        // the words the prefilter looked for and did not find are in no case in the text: the matcher need not search for them again
        var prefilter = present is not null && file.Language is { } searched && root is not null && string.Equals(root.Source, file.Text, StringComparison.Ordinal)
            ? _prefilters[searched] : null;
        Func<string, bool>? knownAbsent = prefilter is null ? null : word => prefilter.IdOf(word) is var id && id >= 0 && !present![id];
        var treeTarget = root is null ? null : new MatchTarget(root, file.Language!) { KnownAbsent = knownAbsent, KnownPositions = prefilter is null ? null : positions };
        var evaluator = new FormulaEvaluator(_compiler, _syntax);
        if (RuleTimer is not null && treeTarget is not null)
        {
            // timed apart, so that the rule that happens to run first is not charged with the file's indexes
            var indexing = System.Diagnostics.Stopwatch.GetTimestamp();
            _ = treeTarget.ByKind;
            _ = treeTarget.Nodes;
            RuleTimer(IndexingPseudoRule, System.Diagnostics.Stopwatch.GetTimestamp() - indexing);
        }

        foreach (var rule in candidates)
        {
            ct.ThrowIfCancellationRequested();
            var started = RuleTimer is null ? 0 : System.Diagnostics.Stopwatch.GetTimestamp();
            var isGeneric = rule.Languages.Contains(RuleLanguages.Generic);
            evaluator.ProjectQuery = project is null ? null : (f, _) => _projectConditions.Holds(project, f, rule.Languages);
            var target = isGeneric ? textTarget : treeTarget;
            if (target is null)
            {
                continue;
            }

            if (!isGeneric && _checkedPatterns.TryAdd(new IdentityKey(rule, target.Language), 0))
            {
                ReportUnparsedPatterns(rule, target.Language, file.RelativePath, diagnostics);
            }

            if (rule.Mode == RuleMode.Taint && rule.Taint is { } taint)
            {
                if (AstShapes.For(target.Language) is not { } shapes || !TaintEngine.MayFlow(taint, target, evaluator))
                {
                    RuleTimer?.Invoke(rule, System.Diagnostics.Stopwatch.GetTimestamp() - started);
                    continue;
                }

                var engine = new TaintEngine(taint, target, shapes, evaluator, rule.Options, ct);
                foreach (var flow in engine.Run())
                {
                    findings.Add(MakeFinding(rule, file, flow.SinkStart, flow.SinkEnd, flow.SinkBindings, flow.Trace, target));
                }
            }
            else if (rule.Formula is { } formula)
            {
                // most rules match nothing in most files: the set of reported ranges is made only for matches
                HashSet<(int, int)>? seen = null;
                foreach (var m in evaluator.Evaluate(formula, target, ct))
                {
                    if ((seen ??= []).Add((m.Start, m.End)))
                    {
                        findings.Add(MakeFinding(rule, file, m.Start, m.End, m.Bindings, [], target));
                    }
                }
            }

            foreach (var error in evaluator.Errors)
            {
                if (_reportedErrors.TryAdd(rule.Id + "|" + error, 0))
                {
                    diagnostics?.Invoke(new Diagnostic(DiagnosticKind.Warning, rule.SourcePath.Length > 0 ? rule.SourcePath : file.RelativePath, $"rule '{rule.Id}': {error}", AnalyzerId));
                }
            }

            evaluator.Errors.Clear();
            RuleTimer?.Invoke(rule, System.Diagnostics.Stopwatch.GetTimestamp() - started);
        }

        // its memos go to the next file's evaluator on this thread (after an exception they are simply left to the collector)
        evaluator.Release();
        return OnePerFlaw(findings);
    }

    /// <summary>
    /// Reports, once per rule and language, the patterns that do not parse: the evaluation skips the parts of a rule a file cannot
    /// match, so it would report them only for some files.
    /// </summary>
    private void ReportUnparsedPatterns(Rule rule, string language, string filePath, Action<Diagnostic>? diagnostics)
    {
        foreach (var (pattern, patternLanguage) in RulePatterns.Of(rule))
        {
            var lang = patternLanguage ?? language;
            if (lang == RuleLanguages.Generic || !_syntax.Supports(lang) || _compiler.Compile(pattern, lang, out var error) is not null)
            {
                continue;
            }

            var message = $"line {pattern.Line}: {error}";
            if (_reportedErrors.TryAdd(rule.Id + "|" + message, 0))
            {
                diagnostics?.Invoke(new Diagnostic(DiagnosticKind.Warning, rule.SourcePath.Length > 0 ? rule.SourcePath : filePath, $"rule '{rule.Id}': {message}", AnalyzerId));
            }
        }
    }

    /// <summary>
    /// Several rules may describe the same flaw (a pattern rule and a taint rule for one SQL call): on one line, findings that share
    /// their first CWE are reported once, by the most confident rule (then the most severe, then the one with a taint trace).
    /// </summary>
    internal static List<Finding> OnePerFlaw(List<Finding> findings)
    {
        if (findings.Count < 2)
        {
            return findings;
        }

        var best = new Dictionary<(string, int, int), Finding>();
        foreach (var f in findings)
        {
            var key = f.Cwe.Count > 0 ? ("", f.Location.StartLine, f.Cwe[0]) : (f.RuleId, f.Location.StartLine, 0);
            if (!best.TryGetValue(key, out var current) || Better(f, current))
            {
                best[key] = f;
            }
        }

        var kept = best.Values.ToHashSet();
        return findings.Where(kept.Contains).ToList();

        static bool Better(Finding a, Finding b) =>
            a.Confidence != b.Confidence ? a.Confidence > b.Confidence
            : a.Severity != b.Severity ? a.Severity > b.Severity
            : a.Trace.Count != b.Trace.Count ? a.Trace.Count > b.Trace.Count
            : string.CompareOrdinal(a.RuleId, b.RuleId) < 0;
    }

    private static bool PathAllowed(Rule rule, string path)
    {
        if (rule.PathsInclude.Count > 0 && !AnyGlobMatches(rule.PathsInclude, path))
        {
            return false;
        }

        return rule.PathsExclude.Count == 0 || !AnyGlobMatches(rule.PathsExclude, path);
    }

    private static bool AnyGlobMatches(IReadOnlyList<string> globs, string path)
    {
        foreach (var glob in globs)
        {
            if (PathGlob.IsMatch(glob, path))
            {
                return true;
            }
        }

        return false;
    }

    private static Finding MakeFinding(Rule rule, SourceFile file, int start, int end, Bindings bindings, IReadOnlyList<TaintHop> trace, MatchTarget target)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        if (rule.Fix is { } fix)
        {
            properties["autofix"] = RuleMessages.Interpolate(fix, bindings, maxLength: 0);
        }

        return new Finding
        {
            RuleId = rule.Id,
            Title = rule.Title,
            Message = RuleMessages.Interpolate(rule.Message, bindings),
            Severity = rule.Severity,
            Confidence = rule.Confidence,
            Cwe = rule.Cwe,
            Owasp = rule.Owasp,
            Analyzer = AnalyzerId,
            Location = file.LocationOf(start, end),
            Fix = MetadataText(rule, "fix-guidance") ?? (rule.Fix is null ? null : "Suggested fix: " + properties["autofix"]),
            HelpUri = MetadataText(rule, "help-uri"),
            Context = EnclosingContext(target.Root, start, end),
            Trace = trace.Select(h => new TraceStep(h.Kind, h.Message, file.LocationOf(h.Start, h.End), Excerpt(file, h.Start, h.End))).ToList(),
            Properties = properties,
        };
    }

    private static string Excerpt(SourceFile file, int start, int end)
    {
        var text = file.Text[start..Math.Min(end, start + 200)];
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The nearest enclosing function-like node's first line, so fingerprints survive edits elsewhere.</summary>
    private static string? EnclosingContext(AstNode root, int start, int end)
    {
        AstNode? best = null;
        var n = root;
        while (true)
        {
            AstNode? next = null;
            foreach (var c in n.Children)
            {
                if (c.Start <= start && c.End >= end)
                {
                    next = c;
                    break;
                }
            }

            if (next is null)
            {
                break;
            }

            if (next.Kind.Contains("function", StringComparison.Ordinal) || next.Kind.Contains("method", StringComparison.Ordinal) || next.Kind is "constructor_declaration" or "lambda")
            {
                best = next;
            }

            n = next;
        }

        if (best is null)
        {
            return null;
        }

        // the first line only, read in place (the function's whole text is not copied)
        var text = best.Source.AsSpan(best.Start, best.End - best.Start);
        var line = text.IndexOf('\n');
        return line < 0 ? text.ToString() : text[..line].Trim().ToString();
    }

    private static string? MetadataText(Rule rule, string key) => rule.Metadata.TryGetValue(key, out var v) && v is string s ? s.Trim() : null;

    /// <summary>The descriptor reporters and docs use for a rule.</summary>
    public static RuleDescriptor Describe(Rule rule)
    {
        var tags = new List<string> { "security" };
        if (rule.Metadata.TryGetValue("category", out var c) && c is string cat)
        {
            tags.Add(cat);
        }

        return new RuleDescriptor
        {
            Id = rule.Id,
            Title = rule.Title,
            Description = MetadataText(rule, "description") ?? rule.Message,
            Severity = rule.Severity,
            Confidence = rule.Confidence,
            Cwe = rule.Cwe,
            Owasp = rule.Owasp,
            Languages = rule.Languages,
            HelpMarkdown = RuleDocs.Markdown(rule),
            HelpUri = MetadataText(rule, "help-uri"),
            Analyzer = AnalyzerId,
            Tags = tags,
        };
    }
}
