namespace Pairguard.Rules.Matching;

/// <summary>
/// Matches pattern trees against target trees: metavariables unify, <c>...</c> spans sequences, strings compare by content,
/// comments and redundant parentheses are ignored, keyword arguments match in any order.
/// </summary>
public sealed partial class StructuralMatcher
{
    private static readonly HashSet<string> StringKinds =
    [
        "string", "concatenated_string", "template_string", "string_literal", "text_block", "verbatim_string_literal",
        "raw_string_literal", "interpolated_string_expression", "interpreted_string_literal", "encapsed_string", "heredoc", "nowdoc",
    ];

    private static readonly HashSet<string> ParenKinds = ["parenthesized_expression", "parenthesized_statements"];

    private static readonly HashSet<string> WrapperKinds =
    [
        "module", "program", "compilation_unit", "source_file", "global_statement", "expression_statement", "translation_unit",
        "body_statement", "argument",
    ];

    private static readonly HashSet<string> KeywordArgumentKinds = ["keyword_argument", "pair"];

    // C# modifiers and attribute lists a declaration pattern does not mention (`class $C : $B { ... }` for `public sealed class ...`)
    // and Java's modifiers (`$T $M(...) { ... }` for `public static void m() { }`)
    private static readonly HashSet<string> OptionalDeclarationKinds = ["modifier", "attribute_list", "modifiers"];

    /// <summary>Fields a pattern may leave out: a declaration written without them matches one that has them (Semgrep's behaviour).</summary>
    private static readonly HashSet<string> OptionalFields = ["return_type", "type_parameters"];

    /// <summary>Node kinds a pattern may leave out: explicit type arguments (<c>foo&lt;string&gt;(x)</c> for <c>foo(...)</c>).</summary>
    private static readonly HashSet<string> OptionalKinds = ["type_arguments"];

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<List<AstNode>, NodeSpans> Spans = [];

    private readonly int _budget;
    private int _steps;

    /// <param name="stepBudget">Upper bound on match steps per call of <see cref="FindAll(Pattern, MatchTarget, CancellationToken)"/>, so pathological patterns cannot hang a scan.</param>
    public StructuralMatcher(int stepBudget = 2_000_000)
    {
        _budget = stepBudget;
    }

    /// <summary>True when the last search stopped because it ran out of steps.</summary>
    public bool BudgetExceeded { get; private set; }

    /// <summary>Counts one match step; true (and <see cref="BudgetExceeded"/> set) when the search has used up its budget.</summary>
    private bool OutOfSteps()
    {
        if (++_steps <= _budget)
        {
            return false;
        }

        BudgetExceeded = true;
        return true;
    }

    /// <summary>Every match of the pattern anywhere under <paramref name="root"/>.</summary>
    public IEnumerable<RangeMatch> FindAll(Pattern pattern, AstNode root, IReadOnlyDictionary<string, List<AstNode>>? byKind = null, CancellationToken ct = default) =>
        FindAll(pattern, root, byKind, null, default, ct);

    /// <summary>Every match of the pattern in the target, trying only the nodes whose range holds the words the pattern needs.</summary>
    public IEnumerable<RangeMatch> FindAll(Pattern pattern, MatchTarget target, CancellationToken ct = default) =>
        FindAll(pattern, target.Root, target.ByKind, target.Occurrences, target.Nodes, ct);

    /// <summary><see cref="FindAll(Pattern, MatchTarget, CancellationToken)"/> as the new list it builds (the caller may keep it).</summary>
    internal List<RangeMatch> FindAllList(Pattern pattern, MatchTarget target, CancellationToken ct = default) =>
        FindAll(pattern, target.Root, target.ByKind, target.Occurrences, target.Nodes, ct);

