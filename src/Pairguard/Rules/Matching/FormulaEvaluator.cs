using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Pairguard.Rules.Matching;

/// <summary>The parsed file a formula is evaluated on.</summary>
public sealed class MatchTarget
{
    private Dictionary<string, List<AstNode>>? _byKind;

    public MatchTarget(AstNode root, string language)
    {
        Root = root;
        Language = language;
    }

    public AstNode Root { get; }

    public string Language { get; }

    public string Text => Root.Source;

    /// <summary>Nodes by kind, built on first use.</summary>
    public Dictionary<string, List<AstNode>> ByKind => _byKind ??= StructuralMatcher.IndexByKind(Root);
}

/// <summary>Evaluates Semgrep's pattern operators over a file, producing ranges with metavariable bindings.</summary>
public sealed class FormulaEvaluator
{
    private static readonly ConcurrentDictionary<string, Regex> Regexes = new(StringComparer.Ordinal);

    private readonly PatternCompiler _compiler;
    private readonly ISyntaxProvider _syntax;
    private readonly StructuralMatcher _matcher = new();
    private readonly Dictionary<(MatchTarget, string), List<RangeMatch>> _memo = [];

    public FormulaEvaluator(PatternCompiler compiler, ISyntaxProvider syntax)
    {
        _compiler = compiler;
        _syntax = syntax;
    }

    /// <summary>
    /// Answers <c>pattern-in-project</c> conditions: does the formula match in any scanned file? Null when there is no project
    /// (a single file, <c>rules test</c>): the condition is then evaluated on the current file.
    /// </summary>
    public Func<Formula, CancellationToken, bool>? ProjectQuery { get; set; }

    /// <summary>Problems met while evaluating (patterns that do not parse), deduplicated.</summary>
    public HashSet<string> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>Every match of the formula in the target.</summary>
    /// <remarks>
    /// Results are remembered per target by the formula's text (its line numbers aside), so rules that share a formula — the
    /// taint rules of a language mostly share their sources — evaluate it once per file. Callers must not modify the list.
    /// </remarks>
    public List<RangeMatch> Evaluate(Formula formula, MatchTarget target, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var key = FormulaKey.Of(formula);
        if (key is null)
        {
            return EvaluateUncached(formula, target, ct);
        }

        if (_memo.TryGetValue((target, key), out var known))
        {
            return known;
        }

        var result = EvaluateUncached(formula, target, ct);
        _memo[(target, key)] = result;
        return result;
    }

    private List<RangeMatch> EvaluateUncached(Formula formula, MatchTarget target, CancellationToken ct)
    {
        return formula switch
        {
            PatternFormula p => Pattern(p, target, ct),
            RegexFormula r => RegexMatches(r.Regex, target.Text).ToList(),
            EitherFormula e => Distinct(e.Alternatives.SelectMany(a => Evaluate(a, target, ct))),
            AllFormula a => All(a, target, ct),
            _ => [],
        };
    }

    private List<RangeMatch> Pattern(PatternFormula p, MatchTarget target, CancellationToken ct)
    {
        var pattern = _compiler.Compile(p.Code, target.Language, out var error);
        if (pattern is null)
        {
            Errors.Add($"line {p.Line}: {error}");
            return [];
        }

        var found = _matcher.FindAll(pattern, target.Root, target.ByKind, ct).ToList();
        if (_matcher.BudgetExceeded)
        {
            Errors.Add($"line {p.Line}: pattern match budget exceeded; results may be incomplete");
        }

        return found;
    }

    private List<RangeMatch> All(AllFormula a, MatchTarget target, CancellationToken ct)
    {
        var current = Evaluate(a.Positives[0], target, ct);
        foreach (var positive in a.Positives.Skip(1))
        {
            if (current.Count == 0)
            {
                return current;
            }

            var other = Evaluate(positive, target, ct);
            current = current.SelectMany(m => other.Where(o => o.SameRange(m)).Select(o => m.Bindings.Merge(o.Bindings)).OfType<Bindings>().Select(b => m with { Bindings = b })).ToList();
        }

        foreach (var condition in a.Conditions.OrderBy(Order))
        {
            if (current.Count == 0)
            {
                break;
            }

            current = condition switch
            {
                InsideCondition c => Inside(current, Evaluate(c.Formula, target, ct)),
                NotInsideCondition c => NotInside(current, Evaluate(c.Formula, target, ct)),
                NotCondition c => Not(current, Evaluate(c.Formula, target, ct)),
                NotRegexCondition c => current.Where(m => !RegexMatches(c.Regex, target.Text).Any(r => r.Start < m.End && r.End > m.Start)).ToList(),
                InFileCondition c => (Evaluate(c.Formula, target, ct).Count > 0) != c.Negated ? current : [],
                InProjectCondition c => (ProjectQuery is { } q ? q(c.Formula, ct) : Evaluate(c.Formula, target, ct).Count > 0) != c.Negated ? current : [],
                MetavariableRegexCondition c => current.Where(m => m.Bindings.TryGet(c.Metavariable, out var b) && Anchored(c.Regex).IsMatch(b.Text)).ToList(),
                MetavariablePatternCondition c => current.SelectMany(m => MetavariablePattern(m, c, target, ct)).ToList(),
                MetavariableComparisonCondition c => current.Where(m => ComparisonExpression.Evaluate(c.Comparison, name => m.Bindings.TryGet(name, out var b) ? ComparisonExpression.ValueOf(b) : null)).ToList(),
                FocusCondition c => Focus(current, c),
                _ => current,
            };
        }

        return Distinct(current);
    }

