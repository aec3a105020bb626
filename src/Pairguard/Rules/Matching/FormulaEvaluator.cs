using System.Text.RegularExpressions;

namespace Pairguard.Rules.Matching;

/// <summary>Evaluates Semgrep's pattern operators over a file, producing ranges with metavariable bindings.</summary>
public sealed class FormulaEvaluator
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<AllFormula, Tuple<Formula[], Condition[]>> TermOrders = [];
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, Regex> AnchoredRegexes = [];
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<AllFormula, (string, MetavariableConstraint)[]> RegexConstraints = [];

    private readonly PatternCompiler _compiler;
    private readonly ISyntaxProvider _syntax;
    /// <summary>The result of a formula that cannot match: shared, as every result is read-only to its callers.</summary>
    private static readonly List<RangeMatch> NoMatches = [];

    private readonly StructuralMatcher _matcher = new();
    private readonly Dictionary<(MatchTarget, string), List<RangeMatch>> _memo = [];
    [ThreadStatic]
    private static IdentityMemos? t_freeMemos;

    private IdentityMemos? _memos = TakeMemos();
    private readonly Dictionary<List<RangeMatch>, RangeIndex> _indexes = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(MatchTarget, string), (int[] Starts, int[] Ends)> _regexRanges = [];
    private readonly Dictionary<AstNode, MatchTarget> _scopedTargets = new(ReferenceEqualityComparer.Instance);
    private bool _spacingDependent;
    private readonly Dictionary<string, GenericPattern?> _generic = new(StringComparer.Ordinal);

    public FormulaEvaluator(PatternCompiler compiler, ISyntaxProvider syntax)
    {
        _compiler = compiler;
        _syntax = syntax;
    }

    /// <summary>The identity-keyed memos of this evaluator (made again if it is used after <see cref="Release"/>).</summary>
    private IdentityMemos Memos => _memos ??= new IdentityMemos();

    /// <summary>
    /// Says the evaluator is done (its file's rules have run): its memos are emptied and kept for the next evaluator made on this
    /// thread, so that their tables are not grown again for every file.
    /// </summary>
    public void Release()
    {
        if (_memos is { } memos)
        {
            _memos = null;
            memos.Clear();
            t_freeMemos = memos;
        }
    }

    private static IdentityMemos? TakeMemos()
    {
        var memos = t_freeMemos;
        t_freeMemos = null;
        return memos;
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
        // the same formula object again (most lookups) is found by identity, before its text is hashed
        if (Memos.Results.TryGetValue(new IdentityKey(target, formula), out var known))
        {
            return known;
        }

        // what the target's words and kinds already rule out is not keyed by its text (hashing a formula's canonical text cost
        // more than the check, and most formulas of most rules match nothing in a file)
        if (CannotMatch(formula, target))
        {
            Memos.Results[new IdentityKey(target, formula)] = NoMatches;
            return NoMatches;
        }

        var key = FormulaKey.Of(formula);
        if (key is null)
        {
            return EvaluateUncached(formula, target, ct);
        }

        if (!_memo.TryGetValue((target, key), out known))
        {
            known = EvaluateUncached(formula, target, ct);
            _memo[(target, key)] = known;
        }

        Memos.Results[new IdentityKey(target, formula)] = known;
        return known;
    }

    private List<RangeMatch> EvaluateUncached(Formula formula, MatchTarget target, CancellationToken ct)
    {
        return formula switch
        {
            PatternFormula p => Pattern(p, target, ct),
            RegexFormula r => TargetRegexMatches(r.Regex, target, r.Line),
            EitherFormula e => Distinct(e.Alternatives.SelectMany(a => Evaluate(a, target, ct))),
            InsideFormula i => Evaluate(i.Inner, target, ct),
            AllFormula a => All(a, target, ct),
            _ => [],
        };
    }

    private List<RangeMatch> Pattern(PatternFormula p, MatchTarget target, CancellationToken ct)
    {
        if (target.Language == RuleLanguages.Generic)
        {
            return GenericMatches(p, target, ct);
        }

        var pattern = _compiler.Compile(p, target.Language, out var error);
        if (pattern is null)
        {
            Errors.Add($"line {p.Line}: {error}");
            return [];
        }

        // a fresh list per call: no copy needed
        var found = _matcher.FindAllList(pattern, target, ct);
        if (_matcher.BudgetExceeded)
        {
            Errors.Add($"line {p.Line}: pattern match budget exceeded; results may be incomplete");
        }

        return found;
    }

    /// <summary>A pattern on a generic (text) target: Semgrep's generic mode, see <see cref="GenericPattern"/>.</summary>
    private List<RangeMatch> GenericMatches(PatternFormula p, MatchTarget target, CancellationToken ct)
    {
        if (!_generic.TryGetValue(p.Code, out var pattern))
        {
            _generic[p.Code] = pattern = GenericPattern.Parse(p.Code);
        }

        if (pattern is null)
        {
            Errors.Add($"line {p.Line}: empty generic pattern");
            return [];
        }

        return pattern.FindAll(target, ct);
    }

    private List<RangeMatch> All(AllFormula a, MatchTarget target, CancellationToken ct) =>
        Constrained(a, target, ct) ?? All(a, target, null, ct);

    /// <summary>A <c>patterns</c> formula, its positive terms evaluated with <c>metavariable-regex</c> constraints (null: as written).</summary>
    private List<RangeMatch> All(AllFormula a, MatchTarget target, Dictionary<string, MetavariableConstraint[]>? constraints, CancellationToken ct)
    {
        // plain terms first (the first gives the ranges), then the context terms (pattern-inside and eithers holding one), as Semgrep
        // orders them; with none (only filters, inside metavariable-pattern), the range of the target (the bound code) is the start
        if (CannotMatch(a, target))
        {
            return [];
        }

        var (positives, conditions) = OrderOf(a);
        if (positives.Length > 0 && IsUnanchored(positives[0], target.Language) && SomeContextEmpty(a, target, ct))
        {
            return [];
        }

        var current = positives.Length == 0 ? [new RangeMatch(target.Root.Start, target.Root.End, Bindings.Empty)]
            : constraints is null ? MetavariableInside(a, target, ct) ?? Evaluate(positives[0], target, ct)
            : Positive(positives[0], target, constraints, ct);
        for (var i = 1; i < positives.Length; i++)
        {
            if (current.Count == 0)
            {
                return current;
            }

            current = Intersect(current, positives[i], target, constraints, ct);
        }

        foreach (var condition in conditions)
        {
            if (current.Count == 0)
            {
                break;
            }

            current = condition switch
            {
                InsideCondition c => Inside(current, IndexOf(Evaluate(c.Formula, target, ct))),
                NotInsideCondition c => NotInside(current, IndexOf(Evaluate(c.Formula, target, ct))),
                NotCondition c => Not(current, IndexOf(Evaluate(c.Formula, target, ct))),
                NotRegexCondition c => NotOverlapping(current, RegexRanges(c.Regex, target, c.Line)),
                InFileCondition c => (Evaluate(c.Formula, target, ct).Count > 0) != c.Negated ? current : [],
                InProjectCondition c => (ProjectQuery is { } q ? q(c.Formula, ct) : Evaluate(c.Formula, target, ct).Count > 0) != c.Negated ? current : [],
                MetavariableRegexCondition c => current.Where(m => m.Bindings.TryGet(c.Metavariable, out var b) && AnchoredMatch(c.Regex, b.Source.AsSpan(b.Start, b.End - b.Start), c.Line)).ToList(),
                MetavariablePatternCondition c => current.SelectMany(m => MetavariablePattern(m, c, target, ct)).ToList(),
                MetavariableComparisonCondition c => current.Where(m => ComparisonExpression.Evaluate(c.Comparison, name => m.Bindings.TryGet(name, out var b) ? ComparisonExpression.ValueOf(b) : null)).ToList(),
                FocusCondition c => Focus(current, c),
                _ => current,
            };
        }

        return Distinct(current);
    }

    /// <summary>
    /// The current matches joined with one more positive term: same range for a plain term, inside a match for a context term
    /// (<c>pattern-inside</c>), and for an either that mixes both, the union of what each alternative keeps.
    /// </summary>
    private List<RangeMatch> Intersect(List<RangeMatch> current, Formula term, MatchTarget target, Dictionary<string, MetavariableConstraint[]>? constraints, CancellationToken ct)
    {
        if (IsInside(term))
        {
            return Inside(current, IndexOf(Evaluate(term, target, ct)));
        }

        if (term is EitherFormula e && HasInside(e))
        {
            return Distinct(e.Alternatives.SelectMany(alt => Intersect(current, alt, target, constraints, ct)).ToList());
        }

        if (term is PatternFormula only && target.Language != RuleLanguages.Generic
            && _compiler.Compile(only, target.Language, out _) is { } pattern && StructuralMatcher.IsMetavariablePattern(pattern))
        {
            // `pattern: $X` after other terms matches every node, but only those at exactly the current ranges can join: those are
            // the only ones tried (same matches, in the same order, as matching the whole file), with the regex constraints if any
            var at = _matcher.FindAllAt(pattern, target, current, ct, constraints)
                ?? (constraints is null ? _matcher.FindAllWithin(pattern, target, IndexOf(current), ct) : null);
            if (at is not null)
            {
                _spacingDependent |= constraints is not null && _matcher.AnswerDependsOnSpacing;
                if (_matcher.BudgetExceeded)
                {
                    Errors.Add($"line {only.Line}: pattern match budget exceeded; results may be incomplete");
                }

                return Join(current, IndexOf(at));
            }
        }

        return Join(current, IndexOf(constraints is null ? Evaluate(term, target, ct) : Positive(term, target, constraints, ct)));
    }

    /// <summary>True when the term is a context: a <c>pattern-inside</c>, an either of contexts, or a <c>patterns</c> whose positive terms are all contexts.</summary>
    private static bool IsInside(Formula f) => f switch
    {
        InsideFormula => true,
        EitherFormula e => e.Alternatives.Count > 0 && e.Alternatives.All(IsInside),
        AllFormula a => a.Positives.All(IsInside),
        _ => false,
    };

    /// <summary>True when the term is a context or an either with a context among its alternatives.</summary>
    private static bool HasInside(Formula f) => IsInside(f) || (f is EitherFormula e && e.Alternatives.Any(HasInside));

    /// <summary>
    /// True when the formula certainly matches nothing in the target, known without matching: a pattern needs a word or a node kind
    /// the target does not hold (what <see cref="StructuralMatcher"/> would find out first), an either all of whose alternatives, or a
    /// <c>patterns</c> one of whose positive terms, contexts, <c>pattern-in-file</c> or same-language <c>metavariable-pattern</c>
    /// conditions (which look at part of the file: what the file lacks, so does the part) cannot match.
    /// </summary>
    public bool CannotMatch(Formula f, MatchTarget target) => Rejection.For(f, target.Language, _compiler).Rejects(target);

    /// <summary>True for a pattern that needs no word (<c>$F(...)</c>, <c>$X = $Y</c>), or an either with one: it matches much of any file, whatever its contexts.</summary>
    private bool IsUnanchored(Formula f, string language) => f switch
    {
        PatternFormula p => language != RuleLanguages.Generic && _compiler.Compile(p, language, out _) is { } pattern
            && StructuralMatcher.RequiredTexts(pattern).Length == 0,
        EitherFormula e => e.Alternatives.Any(x => IsUnanchored(x, language)),
        _ => false,
    };

    /// <summary>
    /// True when one of the formula's contexts (a <c>pattern-inside</c> condition, or a positive term that is a context) matches
    /// nothing, so that neither does the formula. Asked before an unanchored first term is matched all over the file; the contexts'
    /// results are remembered (<see cref="Evaluate"/>), so the evaluation that follows does not repeat them.
    /// </summary>
    private bool SomeContextEmpty(AllFormula a, MatchTarget target, CancellationToken ct)
    {
        foreach (var context in a.Positives.Where(IsInside).Concat(a.Conditions.OfType<InsideCondition>().Select(c => c.Formula)))
        {
            if (Evaluate(context, target, ct).Count == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>pattern: $P</c> with a <c>pattern-inside</c> first among the conditions: every node matches <c>$P</c>, so the context is
    /// always evaluated, and the nodes outside every context would only be dropped by it. Those nodes are not matched at all: the
    /// result is what <see cref="Pattern"/> would give with them left out (same order). Null when the formula is not of this shape.
    /// </summary>
    private List<RangeMatch>? MetavariableInside(AllFormula a, MatchTarget target, CancellationToken ct)
    {
        if (!IsMetavariableInside(a, target.Language))
        {
            return null;
        }

        var only = (PatternFormula)a.Positives[0];
        var pattern = _compiler.Compile(only, target.Language, out _)!;
        var contexts = IndexOf(Evaluate(FirstContext(a)!, target, ct));
        // the formula's linear-time metavariable-regex conditions, checked as each node is bound (they are applied to the result
        // again with the other conditions, so they only leave out early what those would drop)
        var found = _matcher.FindAllWithin(pattern, target, contexts, ct, a.Conditions.Any(c => c is MetavariableRegexCondition) ? With(null, a) : null);
        if (_matcher.BudgetExceeded)
        {
            Errors.Add($"line {only.Line}: pattern match budget exceeded; results may be incomplete");
        }

        return found;
    }

    /// <summary>
    /// A <c>patterns</c> formula with <c>metavariable-regex</c> conditions, its positive terms (down through eithers and nested
    /// <c>patterns</c>, never into contexts or negations) matched with those regexes checked when the metavariables are bound, so
    /// that matches bound to the wrong names are abandoned early instead of completed and filtered out. No condition rebinds a bound
    /// metavariable and each keeps or drops a match on its own, so the matches left out are those the regex conditions (still
    /// applied) would drop; repeats are removed by comparing bound code without whitespace, so this holds when no regex answer
    /// depended on whitespace, and otherwise the formula is evaluated as written. Null when not of this shape (or answers depended
    /// on whitespace).
    /// </summary>
    private List<RangeMatch>? Constrained(AllFormula a, MatchTarget target, CancellationToken ct)
    {
        if (!a.Conditions.Any(c => c is MetavariableRegexCondition) || IsMetavariableInside(a, target.Language)
            || !a.Positives.All(p => Constrainable(p, target.Language)))
        {
            return null;
        }

        var outer = _spacingDependent;
        _spacingDependent = false;
        var result = All(a, target, With(null, a), ct);
        var dependent = _spacingDependent;
        _spacingDependent = outer;
        return dependent ? null : result;
    }

    /// <summary>True when every positive term below the formula is a single-node pattern or a regex (sequences keep only their first way of matching).</summary>
    private bool Constrainable(Formula f, string language) => f switch
    {
        PatternFormula p => _compiler.Compile(p, language, out _) is { IsSequence: false },
        RegexFormula => true,
        EitherFormula e => e.Alternatives.All(x => Constrainable(x, language)),
        AllFormula n => n.Positives.All(x => Constrainable(x, language)) && !IsMetavariableInside(n, language),
        _ => false,
    };

    /// <summary>A positive term evaluated with constraints (not remembered: the results hold only the constrained matches).</summary>
    private List<RangeMatch> Positive(Formula f, MatchTarget target, Dictionary<string, MetavariableConstraint[]> constraints, CancellationToken ct)
    {
        switch (f)
        {
            case PatternFormula p:
                var found = _matcher.FindAll(_compiler.Compile(p, target.Language, out _)!, target, constraints, ct);
                _spacingDependent |= _matcher.AnswerDependsOnSpacing;
                if (_matcher.BudgetExceeded)
                {
                    Errors.Add($"line {p.Line}: pattern match budget exceeded; results may be incomplete");
                }

                return found;
            case EitherFormula e:
                var spaced = Spaced(constraints);
                return Distinct(e.Alternatives.SelectMany(x => Positive(x, target, spaced, ct)));
            case AllFormula n:
                return All(n, target, With(Spaced(constraints), n), ct);
            default:
                return Evaluate(f, target, ct);
        }
    }

    /// <summary>The constraints, marked as separated from their conditions by a removal of repeats (an either, a nested <c>patterns</c>).</summary>
    private static Dictionary<string, MetavariableConstraint[]> Spaced(Dictionary<string, MetavariableConstraint[]> constraints) =>
        constraints.ToDictionary(c => c.Key, c => Array.ConvertAll(c.Value, x => x with { SpacingMatters = true }), StringComparer.Ordinal);

    /// <summary>The constraints with the <c>metavariable-regex</c> conditions of a <c>patterns</c> formula added.</summary>
    private static Dictionary<string, MetavariableConstraint[]> With(Dictionary<string, MetavariableConstraint[]>? constraints, AllFormula a)
    {
        var result = constraints is null ? new Dictionary<string, MetavariableConstraint[]>(StringComparer.Ordinal) : new Dictionary<string, MetavariableConstraint[]>(constraints, StringComparer.Ordinal);
        foreach (var (metavariable, added) in RegexConstraints.GetValue(a, OwnRegexConstraints))
        {
            result[metavariable] = result.TryGetValue(metavariable, out var known) ? [.. known, added] : [added];
        }

        return result;
    }

    /// <summary>A formula's own <c>metavariable-regex</c> conditions as constraints (the linear-time ones), worked out once per formula.</summary>
    private static (string Metavariable, MetavariableConstraint Constraint)[] OwnRegexConstraints(AllFormula a) =>
        [.. a.Conditions.OfType<MetavariableRegexCondition>().Where(c => !RuleRegex.IsBacktracking(AnchoredPattern(c.Regex)))
            .Select(c => (c.Metavariable, new MetavariableConstraint(RuleRegex.Deferred(AnchoredPattern(c.Regex)), SpacingMatters: false, RegexLiteral.AllAnchors(c.Regex))))];

    private bool IsMetavariableInside(AllFormula a, string language) =>
        a.Positives is [PatternFormula only, ..] && FirstContext(a) is not null
        && _compiler.Compile(only, language, out _) is { } pattern && StructuralMatcher.IsMetavariablePattern(pattern);

    /// <summary>
    /// For <c>patterns</c> whose one plain term is followed by contexts only: the context the matches must lie in first — a
    /// <c>pattern-inside</c> first among the conditions, or else a positive term that is a context (an either of <c>pattern-inside</c>s).
    /// Null for any other shape.
    /// </summary>
    private static Formula? FirstContext(AllFormula a)
    {
        if (a.Positives.Skip(1).Any(p => !IsInside(p)))
        {
            return null;
        }

        return a.Conditions.OrderBy(Order).FirstOrDefault() is InsideCondition first ? first.Formula : a.Positives.Skip(1).FirstOrDefault();
    }

    /// <summary>A <c>patterns</c> formula's terms in the order <see cref="All(AllFormula, MatchTarget, Dictionary{string, MetavariableConstraint[]}?, CancellationToken)"/> takes them, worked out once per formula.</summary>
    private static (Formula[] Positives, Condition[] Conditions) OrderOf(AllFormula a) =>
        TermOrders.GetValue(a, static x => Tuple.Create<Formula[], Condition[]>(
            [.. x.Positives.Where(p => !HasInside(p) && !IsLoneMetavariable(p)), .. x.Positives.Where(p => !HasInside(p) && IsLoneMetavariable(p)), .. x.Positives.Where(HasInside)],
            [.. x.Conditions.OrderBy(Order)])).ToValueTuple();

    /// <summary>
    /// True for <c>pattern: $X</c>, which matches every node: put after the other plain terms, it is matched only within their
    /// ranges (see <see cref="Intersect"/>), not over the whole file first. The join keeps the same matches, each range's bindings
    /// in the same order.
    /// </summary>
    private static bool IsLoneMetavariable(Formula f) =>
        f is PatternFormula { Code: var code } && code.Trim() is { Length: > 1 } t && t[0] == '$' && t.Skip(1).All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_');

    private static int Order(Condition c) => c switch
    {
        InFileCondition or InProjectCondition => 0,
        InsideCondition or NotInsideCondition => 0,
        NotCondition or NotRegexCondition => 1,
        MetavariableRegexCondition or MetavariablePatternCondition or MetavariableComparisonCondition => 2,
        _ => 3,
    };

    /// <summary>The index of a (memoised, never modified) match list, built once per list.</summary>
    private RangeIndex IndexOf(List<RangeMatch> matches)
    {
        if (!_indexes.TryGetValue(matches, out var index))
        {
            _indexes[matches] = index = new RangeIndex(matches);
        }

        return index;
    }

    /// <summary>The matches of the current list that another positive term also matches with the same range (bindings joined).</summary>
    private static List<RangeMatch> Join(List<RangeMatch> current, RangeIndex other)
    {
        var result = new List<RangeMatch>();
        foreach (var m in current)
        {
            if (other.SameRange(m.Start, m.End) is not { } same)
            {
                continue;
            }

            foreach (var i in same)
            {
                if (m.Bindings.Merge(other.Items[i].Bindings) is { } b)
                {
                    result.Add(WithBindings(m, b));
                }
            }
        }

        return result;
    }

    /// <summary>The matches inside a context, with the bindings of the first context (in list order) that contains them and agrees.</summary>
    private static List<RangeMatch> Inside(List<RangeMatch> current, RangeIndex contexts)
    {
        var result = new List<RangeMatch>();
        var hits = new List<int>();
        foreach (var m in current)
        {
            contexts.Containing(m.Start, m.End, hits);
            foreach (var i in hits)
            {
                if (m.Bindings.Merge(contexts.Items[i].Bindings) is { } b)
                {
                    result.Add(WithBindings(m, b));
                    break;
                }
            }
        }

        return result;
    }

    private static List<RangeMatch> NotInside(List<RangeMatch> current, RangeIndex contexts)
    {
        var result = new List<RangeMatch>();
        var hits = new List<int>();
        foreach (var m in current)
        {
            contexts.Containing(m.Start, m.End, hits);
            if (!hits.Exists(i => m.Bindings.Merge(contexts.Items[i].Bindings) is not null))
            {
                result.Add(m);
            }
        }

        return result;
    }

    private static List<RangeMatch> Not(List<RangeMatch> current, RangeIndex excluded) =>
        current.Where(m => excluded.SameRange(m.Start, m.End) is not { } same || !same.Exists(i => m.Bindings.Merge(excluded.Items[i].Bindings) is not null)).ToList();

    private static RangeMatch WithBindings(RangeMatch m, Bindings b) => ReferenceEquals(m.Bindings, b) ? m : m with { Bindings = b };

    /// <summary>The matches that overlap no match of the regex (whose matches are sorted, disjoint and non-empty).</summary>
    private static List<RangeMatch> NotOverlapping(List<RangeMatch> current, (int[] Starts, int[] Ends) regex)
    {
        var result = new List<RangeMatch>();
        foreach (var m in current)
        {
            // the first regex match ending after m starts is the only one that can overlap m without an earlier one doing so
            var i = FirstEndAfter(regex.Ends, m.Start);
            if (i == regex.Ends.Length || regex.Starts[i] >= m.End)
            {
                result.Add(m);
            }
        }

        return result;
    }

    private static int FirstEndAfter(int[] ends, int position)
    {
        int lo = 0, hi = ends.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (ends[mid] > position)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }

    /// <summary>The ranges of a regex's matches in the target's text, computed once per target.</summary>
    private (int[] Starts, int[] Ends) RegexRanges(string regex, MatchTarget target, int line)
    {
        if (!_regexRanges.TryGetValue((target, regex), out var ranges))
        {
            var matches = TargetRegexMatches(regex, target, line);
            ranges = (matches.Select(m => m.Start).ToArray(), matches.Select(m => m.End).ToArray());
            _regexRanges[(target, regex)] = ranges;
        }

        return ranges;
    }

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
            if (IsTextOnly(c.Formula) || language == RuleLanguages.Generic)
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
            var scoped = ScopedTarget(bound, target);
            foreach (var inner in Evaluate(c.Formula, scoped, ct))
            {
                if (inner.Start >= binding.Start && inner.End <= binding.End && m.Bindings.Merge(inner.Bindings) is { } merged)
                {
                    yield return m with { Bindings = merged };
                    yield break;
                }
            }
        }

        if (binding.Nodes.Count == 0 && c.Formula is RegexFormula rf && RegexMatches(rf.Regex, binding.Text, rf.Line).Any())
        {
            yield return m;
        }
    }

    /// <summary>True when the formula only looks at text (a regex, or a <c>patterns</c> of a regex or of regex filters alone).</summary>
    private static bool IsTextOnly(Formula f) => f is RegexFormula or AllFormula { Positives: [RegexFormula] }
        || (f is AllFormula { Positives: [] } a && a.Conditions.All(c => c is NotRegexCondition or MetavariableRegexCondition));

    /// <summary>A target made of one bound node, the same object each time so that its formula results are remembered.</summary>
    private MatchTarget ScopedTarget(AstNode node, MatchTarget target)
    {
        if (!_scopedTargets.TryGetValue(node, out var scoped) || scoped.Language != target.Language)
        {
            _scopedTargets[node] = scoped = new MatchTarget(node, target.Language, target.Occurrences);
        }

        return scoped;
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

    /// <summary>
    /// The matches of a regex in the target's code only: for a bound node (metavariable-pattern) that is the node's text, so that
    /// <c>^</c> and <c>$</c> anchor at its ends as in Semgrep; positions stay those of the file.
    /// </summary>
    private List<RangeMatch> TargetRegexMatches(string pattern, MatchTarget target, int line)
    {
        var root = target.Root;
        if (root.Start == 0 && root.End == root.Source.Length)
        {
            return RegexMatches(pattern, root.Source, line);
        }

        return RegexMatches(pattern, root.Text, line).ConvertAll(m => new RangeMatch(m.Start + root.Start, m.End + root.Start, m.Bindings));
    }

    /// <summary>The non-empty matches of a regex in the text; a time-limited regex that runs out of time stops there and is reported.</summary>
    private List<RangeMatch> RegexMatches(string pattern, string text, int line)
    {
        var result = new List<RangeMatch>();
        try
        {
            for (var m = RuleRegex.Get(pattern, RegexOptions.Multiline).Match(text); m.Success; m = m.NextMatch())
            {
                if (m.Length > 0)
                {
                    result.Add(new RangeMatch(m.Index, m.Index + m.Length, Bindings.Empty));
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            Errors.Add(TimedOut(line));
        }

        return result;
    }

    /// <summary>Whether the text starts with a match of the regex (Semgrep's <c>metavariable-regex</c>); a timeout counts as no match and is reported.</summary>
    private bool AnchoredMatch(string pattern, ReadOnlySpan<char> text, int line)
    {
        try
        {
            return Anchored(pattern).IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            Errors.Add(TimedOut(line));
            return false;
        }
    }

    private static string TimedOut(int line) =>
        $"line {line}: regex with lookarounds or backreferences ran out of time ({RuleRegex.Timeout.TotalSeconds:0.#} s); treated as no match";

    private static string AnchoredPattern(string pattern) => "\\A(?:" + pattern + ")";

    /// <summary>The regex anchored at the start of the text, remembered per pattern string (a rule's), so that a call neither builds the anchored pattern nor hashes it.</summary>
    private static Regex Anchored(string pattern) => AnchoredRegexes.GetValue(pattern, static p => RuleRegex.ForTest(AnchoredPattern(p)));

    /// <summary>
    /// The matches without repeats: one per range and set of bound code. The bound code is only compared between matches that share
    /// a range, so most matches are never compared.
    /// </summary>
    private static List<RangeMatch> Distinct(IEnumerable<RangeMatch> matches)
    {
        var result = new List<RangeMatch>();
        var firstAt = new Dictionary<(int, int), int>();
        Dictionary<(int, int), HashSet<Bindings>>? seenAt = null;
        foreach (var m in matches)
        {
            var range = (m.Start, m.End);
            if (!firstAt.TryGetValue(range, out var at))
            {
                firstAt[range] = result.Count;
                result.Add(m);
                continue;
            }

            seenAt ??= [];
            if (!seenAt.TryGetValue(range, out var seen))
            {
                seenAt[range] = seen = new HashSet<Bindings>(SameBindings.Instance) { result[at].Bindings };
            }

            if (seen.Add(m.Bindings))
            {
                result.Add(m);
            }
        }

        return result;
    }
}

/// <summary>What a <see cref="FormulaEvaluator"/> remembers by identity (target and formula or pattern objects) for one file.</summary>
internal sealed class IdentityMemos
{
    /// <summary>A formula's matches in a target.</summary>
    public Dictionary<IdentityKey, List<RangeMatch>> Results { get; } = [];


    /// <summary>Forgets every answer (the tables keep their size).</summary>
    public void Clear()
    {
        Results.Clear();
    }
}
