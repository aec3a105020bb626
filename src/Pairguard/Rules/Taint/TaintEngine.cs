using Pairguard.Rules.Matching;
using Pairguard.Scanning;

namespace Pairguard.Rules.Taint;

/// <summary>One taint finding: the sink range and the trace from source to sink.</summary>
public sealed record TaintFlow(int SinkStart, int SinkEnd, Bindings SinkBindings, IReadOnlyList<TaintHop> Trace);

/// <summary>One hop of a taint trace: what happened, and where (character offsets).</summary>
public sealed record TaintHop(string Kind, string Message, int Start, int End);

/// <summary>
/// Follows untrusted data from sources to sinks in one file: through assignments, string building, containers, attribute and
/// index reads, calls, and into and out of functions defined in the same file (depth-bounded); sanitizers cut the flow,
/// constants are never tainted, constantly false branches are dead, and map reads with a constant key see only that key.
/// </summary>
public sealed class TaintEngine
{
    private const int MaxDepth = 4;

    private readonly TaintRule _rule;
    private readonly MatchTarget _target;
    private readonly AstShapes _shapes;
    private readonly FormulaEvaluator _evaluator;
    private readonly CancellationToken _ct;
    private readonly bool _propagateThroughCalls;
    private readonly List<RangeMatch> _sources = [];
    private HashSet<(int, int)>? _sourceRanges;
    private int[]? _sanitizerStarts;
    private int[]? _sanitizerMaxEnds;
    private readonly List<RangeMatch> _sinks = [];
    private readonly Stack<List<int>> _sinkHitLists = [];
    private RangeIndex? _sinkIndex;
    private readonly List<RangeMatch> _sanitizers = [];
    private readonly HashSet<(int, int)> _sideEffectSources = [];
    private readonly HashSet<(int, int)> _sideEffectSanitizers = [];
    private readonly List<(RangeMatch Match, string From, string To)> _propagators = [];
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<MatchTarget, FileDeclarations> Declarations = [];
    private Dictionary<string, AstNode> _functions = [];
    private HashSet<string> _typeNames = [];
    private readonly Dictionary<(AstNode, int), Taint?> _summaries = [];
    private readonly HashSet<(AstNode, int)> _inProgress = [];
    private readonly Dictionary<(int, int), TaintFlow> _flows = [];

    public TaintEngine(TaintRule rule, MatchTarget target, AstShapes shapes, FormulaEvaluator evaluator, IReadOnlyDictionary<string, string> options, CancellationToken ct)
    {
        _rule = rule;
        _target = target;
        _shapes = shapes;
        _evaluator = evaluator;
        _ct = ct;
        _propagateThroughCalls = !(options.TryGetValue("taint_assume_safe_functions", out var safe) && safe == "true");
    }

    /// <summary>
    /// False when the rule can find no flow in the target, known without matching: no flow without a sink and a source, and the words,
    /// kinds or literals one side needs are missing. Asked before an engine is made, so that the many rules a file lacks cost no
    /// allocation.
    /// </summary>
    public static bool MayFlow(TaintRule rule, MatchTarget target, FormulaEvaluator evaluator) =>
        AnyMayMatch(rule.Sinks, target, evaluator) && AnyMayMatch(rule.Sources, target, evaluator);