    private static int Order(Condition c) => c switch
    {
        InFileCondition or InProjectCondition => 0,
        InsideCondition or NotInsideCondition => 0,
        NotCondition or NotRegexCondition => 1,
        MetavariableRegexCondition or MetavariablePatternCondition or MetavariableComparisonCondition => 2,
        _ => 3,
    };

    private static List<RangeMatch> Inside(List<RangeMatch> current, List<RangeMatch> contexts) =>
        current.SelectMany(m => contexts.Where(c => c.Contains(m)).Select(c => m.Bindings.Merge(c.Bindings)).OfType<Bindings>().Take(1).Select(b => m with { Bindings = b })).ToList();

    private static List<RangeMatch> NotInside(List<RangeMatch> current, List<RangeMatch> contexts) =>
        current.Where(m => !contexts.Any(c => c.Contains(m) && m.Bindings.Merge(c.Bindings) is not null)).ToList();

    private static List<RangeMatch> Not(List<RangeMatch> current, List<RangeMatch> excluded) =>
        current.Where(m => !excluded.Any(e => e.SameRange(m) && m.Bindings.Merge(e.Bindings) is not null)).ToList();

    private IEnumerable<RangeMatch> MetavariablePattern(RangeMatch m, MetavariablePatternCondition c, MatchTarget target, CancellationToken ct)
    {
        if (!m.Bindings.TryGet(c.Metavariable, out var binding))
        {
            yield break;
        }

        MatchTarget? sub = null;
        if (c.Language is { } language && language != target.Language)
        {
            var node = binding.Node;
            var text = node is not null && node.Kind.Contains("string", StringComparison.Ordinal) ? StringLiterals.Content(node).Content : binding.Text;
            if (c.Formula is RegexFormula or AllFormula { Positives: [RegexFormula] } || language == RuleLanguages.Generic)
            {
                sub = new MatchTarget(new AstNode("text", null, true, 0, text.Length, text), language);
            }
            else
            {
                var root = _syntax.Parse(text, language, out _, out _, ct);
                if (root is null)
                {
                    yield break;
                }

                sub = new MatchTarget(root, language);
            }

            foreach (var inner in Evaluate(c.Formula, sub, ct))
            {
                yield return m;
                yield break;
            }

            yield break;
        }

        foreach (var bound in binding.Nodes)
        {
            var scoped = new MatchTarget(bound, target.Language);
            foreach (var inner in Evaluate(c.Formula, scoped, ct))
            {
                if (inner.Start >= binding.Start && inner.End <= binding.End && m.Bindings.Merge(inner.Bindings) is { } merged)
                {
                    yield return m with { Bindings = merged };
                    yield break;
                }
            }
        }

        if (binding.Nodes.Count == 0 && c.Formula is RegexFormula rf && RegexMatches(rf.Regex, binding.Text).Any())
        {
            yield return m;
        }
    }

    private static List<RangeMatch> Focus(List<RangeMatch> current, FocusCondition c)
    {
        var result = new List<RangeMatch>();
        foreach (var m in current)
        {
            foreach (var name in c.Metavariables)
            {
                if (m.Bindings.TryGet(name, out var b) && b.End > b.Start)
                {
                    result.Add(new RangeMatch(b.Start, b.End, m.Bindings));
                }
            }
        }

        return result;
    }

    private static IEnumerable<RangeMatch> RegexMatches(string pattern, string text)
    {
        var re = Regexes.GetOrAdd(pattern, p => new Regex(p, RegexOptions.NonBacktracking | RegexOptions.Multiline | RegexOptions.CultureInvariant));
        foreach (Match m in re.Matches(text))
        {
            if (m.Length > 0)
            {
                yield return new RangeMatch(m.Index, m.Index + m.Length, Bindings.Empty);
            }
        }
    }

    private static Regex Anchored(string pattern) =>
        Regexes.GetOrAdd("\\A(?:" + pattern + ")", p => new Regex(p, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant));

    private static List<RangeMatch> Distinct(IEnumerable<RangeMatch> matches)
    {
        var seen = new HashSet<(int, int, string)>();
        var result = new List<RangeMatch>();
        foreach (var m in matches)
        {
            var key = string.Join('\u001f', m.Bindings.All.OrderBy(b => b.Key, StringComparer.Ordinal).Select(b => b.Key + "=" + b.Value.Normalized));
            if (seen.Add((m.Start, m.End, key)))
            {
                result.Add(m);
            }
        }

        return result;
    }
}
