using Pairguard.Rules.Matching;

namespace Pairguard.Rules.Taint;

/// <summary>
/// A file's functions (in pre-order; by name, the first of each name), its declared type names, and which functions call which by
/// name: the same for every taint rule of the file, so listed once.
/// </summary>
internal sealed class FileDeclarations
{
    // for each function of All (same position), the positions of the functions whose bodies, nested functions included, name it in a call
    private readonly List<int>?[] _callers;

    private FileDeclarations(List<AstNode> all, Dictionary<string, AstNode> functions, HashSet<string> typeNames, List<int>?[] callers)
    {
        All = all;
        Functions = functions;
        TypeNames = typeNames;
        _callers = callers;
    }

    /// <summary>Every function of the file, in pre-order.</summary>
    public List<AstNode> All { get; }

    /// <summary>The first function of each name (what a call by that name reaches).</summary>
    public Dictionary<string, AstNode> Functions { get; }

    /// <summary>Names of the types the file declares.</summary>
    public HashSet<string> TypeNames { get; }

    public static FileDeclarations Of(MatchTarget target, AstShapes shapes)
    {
        var functions = new Dictionary<string, AstNode>(StringComparer.Ordinal);
        var typeNames = new HashSet<string>(StringComparer.Ordinal);

        // from the copy's index of nodes by kind (in pre-order, with positions) when there is one: no walk of the whole tree
        var indexed = target.Root.Order >= 0;
        var all = indexed ? OfKinds(target.ByKind, shapes.FunctionKinds) : target.Nodes.Where(shapes.IsFunction).ToList();
        foreach (var fn in all)
        {
            if (shapes.FunctionName(fn) is { } name)
            {
                functions.TryAdd(name, fn);
            }
        }

        foreach (var n in indexed ? OfKinds(target.ByKind, TypeDeclarationKinds) : target.Nodes.Where(n => TypeDeclarationKinds.Contains(n.Kind)))
        {
            // a named function is not read as a type declaration
            if (!(shapes.IsFunction(n) && shapes.FunctionName(n) is not null) && n.ChildByField("name") is { } typeName)
            {
                typeNames.Add(typeName.Text);
            }
        }

        var callers = new List<int>?[all.Count];
        if (functions.Count > 0)
        {
            var calls = new Calls(all, functions, callers);
            if (indexed)
            {
                foreach (var kind in shapes.CallKinds)
                {
                    calls.Sweep(target.ByKind.GetValueOrDefault(kind) ?? [], shapes, bareName: false);
                }

                if (shapes.Table.BareNameCalls)
                {
                    calls.Sweep(OfKinds(target.ByKind, AstShapes.IdentifierKinds), shapes, bareName: true);
                }
            }
            else
            {
                calls.Sweep(target.Nodes, shapes, bareName: shapes.Table.BareNameCalls);
            }
        }

        return new FileDeclarations(all, functions, typeNames, callers);
    }

    /// <summary>
    /// The functions that hold (or touch) one of the ranges, and those that call one of them by name, directly or through others
    /// (nested functions count for the functions around them). With the sources' ranges: the functions that may produce taint when
    /// none of their parameters is tainted by a caller. With the sinks' ranges: the functions whose walk may reach a sink, in their
    /// own body or in a function they call. A function outside either set finds no flow when walked from the top, so the rule need
    /// not walk it (a caller that reaches it still walks it, with its arguments' taint).
    /// </summary>
    public bool[] Reaching(IReadOnlyList<RangeMatch> ranges)
    {
        var result = new bool[All.Count];
        if (All.Count == 0 || ranges.Count == 0)
        {
            return result;
        }

        var merged = Merged(ranges);
        var queue = new Queue<int>();
        for (var i = 0; i < All.Count; i++)
        {
            if (Touches(merged, All[i].Start, All[i].End))
            {
                result[i] = true;
                queue.Enqueue(i);
            }
        }

        while (queue.Count > 0)
        {
            if (_callers[queue.Dequeue()] is not { } callers)
            {
                continue;
            }

            foreach (var caller in callers)
            {
                if (!result[caller])
                {
                    result[caller] = true;
                    queue.Enqueue(caller);
                }
            }
        }

        return result;
    }