    private List<RangeMatch> FindAll(Pattern pattern, AstNode root, IReadOnlyDictionary<string, List<AstNode>>? byKind, TextOccurrences? occurrences, ArraySegment<AstNode> nodes, CancellationToken ct)
    {
        _steps = 0;
        BudgetExceeded = false;
        var results = new List<RangeMatch>();
        var required = occurrences is null ? [] : RarestFirst(RequiredTexts(pattern, byKind), occurrences, root);
        if (required is null || (occurrences is not null && !HoldsTypes(pattern, occurrences)))
        {
            return results;
        }

        if (pattern.IsSequence)
        {
            var trailingEllipsis = pattern.Nodes.Count > 1 && IsEllipsisNode(pattern.Nodes[^1]);
            var needed = pattern.Nodes.Count(n => !IsEllipsisNode(n));
            var kindNodes = byKind is null ? [] : KindLists(pattern, byKind, null);
            if (kindNodes is null)
            {
                return results;
            }

            var kinds = SpansOf(kindNodes);
            var aligned = IsAligned(pattern);
            var parents = AnchoredCandidates(root, nodes, kindNodes, required, occurrences, nodes.Count, null)
                ?? SequenceParents(pattern, root, nodes, byKind) ?? AllNodes(root, nodes);
            foreach (var parent in parents)
            {
                ct.ThrowIfCancellationRequested();
                if (parent.Children.Length < needed || !AllWithin(kinds, parent.Start, parent.End))
                {
                    continue;
                }

                var kids = parent.Significant;
                if (kids.Length < needed || (required.Length > 0 && !HoldsAll(required, occurrences!, parent.Start, parent.End)))
                {
                    continue;
                }

                var window = aligned && !HasOptionalDeclaration(kids);
                for (var start = 0; start < kids.Length; start++)
                {
                    if (!MayStartWith(pattern.Nodes[0], kids[start]) || (window && !WindowMayMatch(pattern.Nodes, kids, start)))
                    {
                        continue;
                    }

                    foreach (var (b, last) in MatchSequence(pattern.Nodes, 0, kids, start, Bindings.Empty, allowTrailing: true))
                    {
                        var end = last >= start ? kids[last].End : kids[start].Start;
                        if (trailingEllipsis)
                        {
                            // A trailing `...` stands for the rest of the block (as in Semgrep), so a `pattern-inside` of a check followed by `...`
                            // covers every statement after the check.
                            end = Math.Max(end, kids[^1].End);
                        }

                        results.Add(new RangeMatch(kids[start].Start, end, b));
                        break;
                    }
                }
            }

            return results;
        }

        var p = Unwrap(pattern.Nodes[0]);
        var kindNodeLists = byKind is null ? [] : KindLists(pattern, byKind, IsWildcard(p) ? null : p.Kind);
        if (kindNodeLists is null)
        {
            return results;
        }

        var kindLists = SpansOf(kindNodeLists);

        IEnumerable<AstNode> candidates = byKind is not null && !IsWildcard(p) && Info(p).IsAssignment ? AssignmentCandidates(p.Kind, byKind)
            : byKind is not null && Info(p).ImportedModule is not null ? ImportCandidates(byKind)
            : byKind is not null && !IsWildcard(p) && byKind.TryGetValue(p.Kind, out var list) ? AnchoredCandidates(root, nodes, kindNodeLists, required, occurrences, list.Count, p.Kind, ConstraintAnchors(pattern)) ?? list
            : byKind is not null && !IsWildcard(p) ? []
            : byKind is not null && TypedCandidates(p, root, byKind) is { } typed ? typed
            : IsStringPattern(p) ? StringNodes(root, byKind)
            : AllNodes(root, nodes);
        foreach (var t in candidates)
        {
            ct.ThrowIfCancellationRequested();
            if (BudgetExceeded)
            {
                break;
            }

            if ((required.Length > 0 && !HoldsAll(required, occurrences!, t.Start, t.End)) || !AllWithin(kindLists, t.Start, t.End))
            {
                continue;
            }

            var answers = Match(p, t, Bindings.Empty);
            if (answers is IReadOnlyList<Bindings> given)
            {
                // the answers given at once: read without an enumerator
                for (var i = 0; i < given.Count; i++)
                {
                    results.Add(new RangeMatch(t.Start, t.End, given[i]));
                }

                continue;
            }

            foreach (var b in answers)
            {
                results.Add(new RangeMatch(t.Start, t.End, b));
            }
        }

        return results;
    }

    /// <summary>Indexes a tree's nodes by kind (parentheses unwrapped), for <see cref="FindAll(Pattern, MatchTarget, CancellationToken)"/>.</summary>
    public static Dictionary<string, List<AstNode>> IndexByKind(AstNode root) =>
        IndexByKind(root.PreOrder is { Count: > 0 } listed ? listed : new ArraySegment<AstNode>([.. root.DescendantsAndSelf()]));

