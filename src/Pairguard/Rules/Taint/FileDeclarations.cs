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
        var all = new List<AstNode>();
        var functions = new Dictionary<string, AstNode>(StringComparer.Ordinal);
        var typeNames = new HashSet<string>(StringComparer.Ordinal);

        // the target's nodes in pre-order (the copy's list for a whole file): no walk of the tree
        foreach (var n in target.Nodes)
        {
            var isFunction = shapes.IsFunction(n);
            if (isFunction)
            {
                all.Add(n);
            }

            if (isFunction && shapes.FunctionName(n) is { } name)
            {
                functions.TryAdd(name, n);
            }
            else if (IsTypeDeclaration(n) && n.ChildByField("name") is { } typeName)
            {
                typeNames.Add(typeName.Text);
            }
        }

        var callers = new List<int>?[all.Count];
        if (functions.Count > 0)
        {
            Calls(target, shapes, all, functions, callers);
        }

        return new FileDeclarations(all, functions, typeNames, callers);
    }

    /// <summary>
    /// Which functions may produce taint when none of their parameters is tainted by a caller: those that hold (or touch) a source,
    /// and those that call one of them by name, directly or through others. The rest can reach no sink with tainted data on their
    /// own, so the rule need not walk them from the top (a caller passing tainted arguments still walks them).
    /// </summary>
    public bool[] MayProduceTaint(IReadOnlyList<RangeMatch> sources)
    {
        var result = new bool[All.Count];
        if (All.Count == 0 || sources.Count == 0)
        {
            return result;
        }

        var merged = Merged(sources);
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

    /// <summary>The sources' ranges sorted by start, overlapping or touching ones joined.</summary>
    private static List<(int Start, int End)> Merged(IReadOnlyList<RangeMatch> sources)
    {
        var sorted = sources.Select(s => (s.Start, s.End)).OrderBy(r => r.Start).ToList();
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

    /// <summary>
    /// For each call by the name of a function of the file (and, where the language calls a method by its bare name, each such
    /// name), the callee gets every function enclosing the call as a caller; nested functions count for every enclosing one,
    /// which may read them.
    /// </summary>
    private static void Calls(MatchTarget target, AstShapes shapes, List<AstNode> all, Dictionary<string, AstNode> functions, List<int>?[] callers)
    {
        var index = new Dictionary<AstNode, int>(all.Count);
        for (var i = 0; i < all.Count; i++)
        {
            index[all[i]] = i;
        }

        var names = functions.GetAlternateLookup<ReadOnlySpan<char>>();
        var bareNames = shapes.Table.BareNameCalls;
        var enclosing = new List<int>();
        var seen = new HashSet<(int Callee, int Caller)>();
        var next = 0;
        foreach (var n in target.Nodes)
        {
            while (enclosing.Count > 0 && !Within(n, all[enclosing[^1]]))
            {
                enclosing.RemoveAt(enclosing.Count - 1);
            }

            if (next < all.Count && ReferenceEquals(all[next], n))
            {
                enclosing.Add(next++);
                continue;
            }

            if (enclosing.Count == 0)
            {
                continue;
            }

            AstNode? callee = null;
            if (shapes.TryCalleeName(n, out var name))
            {
                names.TryGetValue(name, out callee);
            }
            else if (bareNames && AstShapes.IsIdentifier(n))
            {
                names.TryGetValue(n.Source.AsSpan(n.Start, n.End - n.Start), out callee);
            }

            if (callee is null)
            {
                continue;
            }

            var calleeIndex = index[callee];
            foreach (var caller in enclosing)
            {
                if (seen.Add((calleeIndex, caller)))
                {
                    (callers[calleeIndex] ??= []).Add(caller);
                }
            }
        }
    }

    private static bool Within(AstNode n, AstNode fn) => n.Start >= fn.Start && n.End <= fn.End;

    private static bool IsTypeDeclaration(AstNode n) =>
        n.Kind is "class_declaration" or "interface_declaration" or "enum_declaration" or "record_declaration" or "struct_declaration"
            or "class_definition" or "class" or "module" or "object_declaration";
}