    /// <summary>The ranges sorted by start, overlapping or touching ones joined.</summary>
    private static List<(int Start, int End)> Merged(IReadOnlyList<RangeMatch> ranges)
    {
        var sorted = ranges.Select(s => (s.Start, s.End)).OrderBy(r => r.Start).ToList();
        var merged = new List<(int Start, int End)>(sorted.Count);
        foreach (var r in sorted)
        {
            if (merged.Count > 0 && r.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, r.End));
            }
            else
            {
                merged.Add(r);
            }
        }

        return merged;
    }

    /// <summary>True when one of the disjoint sorted ranges overlaps or touches [start, end].</summary>
    private static bool Touches(List<(int Start, int End)> merged, int start, int end)
    {
        // the first range that does not end before start
        int lo = 0, hi = merged.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (merged[mid].End < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < merged.Count && merged[lo].Start <= end;
    }

    /// <summary>The nodes of the given kinds, in pre-order.</summary>
    private static List<AstNode> OfKinds(Dictionary<string, List<AstNode>> byKind, IEnumerable<string> kinds)
    {
        var result = new List<AstNode>();
        var lists = 0;
        foreach (var kind in kinds)
        {
            if (byKind.TryGetValue(kind, out var list) && list.Count > 0)
            {
                result.AddRange(list);
                lists++;
            }
        }

        if (lists > 1)
        {
            result.Sort(static (a, b) => a.Order.CompareTo(b.Order));
        }

        return result;
    }

    /// <summary>
    /// For each call by the name of a function of the file (and, where the language calls a method by its bare name, each such
    /// name), the callee gets every function enclosing the call as a caller; nested functions count for every enclosing one,
    /// which may read them.
    /// </summary>
    private sealed class Calls(List<AstNode> all, Dictionary<string, AstNode> functions, List<int>?[] callers)
    {
        private readonly Dictionary<AstNode, int> _index = IndexOf(all);
        private readonly HashSet<(int Callee, int Caller)> _seen = [];

        /// <summary>
        /// Goes through <paramref name="nodes"/> (in pre-order) alongside the functions (in pre-order), keeping the functions that
        /// enclose the current node on a stack: calls when <paramref name="bareName"/> is false, otherwise bare names.
        /// </summary>
        public void Sweep(IEnumerable<AstNode> nodes, AstShapes shapes, bool bareName)
        {
            var names = functions.GetAlternateLookup<ReadOnlySpan<char>>();
            var enclosing = new List<int>();
            var next = 0;
            foreach (var n in nodes)
            {
                // the functions that start before this node in pre-order, each pushed once the ones it is not inside are left
                while (next < all.Count && (all[next].Order >= 0 ? all[next].Order < n.Order : all[next].Start < n.Start))
                {
                    Leave(enclosing, all[next]);
                    enclosing.Add(next++);
                }

                Leave(enclosing, n);
                if (ReferenceEquals(next < all.Count ? all[next] : null, n) || enclosing.Count == 0)
                {
                    continue;
                }

                AstNode? callee = null;
                if (!bareName)
                {
                    if (shapes.TryCalleeName(n, out var name))
                    {
                        names.TryGetValue(name, out callee);
                    }
                }
                else if (AstShapes.IsIdentifier(n))
                {
                    names.TryGetValue(n.Source.AsSpan(n.Start, n.End - n.Start), out callee);
                }

                if (callee is null)
                {
                    continue;
                }

                var calleeIndex = _index[callee];
                foreach (var caller in enclosing)
                {
                    if (_seen.Add((calleeIndex, caller)))
                    {
                        (callers[calleeIndex] ??= []).Add(caller);
                    }
                }
            }
        }

        private void Leave(List<int> enclosing, AstNode n)
        {
            while (enclosing.Count > 0 && !Within(n, all[enclosing[^1]]))
            {
                enclosing.RemoveAt(enclosing.Count - 1);
            }
        }

        private static Dictionary<AstNode, int> IndexOf(List<AstNode> all)
        {
            var index = new Dictionary<AstNode, int>(all.Count);
            for (var i = 0; i < all.Count; i++)
            {
                index[all[i]] = i;
            }

            return index;
        }
    }

    private static bool Within(AstNode n, AstNode fn) => n.Start >= fn.Start && n.End <= fn.End;

    private static readonly string[] TypeDeclarationKinds =
        ["class_declaration", "interface_declaration", "enum_declaration", "record_declaration", "struct_declaration", "class_definition", "class", "module", "object_declaration"];
}