    /// <summary>The listed nodes of the tree under <paramref name="root"/> (all of them, in pre-order), or a walk when none are listed.</summary>
    private static IEnumerable<AstNode> AllNodes(AstNode root, ArraySegment<AstNode> nodes) => nodes.Count > 0 ? nodes : root.DescendantsAndSelf();

    /// <summary>Indexes nodes listed in pre-order by kind (see <see cref="IndexByKind(AstNode)"/>).</summary>
    internal static Dictionary<string, List<AstNode>> IndexByKind(ArraySegment<AstNode> nodes)
    {
        var index = new Dictionary<string, List<AstNode>>(StringComparer.Ordinal);
        List<AstNode>? last = null;
        string? lastKind = null;
        foreach (var n in nodes)
        {
            // the grammar's kind names are shared strings: a run of one kind skips the lookup
            if (!ReferenceEquals(n.Kind, lastKind))
            {
                ref var l = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(index, n.Kind, out _);
                l ??= [];
                last = l;
                lastKind = n.Kind;
            }

            last!.Add(n);
        }

        return index;
    }

    /// <summary>All ways the pattern node matches the target node, extending the bindings.</summary>
    public IEnumerable<Bindings> Match(AstNode pattern, AstNode target, Bindings bindings)
    {
        // the simple cases answer at once; only structure (and deep patterns) need a lazy enumeration
        if (OutOfSteps())
        {
            return [];
        }

        var info = Info(pattern);
        pattern = info.Unwrapped;
        target = Unwrap(target);

        if (info.Metavariable is { } name)
        {
            if (name == "$_")
            {
                return bindings.AsOne;
            }

            if (info.MetavariableType is not null && !HasType(target, info))
            {
                return [];
            }

            return Allowed(name, bindings, target.Source, target.Start, target.End) && bindings.Bind(name, Binding.Of(target)) is { } bound ? bound.AsOne : [];
        }

        if (info.IsEllipsis)
        {
            return bindings.AsOne;
        }

        if (info.DeepInner is { } inner)
        {
            return MatchDeep(inner, target, bindings);
        }

        if (info.IsString)
        {
            if (info.StringParts is { } parts)
            {
                return StringKinds.Contains(target.Kind) ? MatchInterpolated(parts, target, bindings) : [];
            }

            if (info.StringMetavariable is { } content && StringKinds.Contains(target.Kind))
            {
                // '$NAME': any constant string, bound to the metavariable
                return !Content(target).Interpolated && Allowed(content, bindings, target.Source, target.Start, target.End)
                    && bindings.Bind(content, Binding.Of(target)) is { } bound ? bound.AsOne : [];
            }

            return StringKinds.Contains(target.Kind) && StringMatches(pattern, target) ? bindings.AsOne : [];
        }

        if (info.ImportedModule is { } module)
        {
            return ImportsModule(module, target) ? bindings.AsOne : [];
        }

        if (info.Chain is { } chain && ResolvedChain(target) is { } resolved && MatchChain(chain, resolved, bindings) is { } viaImport)
        {
            return viaImport.AsOne;
        }

        if (pattern.Kind != target.Kind)
        {
            return info.IsAssignment && DeclarationKinds.Contains(target.Kind) ? MatchDeclaration(pattern, target, bindings) : [];
        }

        var pk = pattern.Significant;
        var tk = WithoutUnmentioned(pattern, target);
        if (pk.Length == 0)
        {
            return tk.Count == 0 && pattern.SameText(target) ? bindings.AsOne : [];
        }

        if (pattern.Kind == "modifiers")
        {
            // Java: the modifiers and annotations a pattern writes must all be there, in order; the target may have more
            return MatchSubsequence(pk, 0, tk, 0, bindings);
        }

        if (info.Fixed && !tk.Any(k => OptionalDeclarationKinds.Contains(k.Kind)))
        {
            return MatchFixed(pk, tk, bindings) is { } b ? b.AsOne : [];
        }

        return MatchChildren(info, pk, tk, bindings);
    }

    /// <summary>
    /// A pattern whose children each match in at most one way, against a target none of whose children may be skipped: the
    /// children pair up in order (what <see cref="MatchSequence"/> finds in that case), without enumerators.
    /// </summary>
    private Bindings? MatchFixed(IReadOnlyList<AstNode> pk, IReadOnlyList<AstNode> tk, Bindings bindings)
    {
        if (pk.Count != tk.Count)
        {
            return null;
        }

        for (var i = 0; i < pk.Count; i++)
        {
            if (OutOfSteps())
            {
                return null;
            }

            if (First(Match(pk[i], tk[i], bindings)) is not { } next)
            {
                return null;
            }

            bindings = next;
        }

        return bindings;
    }

