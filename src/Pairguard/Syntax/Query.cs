using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using Pairguard.Syntax.Native;

namespace Pairguard.Syntax;

/// <summary>A compiled tree-sitter query for one grammar. Immutable and shared across threads; get shared instances with
/// <see cref="Get(string, string)"/> so each query is compiled once per grammar. Text predicates are applied in C#.</summary>
public sealed unsafe class Query
{
    private static readonly ConcurrentDictionary<(string Grammar, string Source), Lazy<Query>> Cache = new();
    private static readonly IReadOnlyDictionary<string, string?> NoProperties = new Dictionary<string, string?>();

    private readonly nint _query;
    private readonly string[] _captureNames;
    private readonly QueryPredicate[][] _predicates;
    private readonly IReadOnlyDictionary<string, string?>[] _properties;

    private Query(Grammar grammar, string source)
    {
        Grammar = grammar;
        Source = source;
        var bytes = Encoding.UTF8.GetBytes(source);
        uint errorOffset;
        uint errorType;
        fixed (byte* p = bytes)
        {
            _query = TreeSitterApi.ts_query_new(grammar.Pointer, p, (uint)bytes.Length, &errorOffset, &errorType);
        }

        if (_query == 0)
        {
            throw new QueryException(DescribeError(source, bytes, errorOffset, errorType, grammar));
        }

        var captureCount = TreeSitterApi.ts_query_capture_count(_query);
        _captureNames = new string[captureCount];
        for (uint i = 0; i < captureCount; i++)
        {
            uint length;
            var name = TreeSitterApi.ts_query_capture_name_for_id(_query, i, &length);
            _captureNames[i] = TreeSitterApi.ToManaged(name, length);
        }

        PatternCount = (int)TreeSitterApi.ts_query_pattern_count(_query);
        _predicates = new QueryPredicate[PatternCount][];
        _properties = new IReadOnlyDictionary<string, string?>[PatternCount];
        for (var pattern = 0; pattern < PatternCount; pattern++)
        {
            (_predicates[pattern], _properties[pattern]) = ReadPredicates(pattern);
        }
    }

    /// <summary>The grammar the query was compiled for; it only runs on trees of that grammar.</summary>
    public Grammar Grammar { get; }

    /// <summary>The query text.</summary>
    public string Source { get; }

    /// <summary>Number of top-level patterns.</summary>
    public int PatternCount { get; }

    /// <summary>Capture names, without <c>@</c>.</summary>
    public IReadOnlyList<string> CaptureNames => _captureNames;

    /// <summary>The shared compiled query for a grammar (or language id) and source: compiled on first use, then reused.</summary>
    /// <exception cref="QueryException">The query does not compile.</exception>
    public static Query Get(string grammarOrLanguage, string source)
    {
        var grammarName = GrammarRegistry.ChooseGrammar(grammarOrLanguage, "<?") ?? throw new ArgumentException($"unknown grammar '{grammarOrLanguage}'", nameof(grammarOrLanguage));
        var lazy = Cache.GetOrAdd((grammarName, source), key => new Lazy<Query>(() => new Query(GrammarRegistry.GetGrammar(key.Grammar), key.Source)));
        try
        {
            return lazy.Value;
        }
        catch
        {
            Cache.TryRemove((grammarName, source), out _);
            throw;
        }
    }

    /// <summary>The shared compiled query for a grammar.</summary>
    public static Query Get(Grammar grammar, string source) => Get(grammar.Name, source);

