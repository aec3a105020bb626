using System.Text.RegularExpressions;

namespace Pairguard.Syntax;

/// <summary>A text predicate of a query pattern (<c>#eq?</c>, <c>#match?</c>, <c>#any-of?</c> and their negated and <c>any-</c> forms),
/// evaluated in C# because tree-sitter's C library leaves predicates to its host.</summary>
internal sealed class QueryPredicate
{
    private readonly string _operator;
    private readonly uint _capture;
    private readonly uint? _otherCapture;
    private readonly string? _literal;
    private readonly Regex? _regex;
    private readonly HashSet<string>? _set;
    private readonly bool _negated;
    private readonly bool _any;

    private QueryPredicate(string op, uint capture, uint? otherCapture, string? literal, Regex? regex, HashSet<string>? set)
    {
        _operator = op;
        _capture = capture;
        _otherCapture = otherCapture;
        _literal = literal;
        _regex = regex;
        _set = set;
        _negated = op.Contains("not-", StringComparison.Ordinal);
        _any = op.StartsWith("any-", StringComparison.Ordinal) && op != "any-of?";
    }

    /// <summary>Builds a predicate from its steps: the operator name, then captures (uint) and strings.</summary>
    public static QueryPredicate Create(string op, IReadOnlyList<object> args, int pattern)
    {
        string Fail(string why) => throw new QueryException($"pattern {pattern}: #{op} {why}");
        if (args.Count < 2 || args[0] is not uint capture)
        {
            Fail("needs a capture and a value");
            return null!;
        }

        switch (op)
        {
            case "eq?" or "not-eq?" or "any-eq?" or "any-not-eq?":
                if (args.Count != 2)
                {
                    Fail("takes exactly two arguments");
                }

                return args[1] is uint other
                    ? new QueryPredicate(op, capture, other, null, null, null)
                    : new QueryPredicate(op, capture, null, (string)args[1], null, null);
            case "match?" or "not-match?" or "any-match?" or "any-not-match?":
                if (args.Count != 2 || args[1] is not string pattern1)
                {
                    Fail("takes a capture and a regular expression");
                    return null!;
                }

                return new QueryPredicate(op, capture, null, null, CompileRegex(pattern1, op, pattern), null);
            case "any-of?" or "not-any-of?":
                var values = new HashSet<string>(StringComparer.Ordinal);
                foreach (var arg in args.Skip(1))
                {
                    if (arg is not string s)
                    {
                        Fail("takes a capture and strings");
                        return null!;
                    }

                    values.Add(s);
                }

                return new QueryPredicate(op, capture, null, null, null, values);
            default:
                Fail("is not a supported predicate (eq?, not-eq?, match?, not-match?, any-of?, not-any-of? and any-eq?/any-match? forms)");
                return null!;
        }
    }

    /// <summary>True when the match's captures satisfy this predicate. Captures absent from the match make it hold.</summary>
    public bool Holds(IReadOnlyList<(uint Id, Node Node)> captures)
    {
        var texts = new List<string>();
        foreach (var (id, node) in captures)
        {
            if (id == _capture)
            {
                texts.Add(node.Text);
            }
        }

        if (texts.Count == 0)
        {
            return true;
        }

        string? other = _literal;
        if (_otherCapture is { } otherId)
        {
            other = null;
            foreach (var (id, node) in captures)
            {
                if (id == otherId)
                {
                    other = node.Text;
                    break;
                }
            }

            if (other is null)
            {
                return true;
            }
        }

        bool Test(string text)
        {
            bool positive = _set is not null ? _set.Contains(text)
                : _regex is not null ? _regex.IsMatch(text)
                : string.Equals(text, other, StringComparison.Ordinal);
            return positive != _negated;
        }

        return _any ? texts.Any(Test) : texts.All(Test);
    }

    /// <inheritdoc />
    public override string ToString() => "#" + _operator;

    private static Regex CompileRegex(string pattern, string op, int patternIndex)
    {
        try
        {
            // linear time: no catastrophic backtracking on hostile input
            return new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
        }
        catch (NotSupportedException)
        {
            // look-arounds and back-references need the backtracking engine: time-box it
            return new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
        }
        catch (ArgumentException e)
        {
            throw new QueryException($"pattern {patternIndex}: #{op} has an invalid regular expression: {e.Message}");
        }
    }
}