    /// <summary>The first of a match's answers; the answers given at once (a list) are read without an enumerator.</summary>
    private static Bindings? First(IEnumerable<Bindings> answers)
    {
        if (answers is IReadOnlyList<Bindings> list)
        {
            return list.Count > 0 ? list[0] : null;
        }

        foreach (var b in answers)
        {
            return b;
        }

        return null;
    }

    private IEnumerable<Bindings> MatchDeep(AstNode inner, AstNode target, Bindings bindings)
    {
        foreach (var t in target.DescendantsAndSelf())
        {
            foreach (var b in Match(inner, t, bindings))
            {
                yield return b;
            }
        }
    }

    private IEnumerable<Bindings> MatchChildren(PatternNodeInfo info, IReadOnlyList<AstNode> pk, IReadOnlyList<AstNode> tk, Bindings bindings)
    {
        if (info.HasKeywordArguments || info.HasDecorators)
        {
            return MatchChildrenSteps(info, pk, tk, bindings);
        }

        // children in order: a sequence that fails outright needs no enumerator
        var sequence = MatchSequence(pk, 0, tk, 0, bindings, allowTrailing: false);
        return sequence switch
        {
            IReadOnlyList<(Bindings, int)> { Count: 0 } => [],
            IReadOnlyList<(Bindings Bindings, int)> { Count: 1 } one => one[0].Bindings.AsOne,
            _ => BindingsOf(sequence),
        };
    }

    private static IEnumerable<Bindings> BindingsOf(IEnumerable<(Bindings Bindings, int Last)> sequence)
    {
        foreach (var (b, _) in sequence)
        {
            yield return b;
        }
    }

    private IEnumerable<Bindings> MatchChildrenSteps(PatternNodeInfo info, IReadOnlyList<AstNode> pk, IReadOnlyList<AstNode> tk, Bindings bindings)
    {
        if (info.HasKeywordArguments)
        {
            foreach (var b in MatchArguments(pk, tk, bindings))
            {
                yield return b;
            }

            yield break;
        }

        if (info.HasDecorators)
        {
            // decorators written in the pattern must appear on the target in the same order; the target may have more (Semgrep's behaviour)
            var pRest = pk.Where(k => !IsDecorator(k)).ToList();
            var tRest = tk.Where(k => !IsDecorator(k)).ToList();
            foreach (var b in MatchSubsequence(pk.Where(IsDecorator).ToList(), 0, tk.Where(IsDecorator).ToList(), 0, bindings))
            {
                foreach (var (r, _) in MatchSequence(pRest, 0, tRest, 0, b, allowTrailing: false))
                {
                    yield return r;
                }
            }

            yield break;
        }

        foreach (var (b, _) in MatchSequence(pk, 0, tk, 0, bindings, allowTrailing: false))
        {
            yield return b;
        }
    }

    private static bool IsDecorator(AstNode n) => n.Kind == "decorator";

    /// <summary>Each pattern item matches a distinct target item, in order, with any target items skipped between them.</summary>
    private IEnumerable<Bindings> MatchSubsequence(IReadOnlyList<AstNode> ps, int pi, IReadOnlyList<AstNode> ts, int ti, Bindings bindings)
    {
        if (pi == ps.Count)
        {
            yield return bindings;
            yield break;
        }

        for (var j = ti; j < ts.Count; j++)
        {
            foreach (var b in Match(ps[pi], ts[j], bindings))
            {
                foreach (var r in MatchSubsequence(ps, pi + 1, ts, j + 1, b))
                {
                    yield return r;
                }
            }
        }
    }