    /// <summary>Every match under <paramref name="node"/> (in document order) whose predicates hold.</summary>
    /// <param name="node">Where to search (usually <see cref="SyntaxTree.Root"/>).</param>
    /// <param name="maxMatches">Stop after this many matches.</param>
    public IReadOnlyList<QueryMatch> Matches(Node node, int maxMatches = int.MaxValue)
    {
        if (!ReferenceEquals(node.Tree.Grammar, Grammar))
        {
            throw new ArgumentException($"the query is for {Grammar.Name}, the tree is {node.Tree.Grammar.Name}", nameof(node));
        }

        var results = new List<QueryMatch>();
        var cursor = QueryCursor.Current;
        TreeSitterApi.ts_query_cursor_exec(cursor.Handle, _query, node.Raw);
        TSQueryMatch match;
        var raw = new List<(uint Id, Node Node)>();
        while (results.Count < maxMatches && TreeSitterApi.ts_query_cursor_next_match(cursor.Handle, &match))
        {
            raw.Clear();
            for (var i = 0; i < match.CaptureCount; i++)
            {
                var capture = match.Captures[i];
                raw.Add((capture.Index, new Node(node.Tree, capture.Node)));
            }

            if (!PredicatesHold(match.PatternIndex, raw))
            {
                continue;
            }

            var captures = raw.Select(c => new QueryCapture(_captureNames[c.Id], c.Node)).ToList();
            results.Add(new QueryMatch(match.PatternIndex, captures, _properties[match.PatternIndex]));
        }

        GC.KeepAlive(node.Tree);
        return results;
    }

    /// <summary>Every capture of every match under <paramref name="node"/>, in document order.</summary>
    public IReadOnlyList<QueryCapture> Captures(Node node) =>
        Matches(node).SelectMany(m => m.Captures).OrderBy(c => c.Node.StartByte).ThenByDescending(c => c.Node.EndByte).ToList();

    private bool PredicatesHold(int pattern, List<(uint Id, Node Node)> captures)
    {
        foreach (var predicate in _predicates[pattern])
        {
            try
            {
                if (!predicate.Holds(captures))
                {
                    return false;
                }
            }
            catch (RegexMatchTimeoutException)
            {
                return false;
            }
        }

        return true;
    }

    private (QueryPredicate[], IReadOnlyDictionary<string, string?>) ReadPredicates(int pattern)
    {
        uint stepCount;
        var steps = TreeSitterApi.ts_query_predicates_for_pattern(_query, (uint)pattern, &stepCount);
        var predicates = new List<QueryPredicate>();
        Dictionary<string, string?>? properties = null;
        var args = new List<object>();
        string? op = null;
        for (var i = 0; i < stepCount; i++)
        {
            var step = steps[i];
            switch (step.Type)
            {
                case TSQueryPredicateStep.Done:
                    if (op is null)
                    {
                        throw new QueryException($"pattern {pattern}: empty predicate");
                    }

                    if (op.EndsWith('!'))
                    {
                        // directives: #set! key [value] is kept as a property of the pattern; others are ignored
                        if (op == "set!" && args.Count >= 1 && args[0] is string key)
                        {
                            properties ??= new Dictionary<string, string?>(StringComparer.Ordinal);
                            properties[key] = args.Count > 1 ? args[1] as string : null;
                        }
                    }
                    else
                    {
                        predicates.Add(QueryPredicate.Create(op, args.ToList(), pattern));
                    }

                    op = null;
                    args.Clear();
                    break;
                case TSQueryPredicateStep.String:
                    uint length;
                    var text = TreeSitterApi.ToManaged(TreeSitterApi.ts_query_string_value_for_id(_query, step.ValueId, &length), length);
                    if (op is null)
                    {
                        op = text;
                    }
                    else
                    {
                        args.Add(text);
                    }

                    break;
                case TSQueryPredicateStep.Capture:
                    if (op is null)
                    {
                        throw new QueryException($"pattern {pattern}: a predicate must start with its name");
                    }

                    args.Add(step.ValueId);
                    break;
            }
        }

        return (predicates.ToArray(), properties ?? NoProperties);
    }

    private static string DescribeError(string source, byte[] bytes, uint offset, uint type, Grammar grammar)
    {
        var charOffset = Encoding.UTF8.GetCharCount(bytes, 0, (int)Math.Min(offset, (uint)bytes.Length));
        var line = 1 + source.AsSpan(0, charOffset).Count('\n');
        var column = charOffset - (source.LastIndexOf('\n', Math.Max(0, charOffset - 1)) + 1) + 1;
        var tail = source[charOffset..];
        var near = tail.Length > 30 ? tail[..30] + "…" : tail;
        var kind = type switch
        {
            1 => "syntax error",
            2 => "unknown node kind",
            3 => "unknown field",
            4 => "unknown capture",
            5 => "impossible pattern structure",
            6 => "language mismatch",
            _ => "error",
        };
        return $"invalid {grammar.Name} query: {kind} at {line}:{column} near '{near}'";
    }
}