    private static bool AnyMayMatch(IReadOnlyList<TaintSpec> specs, MatchTarget target, FormulaEvaluator evaluator)
    {
        for (var i = 0; i < specs.Count; i++)
        {
            if (!evaluator.CannotMatch(specs[i].Formula, target))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Runs the analysis and returns one flow per sink range.</summary>
    public IReadOnlyList<TaintFlow> Run()
    {
        if (!MayFlow(_rule, _target, _evaluator))
        {
            return [];
        }

        // sinks first: they are mostly a few named calls, which most files lack, while sources (request data, any reader) are broad
        foreach (var s in _rule.Sinks)
        {
            _sinks.AddRange(_evaluator.Evaluate(s.Formula, _target, _ct));
        }

        if (_sinks.Count == 0)
        {
            return [];
        }

        foreach (var s in _rule.Sources)
        {
            var found = _evaluator.Evaluate(s.Formula, _target, _ct);
            _sources.AddRange(found);
            if (s.ByConstructor)
            {
                _sideEffectSources.UnionWith(found.Select(m => (m.Start, m.End)));
            }
        }

        if (_sources.Count == 0)
        {
            return [];
        }

        foreach (var s in _rule.Sanitizers)
        {
            var found = _evaluator.Evaluate(s.Formula, _target, _ct);
            _sanitizers.AddRange(found);
            if (s.ByConstructor)
            {
                _sideEffectSanitizers.UnionWith(found.Select(m => (m.Start, m.End)));
            }
        }

        foreach (var p in _rule.Propagators)
        {
            _propagators.AddRange(_evaluator.Evaluate(p.Formula, _target, _ct).Select(m => (m, p.From, p.To)));
        }

        // the file's functions and type names, listed once for all its taint rules (they depend on the file alone)
        var declarations = Declarations.GetValue(_target, t => FileDeclarations.Of(t, _shapes));
        _functions = declarations.Functions;
        _typeNames = declarations.TypeNames;
        var functions = declarations.All;

        // Top level, then every function with its own parameters (handler parameters may be sources); a function that neither
        // holds a source nor calls one that may return taint has nothing to follow on its own, and one that neither holds a sink
        // nor calls one that does reaches none (a function it calls that returns taint is walked by the callers that reach a sink)
        Visit(_target.Root, new State(), 0, skipFunctions: true);
        var mayProduce = declarations.Reaching(_sources);
        var mayReachSink = declarations.Reaching(_sinks);
        for (var i = 0; i < functions.Count; i++)
        {
            if (mayProduce[i] && mayReachSink[i])
            {
                AnalyzeFunction(functions[i], 0, [], 0);
            }
        }

        return _flows.Values.OrderBy(f => f.SinkStart).ThenBy(f => f.SinkEnd).ToList();
    }

    /// <summary>Analyzes a function body with some parameters tainted; returns the taint of its return value.</summary>
    private Taint? AnalyzeFunction(AstNode fn, int mask, IReadOnlyList<Taint?> argTaint, int depth)
    {
        var key = (fn, mask);
        if (_summaries.TryGetValue(key, out var cached))
        {
            return cached;
        }

        if (depth > MaxDepth || !_inProgress.Add(key))
        {
            return null;
        }

        var state = new State();
        var parameters = _shapes.Parameters(fn);
        var offset = parameters.Count > 0 && parameters[0].Name is "self" or "cls" ? 1 : 0;
        for (var i = 0; i < parameters.Count; i++)
        {
            var (name, node) = parameters[i];
            if (IsSource(node) is { } src)
            {
                state.Set(name, src);
            }

            var argIndex = i - offset;
            if (argIndex >= 0 && argIndex < argTaint.Count && argTaint[argIndex] is { } t)
            {
                state.Set(name, t.Then("parameter", $"flows into parameter '{name}'", node));
            }
        }

        Taint? returned = null;
        if (_shapes.FunctionBody(fn) is { } body)
        {
            returned = Visit(body, state, depth, skipFunctions: true);
            if (!body.Kind.Contains("block", StringComparison.Ordinal) && body.Kind is not ("statement_block" or "body_statement" or "compound_statement"))
            {
                returned ??= TaintOf(body, state, depth);
            }
            else if (_shapes.Table.ImplicitReturn && body.Significant.LastOrDefault(c => c.IsNamed) is { } last && !_shapes.IsFunction(last))
            {
                returned ??= TaintOf(last, state, depth)?.Then("return", "returned", last);
            }
        }

        _inProgress.Remove(key);
        _summaries[key] = returned;
        return returned;
    }

    /// <summary>
    /// A switch/case/match: each section is a branch from the state before it, and the states after them are joined (plus the
    /// state before, when no default section catches the rest). A constant subject keeps only the sections whose constant label
    /// equals it (or the default sections when none does); a label that is not constant keeps its section.
    /// </summary>
    private Taint? VisitSwitch(AstNode node, State state, int depth, bool skipFunctions)
    {
        var subject = AstShapes.SwitchSubject(node);
        if (subject is not null)
        {
            Visit(subject, state, depth, skipFunctions);
            CheckSinks(subject, state, depth);
        }

        var sections = AstShapes.SwitchSections(node).ToList();
        var constant = subject is null ? null : ConstantFolder.Fold(subject, _shapes);
        var live = sections;
        if (constant is not null)
        {
            var labelled = sections.Where(sec => !AstShapes.IsDefaultSection(sec)).Select(sec => (sec, Label: AstShapes.SectionLabel(sec) is { } l ? ConstantFolder.Fold(l, _shapes) : null)).ToList();
            if (labelled.All(x => x.Label is not null))
            {
                live = labelled.Where(x => Equals(x.Label, constant)).Select(x => x.sec).ToList();
                if (live.Count == 0)
                {
                    live = sections.Where(AstShapes.IsDefaultSection).ToList();
                }
            }
        }

        Taint? returned = null;
        State? joined = live.Any(AstShapes.IsDefaultSection) || (constant is not null && live.Count > 0) ? null : state.Clone();
        foreach (var section in live)
        {
            var branch = state.Clone();
            returned = Or(returned, Visit(section, branch, depth, skipFunctions));
            joined = joined is null ? branch : joined.Union(branch);
        }

        if (joined is not null)
        {
            state.ReplaceWith(joined);
        }

        return returned;
    }

    /// <summary>Walks statements in order, updating the state; returns the taint of returned values.</summary>
    private Taint? Visit(AstNode node, State state, int depth, bool skipFunctions)
    {
        _ct.ThrowIfCancellationRequested();
        ApplySideEffects(node, state);
        Taint? returned = null;
        var shape = _shapes.ShapeOf(node);
        if (skipFunctions && (shape & NodeShape.Function) != 0 && node != _target.Root)
        {
            return null;
        }

        if ((shape & NodeShape.If) != 0 && node.ChildByField("condition") is { } cond)
        {
            CheckSinks(cond, state, depth);
            var value = ConstantFolder.Condition(cond, _shapes);
            var thenState = state.Clone();
            var elseState = state.Clone();
            foreach (var child in node.Children)
            {
                if (child == cond || child.IsComment)
                {
                    continue;
                }

                var isElse = AstShapes.IsElse(child);
                if ((isElse && value == true) || (!isElse && value == false))
                {
                    continue;
                }

                returned = Or(returned, Visit(child, isElse ? elseState : thenState, depth, skipFunctions));
            }

            state.ReplaceWith(value switch { true => thenState, false => elseState, _ => thenState.Union(elseState) });
            return returned;
        }

        if ((shape & NodeShape.Switch) != 0 && node.Children.Length > 0 && AstShapes.SwitchSections(node).Any())
        {
            return VisitSwitch(node, state, depth, skipFunctions);
        }

        if ((shape & NodeShape.Assignment) != 0)
        {
            var left = _shapes.AssignmentLeft(node);
            var right = _shapes.AssignmentRight(node);
            if (right is not null)
            {
                Visit(right, state, depth, skipFunctions);
            }

            if (left is not null && right is not null && KeyOf(left) is { } containerKey && MapEntries(right) is { } entries && !AstShapes.IsAugmented(node))
            {
                state.Kill(containerKey);
                foreach (var (entryKey, value) in entries)
                {
                    var elementKey = $"{containerKey}[{entryKey}]";
                    if (TaintOf(value, state, depth) is { } vt)
                    {
                        state.Set(elementKey, vt.Then("assignment", $"stored in {containerKey}[{entryKey}]", value));
                    }
                    else
                    {
                        state.Kill(elementKey);
                    }
                }

                CheckSinks(node, state, depth);
                return null;
            }

            if (left is not null && right is not null && !AstShapes.IsAugmented(node) && DestructuredNames(left) is { Count: > 0 } names)
            {
                var whole = TaintOf(right, state, depth);
                foreach (var name in names)
                {
                    var nameKey = name.Text.TrimStart('$');
                    if (whole is not null)
                    {
                        state.Set(nameKey, whole.Then("assignment", $"destructured into {Short(name.Text)}", name));
                    }
                    else
                    {
                        state.Kill(nameKey);
                    }
                }

                CheckSinks(node, state, depth);
                return null;
            }

            if (left is not null && right is not null && !AstShapes.IsAugmented(node) && TargetList(left) is { } targets)
            {
                // a, b = x, y (pairwise) or a, err := f() (every target takes the taint of the single value)
                var values = TargetList(right);
                for (var i = 0; i < targets.Count; i++)
                {
                    var value = values is not null && values.Count == targets.Count ? values[i] : right;
                    if (KeyOf(targets[i]) is not { } targetKey)
                    {
                        continue;
                    }

                    if (TaintOf(value, state, depth) is { } vt)
                    {
                        state.Set(targetKey, vt.Then("assignment", $"assigned to {Short(targets[i].Text)}", targets[i]));
                    }
                    else
                    {
                        state.Kill(targetKey);
                    }
                }

                CheckSinks(node, state, depth);
                return null;
            }

            if (left is not null)
            {
                var taint = right is null ? null : TaintOf(right, state, depth);
                var key = KeyOf(left);
                if (key is not null)
                {
                    if (AstShapes.IsAugmented(node))
                    {
                        taint = Or(state.Get(key), taint);
                    }

                    if (taint is not null)
                    {
                        state.Set(key, taint.Then("assignment", $"assigned to {Short(left.Text)}", left));
                    }
                    else
                    {
                        state.Kill(key);
                    }
                }
            }

            CheckSinks(node, state, depth);
            return null;
        }

        if ((shape & NodeShape.Return) != 0)
        {
            foreach (var child in node.Significant)
            {
                Visit(child, state, depth, skipFunctions);
            }

            var value = node.Significant.FirstOrDefault(c => c.IsNamed);
            CheckSinks(node, state, depth);
            return value is null ? null : TaintOf(value, state, depth)?.Then("return", "returned", value);
        }

        if ((shape & NodeShape.Call) != 0)
        {
            foreach (var child in node.Significant)
            {
                Visit(child, state, depth, skipFunctions);
            }

            ApplyPropagators(node, state, depth);
            if (InFileCallee(node) is not null)
            {
                CallTaint(node, state, depth);
            }

            CheckSinks(node, state, depth);
            return null;
        }

        foreach (var child in node.Children)
        {
            if (!child.IsComment)
            {
                returned = Or(returned, Visit(child, state, depth, skipFunctions));
            }
        }

        CheckSinks(node, state, depth);
        return returned;
    }

    /// <summary>Records a flow for every sink whose range is this node's and which holds tainted data.</summary>
    private void CheckSinks(AstNode node, State state, int depth)
    {
        _sinkIndex ??= new RangeIndex(_sinks);
        if (_sinkIndex.SameRange(node.Start, node.End) is { } same)
        {
            foreach (var i in same)
            {
                var sink = _sinks[i];
                var taint = TaintWithin(node, sink, state, depth);
                if (taint is not null && !_flows.ContainsKey((sink.Start, sink.End)))
                {
                    var hops = taint.Hops.Append(new TaintHop("sink", "reaches the sink", sink.Start, sink.End)).ToList();
                    _flows[(sink.Start, sink.End)] = new TaintFlow(sink.Start, sink.End, sink.Bindings, hops);
                }
            }
        }

        // A sink narrower than any statement (focus-metavariable on an argument) is checked on its exact node.
        if (!_shapes.IsCall(node))
        {
            return;
        }

        // a list of its own per nesting level: following a sink's argument into a function of the file checks that function's sinks
        var hits = _sinkHitLists.Count > 0 ? _sinkHitLists.Pop() : [];
        try
        {
            CheckSinksWithin(node, state, depth, hits);
        }
        finally
        {
            hits.Clear();
            _sinkHitLists.Push(hits);
        }
    }

    private void CheckSinksWithin(AstNode node, State state, int depth, List<int> hits)
    {
        _sinkIndex!.Within(node.Start, node.End, hits);
        foreach (var i in hits)
        {
            var sink = _sinks[i];
            if (!(sink.Start == node.Start && sink.End == node.End) && !_flows.ContainsKey((sink.Start, sink.End)))
            {
                var inner = node.DescendantsAndSelf().FirstOrDefault(d => d.Start == sink.Start && d.End == sink.End);
                if (inner is not null && TaintOf(inner, state, depth) is { } t)
                {
                    var hops = t.Hops.Append(new TaintHop("sink", "reaches the sink", sink.Start, sink.End)).ToList();
                    _flows[(sink.Start, sink.End)] = new TaintFlow(sink.Start, sink.End, sink.Bindings, hops);
                }
            }
        }
    }

    private Taint? TaintWithin(AstNode node, RangeMatch sink, State state, int depth)
    {
        if (node.Start == sink.Start && node.End == sink.End && _shapes.IsCall(node))
        {
            foreach (var arg in _shapes.Arguments(node))
            {
                if (TaintOf(arg, state, depth) is { } t)
                {
                    return t;
                }
            }

            var receiver = _shapes.Receiver(node);
            return receiver is null ? null : TaintOf(receiver, state, depth);
        }

        return TaintOf(node, state, depth);
    }

    private void ApplyPropagators(AstNode call, State state, int depth)
    {
        foreach (var (match, from, to) in _propagators)
        {
            if (match.Start != call.Start || match.End != call.End)
            {
                continue;
            }

            if (match.Bindings.TryGet(from, out var f) && f.Node is { } fromNode && match.Bindings.TryGet(to, out var t) && t.Node is { } toNode
                && TaintOf(fromNode, state, depth) is { } taint && KeyOf(toNode) is { } key)
            {
                state.Set(key, taint.Then("propagator", $"propagates into {Short(toNode.Text)}", toNode));
            }
        }
    }

    /// <summary>
    /// <c>by-side-effect</c> sources and sanitizers (Semgrep): when one matches this node exactly and the node is an l-value (a
    /// variable, attribute or constant-key element), the l-value is tainted (source) or cleaned (sanitizer) from here on.
    /// </summary>
    private void ApplySideEffects(AstNode node, State state)
    {
        if (_sideEffectSources.Count == 0 && _sideEffectSanitizers.Count == 0)
        {
            return;
        }

        var range = (node.Start, node.End);
        var isSource = _sideEffectSources.Contains(range);
        var isSanitizer = _sideEffectSanitizers.Contains(range);
        if ((!isSource && !isSanitizer) || KeyOf(StructuralMatcher.Unwrap(node)) is not { } key)
        {
            return;
        }

        if (isSanitizer)
        {
            state.Kill(key);
        }
        else
        {
            state.Set(key, new Taint([new TaintHop("source", $"{Short(node.Text)} tainted by side effect", node.Start, node.End)]));
        }
    }

    /// <summary>Whether an expression carries tainted data in the current state, and from where.</summary>
    private Taint? TaintOf(AstNode expr, State state, int depth)
    {
        _ct.ThrowIfCancellationRequested();
        expr = StructuralMatcher.Unwrap(expr);
        if (IsSanitized(expr))
        {
            return null;
        }

        if (IsSource(expr) is { } source)
        {
            return source;
        }

        if (ConstantFolder.Fold(expr, _shapes) is not null || AstShapes.IsLiteral(expr))
        {
            return null;
        }

        if (_shapes.IsFunction(expr))
        {
            return null;
        }

        var exprKey = KeyOf(expr);
        if (exprKey is not null && state.Has(exprKey))
        {
            return state.Get(exprKey);
        }

        if (exprKey is not null && !AstShapes.IsSubscript(expr) && state.ElementTaint(exprKey) is { } element)
        {
            return element.Then("container", $"container {Short(expr.Text)} holds tainted data", expr);
        }

        if (AstShapes.IsSubscript(expr))
        {
            var container = expr.ChildByField("value") ?? expr.ChildByField("object") ?? expr.ChildByField("expression") ?? expr.ChildByField("operand") ?? expr.ChildByField("receiver") ?? expr.Significant.FirstOrDefault();
            if (container is not null && KeyOf(container) is { } ck && ConstantKey(expr) is { } constKey)
            {
                if (state.Has($"{ck}[{constKey}]"))
                {
                    return state.Get($"{ck}[{constKey}]");
                }

                if (state.HasElements(ck))
                {
                    return null;
                }
            }

            return container is null ? null : TaintOf(container, state, depth)?.Then("index", "read by index", expr);
        }

        if (_shapes.IsMember(expr))
        {
            var obj = _shapes.MemberObject(expr);
            return obj is null ? null : TaintOf(obj, state, depth)?.Then("attribute", $"attribute {Short(expr.Text)}", expr);
        }

        if (_shapes.IsCall(expr))
        {
            return CallTaint(expr, state, depth);
        }

        if (AstShapes.IsIdentifier(expr) && expr.Significant.Length == 0)
        {
            // Ruby: a bare name that is not a variable calls the same-file method of that name with no arguments.
            if (_shapes.Table.BareNameCalls && exprKey is not null && !state.Has(exprKey) && _functions.TryGetValue(expr.Text, out var fn)
                && _shapes.Parameters(fn).Count == 0 && depth < MaxDepth)
            {
                return AnalyzeFunction(fn, 0, [], depth + 1)?.Then("call", $"returned by {expr.Text}", expr);
            }

            return null;
        }

        foreach (var child in expr.Significant)
        {
            if (child.IsNamed && !IsPropertyName(expr, child) && TaintOf(child, state, depth) is { } t)
            {
                return t.Then("propagation", $"flows into {Short(expr.Text)}", expr);
            }
        }

        return null;
    }

    /// <summary>A property name written as a bare name in an object literal entry (<c>{ name: value }</c>) is not a read of a variable.</summary>
    private static bool IsPropertyName(AstNode parent, AstNode child) =>
        child.Kind == "property_identifier" && parent.ChildByField("key") is { } key && key.Start == child.Start && key.End == child.End;

    /// <summary>
    /// The function of this file a call reaches by its simple name, or null. A call on a capitalised receiver that names no type
    /// declared in this file (<c>Paths.get(x)</c>, <c>Math.max(a, b)</c>) is a library call, not a same-named function of the file.
    /// </summary>
    private AstNode? InFileCallee(AstNode call)
    {
        if (_shapes.CalleeName(call) is not { } name || !_functions.TryGetValue(name, out var fn))
        {
            return null;
        }

        var receiver = _shapes.Receiver(call);
        if (receiver is not null && receiver.Kind.Contains("identifier", StringComparison.Ordinal) && receiver.Text.Length > 0
            && char.IsUpper(receiver.Text[0]) && !_typeNames.Contains(receiver.Text))
        {
            return null;
        }

        return fn;
    }

    private Taint? CallTaint(AstNode call, State state, int depth)
    {
        var args = _shapes.Arguments(call);
        var argTaint = args.Select(a => TaintOf(a, state, depth)).ToList();
        if (InFileCallee(call) is { } fn && _shapes.CalleeName(call) is { } name && depth < MaxDepth)
        {
            var mask = 0;
            for (var i = 0; i < Math.Min(argTaint.Count, 30); i++)
            {
                if (argTaint[i] is not null)
                {
                    mask |= 1 << i;
                }
            }

            var returned = AnalyzeFunction(fn, mask, argTaint, depth + 1);
            return returned?.Then("call", $"returned by {name}()", call);
        }

        if (!_propagateThroughCalls)
        {
            return null;
        }

        var fromArg = argTaint.FirstOrDefault(t => t is not null);
        if (fromArg is not null)
        {
            return fromArg.Then("call", $"passed through {Short(_shapes.Callee(call)?.Text ?? "a call")}()", call);
        }

        var receiver = _shapes.Receiver(call);
        return receiver is null ? null : TaintOf(receiver, state, depth)?.Then("call", $"method call on tainted {Short(receiver.Text)}", call);
    }

    private Taint? IsSource(AstNode node)
    {
        var n = StructuralMatcher.Unwrap(node);
        _sourceRanges ??= _sources.Select(s => (s.Start, s.End)).ToHashSet();
        return _sourceRanges.Contains((n.Start, n.End)) || _sourceRanges.Contains((node.Start, node.End))
            ? new Taint([new TaintHop("source", $"untrusted data from {Short(n.Text)}", n.Start, n.End)])
            : null;
    }

    private bool IsSanitized(AstNode node)
    {
        if (_sanitizers.Count == 0)
        {
            return false;
        }

        if (_sanitizerStarts is null)
        {
            // sorted by start, with the largest end among the ranges starting at or before each one: "does any range that starts at
            // or before this node end at or after it" is then one binary search
            var sorted = _sanitizers.Select(m => (m.Start, m.End)).OrderBy(r => r.Start).ToArray();
            _sanitizerStarts = sorted.Select(r => r.Start).ToArray();
            _sanitizerMaxEnds = new int[sorted.Length];
            var max = int.MinValue;
            for (var i = 0; i < sorted.Length; i++)
            {
                max = Math.Max(max, sorted[i].End);
                _sanitizerMaxEnds[i] = max;
            }
        }

        var idx = Array.BinarySearch(_sanitizerStarts, node.Start);
        if (idx < 0)
        {
            idx = ~idx - 1;
        }
        else
        {
            while (idx + 1 < _sanitizerStarts.Length && _sanitizerStarts[idx + 1] == node.Start)
            {
                idx++;
            }
        }

        return idx >= 0 && _sanitizerMaxEnds![idx] >= node.End;
    }

    /// <summary>
    /// The names bound by a destructuring target (<c>const { a, b: c, ...rest } = x</c>, <c>[a, b] = x</c>); each takes the taint of
    /// the whole right-hand side. Default values (<c>{ a = fallback }</c>) are not bindings. Empty when the target is not a pattern.
    /// </summary>
    private static List<AstNode> DestructuredNames(AstNode left)
    {
        var names = new List<AstNode>();
        left = StructuralMatcher.Unwrap(left);
        if (left.Kind is not ("object_pattern" or "array_pattern"))
        {
            return names;
        }

        var stack = new Stack<AstNode>();
        stack.Push(left);
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            if (n.Kind is "shorthand_property_identifier_pattern" || (n.Kind is "identifier" && n.Field is not "key"))
            {
                names.Add(n);
                continue;
            }

            foreach (var c in n.Children)
            {
                if (c.Field is "right" or "key" || c.Kind is "type_annotation")
                {
                    continue;
                }

                stack.Push(c);
            }
        }

        return names;
    }

    /// <summary>The elements of a list of two or more assignment targets or values (<c>a, b</c>), or null.</summary>
    private static List<AstNode>? TargetList(AstNode node)
    {
        node = StructuralMatcher.Unwrap(node);
        if (node.Kind is not ("expression_list" or "pattern_list" or "left_assignment_list"))
        {
            return null;
        }

        var items = node.Significant.Where(n => n.IsNamed && n.Kind != "comment").ToList();
        return items.Count > 1 ? items : null;
    }

    /// <summary>The state key of an assignable expression: a name, <c>obj.attr</c>, or <c>name[constant]</c>.</summary>
    private string? KeyOf(AstNode node)
    {
        node = StructuralMatcher.Unwrap(node);
        if (node.Kind is "expression_list" or "pattern_list" or "left_assignment_list" && node.Significant.Length == 1)
        {
            node = StructuralMatcher.Unwrap(node.Significant[0]);
        }

        if (AstShapes.IsIdentifier(node) || node.Kind is "self" or "this" or "shorthand_property_identifier")
        {
            return node.Text.TrimStart('$');
        }

        if (_shapes.IsMember(node) && _shapes.MemberObject(node) is { } obj && KeyOf(obj) is { } ok)
        {
            return ok + "." + (_shapes.MemberProperty(node)?.Text ?? "?");
        }

        if (AstShapes.IsSubscript(node))
        {
            var container = node.ChildByField("value") ?? node.ChildByField("object") ?? node.ChildByField("expression") ?? node.ChildByField("operand") ?? node.Significant.FirstOrDefault();
            if (container is not null && KeyOf(container) is { } ck && ConstantKey(node) is { } key)
            {
                return $"{ck}[{key}]";
            }
        }

        return null;
    }

    /// <summary>The constant-key entries of a map literal (<c>{"a": x}</c>, <c>{a: x}</c>, <c>["a" => $x]</c>, <c>{a: x}</c> in Ruby), or null.</summary>
    private List<(string Key, AstNode Value)>? MapEntries(AstNode literal)
    {
        literal = StructuralMatcher.Unwrap(literal);
        if (literal.Kind is not ("dictionary" or "object" or "hash" or "array_creation_expression"))
        {
            return null;
        }

        var result = new List<(string, AstNode)>();
        foreach (var entry in literal.Significant.Where(c => c.IsNamed && !c.IsComment))
        {
            if (entry.Kind is not ("pair" or "array_element_initializer"))
            {
                return null;
            }

            var named = entry.Significant.Where(c => c.IsNamed).ToList();
            var key = entry.ChildByField("key") ?? (named.Count == 2 ? named[0] : null);
            var value = entry.ChildByField("value") ?? (named.Count == 2 ? named[1] : null);
            if (key is null || value is null || KeyText(key) is not { } text)
            {
                return null;
            }

            result.Add((text, value));
        }

        return result;
    }

    private string? KeyText(AstNode key)
    {
        key = StructuralMatcher.Unwrap(key);
        if (key.Kind is "property_identifier" or "simple_symbol" or "hash_key_symbol" && key.Significant.Length == 0)
        {
            return key.Text.Trim(':');
        }

        return ConstantFolder.Fold(key, _shapes) is { } v ? Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private string? ConstantKey(AstNode subscript)
    {
        var index = subscript.ChildByField("subscript") ?? subscript.ChildByField("index") ?? subscript.Significant.Skip(1).FirstOrDefault(c => c.IsNamed);
        if (index is null)
        {
            return null;
        }

        if (index.Kind == "bracketed_argument_list" && index.Significant.FirstOrDefault(c => c.IsNamed) is { } arg)
        {
            index = StructuralMatcher.Unwrap(arg);
        }

        return index.Kind is "simple_symbol" or "hash_key_symbol" ? index.Text.Trim(':')
            : ConstantFolder.Fold(index, _shapes) is { } v ? Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private static Taint? Or(Taint? a, Taint? b) => a ?? b;

    private static string Short(string text)
    {
        var t = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return t.Length <= 60 ? t : t[..57] + "...";
    }

    /// <summary>A tainted value and how it got here.</summary>
    private sealed class Taint(IReadOnlyList<TaintHop> hops)
    {
        public IReadOnlyList<TaintHop> Hops { get; } = hops;

        public Taint Then(string kind, string message, AstNode at) =>
            Hops.Count >= 12 ? this : new Taint([.. Hops, new TaintHop(kind, message, at.Start, at.End)]);
    }

    /// <summary>Tainted keys (variables, attributes, constant-key elements) at a point of the program.</summary>
    private sealed class State
    {
        private Dictionary<string, Taint> _map = new(StringComparer.Ordinal);
        private HashSet<string> _containers = new(StringComparer.Ordinal);

        public bool Has(string key) => _map.ContainsKey(key);

        public Taint? Get(string key) => _map.GetValueOrDefault(key);

        /// <summary>True when constant-key elements of this container have been assigned.</summary>
        public bool HasElements(string container) => _containers.Contains(container);

        /// <summary>Taint of any element or attribute stored under a container key.</summary>
        public Taint? ElementTaint(string container)
        {
            foreach (var (k, v) in _map)
            {
                if (k.Length > container.Length && k.StartsWith(container, StringComparison.Ordinal) && k[container.Length] is '[' or '.')
                {
                    return v;
                }
            }

            return null;
        }

        public void Set(string key, Taint taint)
        {
            _map[key] = taint;
            NoteContainer(key);
        }

        public void Kill(string key)
        {
            _map.Remove(key);
            NoteContainer(key);
            // the keys below it (key.attr, key[...]) go too
            List<string>? below = null;
            foreach (var k in _map.Keys)
            {
                if (k.Length > key.Length && k[key.Length] is '.' or '[' && k.StartsWith(key, StringComparison.Ordinal))
                {
                    (below ??= []).Add(k);
                }
            }

            foreach (var k in below ?? [])
            {
                _map.Remove(k);
            }
        }

        public State Clone() => new() { _map = new(_map, StringComparer.Ordinal), _containers = new(_containers, StringComparer.Ordinal) };

        public State Union(State other)
        {
            var result = Clone();
            foreach (var (k, v) in other._map)
            {
                result._map.TryAdd(k, v);
            }

            result._containers.UnionWith(other._containers);
            return result;
        }

        public void ReplaceWith(State other)
        {
            _map = other._map;
            _containers = other._containers;
        }

        private void NoteContainer(string key)
        {
            var bracket = key.IndexOf('[', StringComparison.Ordinal);
            if (bracket > 0)
            {
                _containers.Add(key[..bracket]);
            }
        }
    }
}