    /// <summary>Matches pattern items [pi..] against target items [ti..]; yields bindings and the index of the last target item consumed.</summary>
    /// <remarks>
    /// The answers that need no enumeration are given at once: the end of the pattern, and a plain item whose match against the
    /// next target item fails outright (most tries fail there). Only the rest pays for an enumerator, which gets the item's matches.
    /// </remarks>
    private IEnumerable<(Bindings Bindings, int Last)> MatchSequence(IReadOnlyList<AstNode> ps, int pi, IReadOnlyList<AstNode> ts, int ti, Bindings bindings, bool allowTrailing)
    {
        if (pi == ps.Count)
        {
            if (OutOfSteps())
            {
                return [];
            }

            return ti == ts.Count || allowTrailing ? [(bindings, ti - 1)] : [];
        }

        var p = ps[pi];
        var info = Info(p);
        if (info.IsEllipsis && info.SequenceName is null && pi == ps.Count - 1 && !allowTrailing)
        {
            // a last `...` takes all the items left: one answer
            if (OutOfSteps())
            {
                return [];
            }

            return [(bindings, ts.Count - 1)];
        }

        if (info.IsEllipsis || info.SequenceName is not null || (info.OnlyEllipses && (ti >= ts.Count || ts[ti].Kind != p.Kind))
            || (ti < ts.Count && OptionalDeclarationKinds.Contains(ts[ti].Kind)))
        {
            return MatchSequenceSteps(ps, pi, ts, ti, bindings, allowTrailing, null);
        }

        if (OutOfSteps())
        {
            return [];
        }

        if (ti >= ts.Count)
        {
            return [];
        }

        var first = Match(p, ts[ti], bindings);
        if (first is ICollection<Bindings> { Count: 0 } && !(IsCallStatement(p, info) && AssignedValue(ts[ti]) is not null))
        {
            return [];
        }

        if (first is IReadOnlyList<Bindings> { Count: 1 } one)
        {
            // one way to match the item: the rest of the sequence goes on from it, with no enumerator in between
            return MatchSequence(ps, pi + 1, ts, ti + 1, one[0], allowTrailing);
        }

        return MatchSequenceSteps(ps, pi, ts, ti, bindings, allowTrailing, first);
    }

    /// <summary>
    /// <see cref="MatchSequence"/> as an enumeration; <paramref name="first"/>, when given, is what the plain item at
    /// <paramref name="pi"/> matches at <paramref name="ti"/> (already counted as a step).
    /// </summary>
    private IEnumerable<(Bindings Bindings, int Last)> MatchSequenceSteps(IReadOnlyList<AstNode> ps, int pi, IReadOnlyList<AstNode> ts, int ti, Bindings bindings, bool allowTrailing, IEnumerable<Bindings>? first)
    {
        if (first is null && OutOfSteps())
        {
            yield break;
        }

        if (pi == ps.Count)
        {
            if (ti == ts.Count || allowTrailing)
            {
                yield return (bindings, ti - 1);
            }

            yield break;
        }

        var p = ps[pi];
        var info = Info(p);
        if (info.IsEllipsis || info.SequenceName is not null)
        {
            var seqName = info.SequenceName;

            // A trailing ellipsis spans to the end of the block (as in Semgrep): try the longest span first.
            var trailing = pi == ps.Count - 1 && allowTrailing;
            for (var step = 0; step <= ts.Count - ti; step++)
            {
                var k = trailing ? ts.Count - step : ti + step;
                var b = bindings;
                if (seqName is not null)
                {
                    var slice = ts.Skip(ti).Take(k - ti).ToList();
                    var start = slice.Count > 0 ? slice[0].Start : (ti < ts.Count ? ts[ti].Start : (ts.Count > 0 ? ts[^1].End : 0));
                    var end = slice.Count > 0 ? slice[^1].End : start;
                    var src = ts.Count > 0 ? ts[0].Source : p.Source;
                    b = Allowed(seqName, b, src, start, end) ? b.Bind(seqName, new Binding(slice, start, end, src))! : null!;
                    if (b is null)
                    {
                        continue;
                    }
                }

                foreach (var r in MatchSequence(ps, pi + 1, ts, k, b, allowTrailing))
                {
                    yield return (r.Bindings, Math.Max(r.Last, k - 1));
                }
            }

            yield break;
        }

        // `def $F(...)` / `function f(...)`: a list holding only ellipses also stands for a list that is not written at all
        if (info.OnlyEllipses && (ti >= ts.Count || ts[ti].Kind != p.Kind))
        {
            foreach (var r in MatchSequence(ps, pi + 1, ts, ti, bindings, allowTrailing))
            {
                yield return r;
            }

            yield break;
        }

        if (ti >= ts.Count)
        {
            yield break;
        }

        if (OptionalDeclarationKinds.Contains(ts[ti].Kind))
        {
            foreach (var r in MatchSequence(ps, pi, ts, ti + 1, bindings, allowTrailing))
            {
                yield return r;
            }
        }

        var matched = false;
        foreach (var b in first ?? Match(p, ts[ti], bindings))
        {
            matched = true;
            foreach (var r in MatchSequence(ps, pi + 1, ts, ti + 1, b, allowTrailing))
            {
                yield return r;
            }
        }

        if (!matched && IsCallStatement(p, info) && AssignedValue(ts[ti]) is { } value)
        {
            foreach (var b in Match(info.Unwrapped, value, bindings))
            {
                foreach (var r in MatchSequence(ps, pi + 1, ts, ti + 1, b, allowTrailing))
                {
                    yield return r;
                }
            }
        }
    }

    /// <summary>Argument lists: positional arguments in order (with ellipses), keyword arguments in any order.</summary>
    private IEnumerable<Bindings> MatchArguments(IReadOnlyList<AstNode> pk, IReadOnlyList<AstNode> tk, Bindings bindings)
    {
        var pPos = pk.Where(k => !IsKeywordArgument(k)).ToList();
        var pKw = pk.Where(k => IsKeywordArgument(k)).ToList();
        var tPos = tk.Where(k => !IsKeywordArgument(k)).ToList();
        var tKw = tk.Where(k => IsKeywordArgument(k)).ToList();
        var open = pPos.Exists(p => Info(p).IsEllipsis || Info(p).SequenceName is not null);
        if (!open && tKw.Count != pKw.Count)
        {
            yield break;
        }

        foreach (var (b, _) in MatchSequence(pPos, 0, tPos, 0, bindings, allowTrailing: false))
        {
            foreach (var r in MatchKeywords(pKw, 0, tKw, new bool[tKw.Count], b))
            {
                yield return r;
            }
        }
    }

    private IEnumerable<Bindings> MatchKeywords(List<AstNode> pKw, int i, List<AstNode> tKw, bool[] used, Bindings bindings)
    {
        if (i == pKw.Count)
        {
            yield return bindings;
            yield break;
        }

        for (var j = 0; j < tKw.Count; j++)
        {
            if (used[j])
            {
                continue;
            }

            foreach (var b in Match(pKw[i], tKw[j], bindings))
            {
                used[j] = true;
                foreach (var r in MatchKeywords(pKw, i + 1, tKw, used, b))
                {
                    yield return r;
                }

                used[j] = false;
            }
        }
    }

    /// <summary>
    /// The target's children without the optional parts the pattern leaves out (Semgrep's behaviour): a return type or type
    /// parameters (with the <c>-&gt;</c> or <c>:</c> token before them), explicit type arguments, an <c>async</c> keyword, and the
    /// block of a call (Ruby <c>foo(x) { ... }</c>). So <c>def $F(...): ...</c> matches <c>async def f() -&gt; str:</c> and
    /// <c>IO.popen($CMD)</c> matches <c>IO.popen(cmd) { |io| io.read }</c>.
    /// </summary>
    private static IReadOnlyList<AstNode> WithoutUnmentioned(AstNode pattern, AstNode target)
    {
        var tk = target.Significant;
        List<AstNode>? kept = null;
        for (var i = 0; i < tk.Length; i++)
        {
            var k = tk[i];
            var optional = (k.Field is { } f && (OptionalFields.Contains(f) || (f == "block" && target.Kind == "call")) && pattern.ChildByField(f) is null)
                || (OptionalKinds.Contains(k.Kind) && FirstOfKind(pattern, k.Kind) is null)
                || (!k.IsNamed && k.TextIs("async") && !HasAsyncToken(pattern));
            if (!optional)
            {
                kept?.Add(k);
                continue;
            }

            kept ??= tk.Take(i).ToList();
            if (k.IsNamed && kept.Count > 0 && ReferenceEquals(kept[^1], tk[i - 1]) && !kept[^1].IsNamed && kept[^1].Field is null && (kept[^1].TextIs("->") || kept[^1].TextIs(":")))
            {
                kept.RemoveAt(kept.Count - 1);
            }
        }

        return kept is null ? tk : kept;
    }

    private static bool HasAsyncToken(AstNode n)
    {
        for (var i = 0; i < n.Children.Length; i++)
        {
            if (!n.Children[i].IsNamed && n.Children[i].TextIs("async"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsArgumentList(AstNode n) => n.Kind is "argument_list" or "arguments";

    /// <summary>Removes redundant parentheses and single-child statement wrappers.</summary>
    public static AstNode Unwrap(AstNode n) => n.UnwrappedCache ??= UnwrapUncached(n);

    private static AstNode UnwrapUncached(AstNode n)
    {
        while (true)
        {
            if ((ParenKinds.Contains(n.Kind) || WrapperKinds.Contains(n.Kind)) && n.Significant.Length == 1 && n.Significant[0].IsNamed)
            {
                n = n.Significant[0];
                continue;
            }

            return n;
        }
    }

    /// <summary>The metavariable (<c>$X</c>) a pattern node stands for, or null.</summary>
    public static string? MetavariableOf(AstNode n)
    {
        if (n.End - n.Start > 64 || n.Significant.Length > 2)
        {
            return null;
        }

        return PatternText.MetavariableName(n.Text.Trim());
    }

    private static string? SequenceNameOf(AstNode n)
    {
        n = Unwrap(n);
        return n.End - n.Start <= 64 ? PatternText.SequenceName(n.Text.Trim()) : null;
    }

    /// <summary>A keyword argument: Python's <c>keyword_argument</c>, Ruby's <c>pair</c>, or a C#/PHP <c>argument</c> with a name.</summary>
    private static bool IsKeywordArgument(AstNode k)
    {
        var u = Unwrap(k);
        return KeywordArgumentKinds.Contains(u.Kind) || (k.Kind == "argument" && k.ChildByField("name") is not null);
    }

    private static bool IsEllipsisNode(AstNode n)
    {
        n = Unwrap(n);
        return n.End - n.Start <= 16 && PatternText.IsEllipsis(n.Text.Trim());
    }

    private static bool IsWildcard(AstNode p) => MetavariableOf(p) is not null || IsEllipsisNode(p) || IsDeep(p, out _) || StringKinds.Contains(p.Kind);

    /// <summary>True for a statement sequence without ellipses or sequence metavariables: its i-th node can only match the i-th statement from the start.</summary>
    private static bool IsAligned(Pattern pattern)
    {
        foreach (var n in pattern.Nodes)
        {
            var info = Info(n);
            if (info.IsEllipsis || info.SequenceName is not null || info.OnlyEllipses)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when some statement is of a kind (modifiers, attributes) the sequence matcher may step over, shifting the alignment.</summary>
    private static bool HasOptionalDeclaration(IReadOnlyList<AstNode> kids)
    {
        for (var i = 0; i < kids.Count; i++)
        {
            if (OptionalDeclarationKinds.Contains(kids[i].Kind))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// For an aligned sequence (<see cref="IsAligned"/>) over statements none of which may be stepped over: true when there are
    /// enough statements from <paramref name="start"/> and each may start a match of its pattern node (<see cref="MayStartWith"/>),
    /// a check much cheaper than the sequence matcher, which would fail on any window this rejects.
    /// </summary>
    private static bool WindowMayMatch(IReadOnlyList<AstNode> ps, IReadOnlyList<AstNode> kids, int start)
    {
        if (start + ps.Count > kids.Count)
        {
            return false;
        }

        for (var i = 1; i < ps.Count; i++)
        {
            if (!MayStartWith(ps[i], kids[start + i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPlainStructure(PatternNodeInfo info) =>
        info.Metavariable is null && !info.IsEllipsis && info.SequenceName is null && info.DeepInner is null && !info.IsString && !info.OnlyEllipses;

    /// <summary>True when every list has a node within the range (see <see cref="NodeSpans.AnyWithin"/>).</summary>
    private static bool AllWithin(NodeSpans[] lists, int start, int end)
    {
        foreach (var spans in lists)
        {
            if (!spans.AnyWithin(start, end))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The spans of each node list, made once per list (the lists of a target's kind index never change) and kept only as long as
    /// the list itself is.
    /// </summary>
    private static NodeSpans[] SpansOf(List<List<AstNode>> lists)
    {
        var result = new NodeSpans[lists.Count];
        for (var i = 0; i < lists.Count; i++)
        {
            result[i] = Spans.GetValue(lists[i], static l => new NodeSpans(l));
        }

        return result;
    }

    /// <summary>
    /// False when a sequence that starts with this pattern item certainly cannot start at this target item: the item is plain
    /// structure whose kind differs from the target's (and the target is not a part a declaration pattern may leave out).
    /// </summary>
    private static bool MayStartWith(AstNode p, AstNode t)
    {
        var info = Info(p);
        return !IsPlainStructure(info) || OptionalDeclarationKinds.Contains(t.Kind) || Unwrap(t).Kind == info.Unwrapped.Kind
            || (info.IsAssignment && DeclarationKinds.Contains(Unwrap(t).Kind)) || info.Chain is not null || (IsCallStatement(p, info) && AssignedValue(t) is not null) || info.ImportedModule is not null;
    }

    /// <summary>The facts <see cref="Match"/> needs about a pattern node, computed on first use (patterns are shared, the facts never change).</summary>
    private static PatternNodeInfo Info(AstNode n) => n.PatternInfo ?? ComputeInfo(n);

    /// <summary>What <see cref="Info"/> remembers (apart, so that the lambdas here cost nothing on the remembered path).</summary>
    private static PatternNodeInfo ComputeInfo(AstNode n)
    {
        var u = Unwrap(n);
        var pk = u.Significant;
        var metavariable = MetavariableOf(u);
        var deep = IsDeep(u, out var inner) ? inner : null;
        var keywordArguments = pk.Any(k => IsKeywordArgument(k) && IsArgumentList(u));
        var decorators = pk.Any(IsDecorator);
        var isFixed = metavariable is not null || (StringKinds.Contains(u.Kind) && PatternParts(u) is null) || pk.Length == 0
            || (deep is null && !keywordArguments && !decorators && pk.All(k => !Info(k).IsEllipsis && Info(k).SequenceName is null && !Info(k).OnlyEllipses && Info(k).Fixed));
        var type = metavariable is null ? null : PatternText.TypedMetavariable(u.Text.Trim().TrimStart('$'))?.Type;
        var info = new PatternNodeInfo
        {
            Unwrapped = u,
            Metavariable = metavariable,
            MetavariableType = type,
            QualifiedType = type is null ? null : QualifiedTypeName(type),
            SimpleType = type is null ? null : SimpleTypeName(type),
            IsEllipsis = IsEllipsisNode(n),
            SequenceName = SequenceNameOf(n),
            DeepInner = deep,
            IsString = StringKinds.Contains(u.Kind),
            StringParts = PatternParts(u),
            StringMetavariable = StringKinds.Contains(u.Kind) && !StringLiterals.IsInterpolationSyntax(u) && StringLiterals.Unquote(u.Text) is ['$', .. var rest] && rest.Length > 0
                && (char.IsAsciiLetterUpper(rest[0]) || rest[0] == '_') && rest.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_') ? "$" + rest : null,
            Chain = PatternChain(u),
            IsAssignment = IsPlainAssignment(u),
            ImportedModule = ImportedModule(u),
            HasKeywordArguments = keywordArguments,
            HasDecorators = decorators,
            OnlyEllipses = n.Significant.Length > 0 && n.Significant.All(IsEllipsisNode),
            Fixed = isFixed,
        };
        n.PatternInfo = info;
        return info;
    }

    private static bool IsDeep(AstNode n, out AstNode? inner)
    {
        inner = null;
        var callee = n.ChildByField("function") ?? n.ChildByField("method") ?? n.ChildByField("name");
        if (callee is null || callee.Text != PatternText.Deep)
        {
            return false;
        }

        var args = n.ChildByField("arguments") ?? n.Significant.LastOrDefault(c => IsArgumentList(c));
        var list = args?.Significant;
        if (list is null || list.Length != 1)
        {
            return false;
        }

        inner = list[0];
        return true;
    }

    /// <summary>Compares string literals by content (quote style ignored); <c>"..."</c> matches any string, <c>"=~/re/"</c> a regex.</summary>
    private bool StringMatches(AstNode pattern, AstNode target)
    {
        var (pContent, pInterp) = PatternString(pattern);
        if (pContent == "...")
        {
            // "..." is any constant string; f"...", `...`, $"..." are strings with holes.
            return pInterp == Interpolated(target);
        }

        var (tContent, tInterp) = Content(target);

        if (pContent.StartsWith("=~/", StringComparison.Ordinal) && pContent.EndsWith('/') && pContent.Length > 4)
        {
            return !tInterp && StringLiterals.RegexMatches(pContent[3..^1], tContent);
        }

        return pInterp == tInterp && pContent == tContent;
    }
}
