using System.Globalization;

namespace Pairguard.Rules.Matching;

/// <summary>
/// Evaluates <c>metavariable-comparison</c> expressions: numbers, strings, <c>== != &lt; &lt;= &gt; &gt;=</c>, <c>+ - * / %</c>,
/// <c>and or not</c>, parentheses, <c>int()</c>, <c>str()</c>, <c>len()</c>, and <c>$X</c> metavariables.
/// </summary>
public sealed class ComparisonExpression
{
    private readonly List<string> _tokens;
    private readonly Func<string, object?> _lookup;
    private int _pos;

    private ComparisonExpression(string text, Func<string, object?> lookup)
    {
        _tokens = Tokenize(text);
        _lookup = lookup;
    }

    /// <summary>Evaluates the expression; a malformed expression or unbound metavariable evaluates to false.</summary>
    public static bool Evaluate(string text, Func<string, object?> lookup)
    {
        try
        {
            var e = new ComparisonExpression(text, lookup);
            var v = e.Or();
            return e._pos == e._tokens.Count && Truthy(v);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>The value of a bound metavariable's code: a number when it is a numeric literal, the content of a string literal, else the text.</summary>
    public static object ValueOf(Binding binding)
    {
        var text = binding.Text.Trim();
        if (TryNumber(text, out var d))
        {
            return d;
        }

        var node = binding.Node;
        return node is not null && node.Kind.Contains("string", StringComparison.Ordinal) ? StringLiterals.Content(node).Content : text;
    }

    private object? Or()
    {
        var left = And();
        while (Peek() == "or")
        {
            _pos++;
            var right = And();
            left = Truthy(left) || Truthy(right);
        }

        return left;
    }

    private object? And()
    {
        var left = Not();
        while (Peek() == "and")
        {
            _pos++;
            var right = Not();
            left = Truthy(left) && Truthy(right);
        }

        return left;
    }

    private object? Not()
    {
        if (Peek() == "not")
        {
            _pos++;
            return !Truthy(Not());
        }

        return Compare();
    }

    private object? Compare()
    {
        var left = Sum();
        var op = Peek();
        if (op is "==" or "!=" or "<" or "<=" or ">" or ">=")
        {
            _pos++;
            var right = Sum();
            if (left is double a && right is double b)
            {
                return op switch { "==" => a == b, "!=" => a != b, "<" => a < b, "<=" => a <= b, ">" => a > b, _ => a >= b };
            }

            // as in Semgrep, only numbers are ordered: `$SIZE < 2048` with $SIZE bound to a variable is not a match
            if (op is not ("==" or "!="))
            {
                throw new FormatException($"'{op}' needs numbers");
            }

            var equal = string.Equals(Convert.ToString(left, CultureInfo.InvariantCulture), Convert.ToString(right, CultureInfo.InvariantCulture), StringComparison.Ordinal);
            return op == "==" ? equal : !equal;
        }

        return left;
    }

    private object? Sum()
    {
        var left = Product();
        while (Peek() is "+" or "-")
        {
            var op = _tokens[_pos++];
            var right = Product();
            left = left is double a && right is double b ? (op == "+" ? a + b : a - b)
                : op == "+" ? Convert.ToString(left, CultureInfo.InvariantCulture) + Convert.ToString(right, CultureInfo.InvariantCulture)
                : throw new FormatException("'-' needs numbers");
        }

        return left;
    }

    private object? Product()
    {
        var left = Unary();
        while (Peek() is "*" or "/" or "%")
        {
            var op = _tokens[_pos++];
            var a = Num(left);
            var b = Num(Unary());
            left = op switch { "*" => a * b, "/" => b == 0 ? throw new FormatException("division by zero") : a / b, _ => b == 0 ? throw new FormatException("division by zero") : a % b };
        }

        return left;
    }

    private object? Unary()
    {
        if (Peek() == "-")
        {
            _pos++;
            return -Num(Unary());
        }

        return Primary();
    }

    private object? Primary()
    {
        var t = Next();
        if (t == "(")
        {
            var v = Or();
            Expect(")");
            return v;
        }

        if (t is "int" or "str" or "len" or "float" && Peek() == "(")
        {
            _pos++;
            var arg = Or();
            Expect(")");
            return t switch
            {
                "int" => Math.Truncate(Num(arg is string s && TryNumber(s, out var n) ? n : arg)),
                "float" => Num(arg is string s2 && TryNumber(s2, out var n2) ? n2 : arg),
                "len" => (double)(Convert.ToString(arg, CultureInfo.InvariantCulture) ?? "").Length,
                _ => arg is double d ? d.ToString(CultureInfo.InvariantCulture) : Convert.ToString(arg, CultureInfo.InvariantCulture),
            };
        }

        if (t is "True" or "true")
        {
            return true;
        }

        if (t is "False" or "false")
        {
            return false;
        }

        if (t.StartsWith('$'))
        {
            return _lookup(t) ?? throw new FormatException("unbound " + t);
        }

        if (t.Length >= 2 && t[0] is '"' or '\'' && t[^1] == t[0])
        {
            return t[1..^1];
        }

        if (TryNumber(t, out var num))
        {
            return num;
        }

        throw new FormatException("unexpected " + t);
    }

    private static double Num(object? v) => v switch
    {
        double d => d,
        bool b => b ? 1 : 0,
        string s when TryNumber(s, out var n) => n,
        _ => throw new FormatException("not a number"),
    };

    private static bool Truthy(object? v) => v switch { bool b => b, double d => d != 0, string s => s.Length > 0, _ => false };

    private static bool TryNumber(string text, out double value)
    {
        var t = text.Replace("_", "", StringComparison.Ordinal).TrimEnd('L', 'l', 'u', 'U', 'f', 'F', 'd', 'D', 'm', 'M');
        if (t.StartsWith("0x", StringComparison.OrdinalIgnoreCase) && long.TryParse(t[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hex))
        {
            value = hex;
            return true;
        }

        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && t.Length > 0 && (char.IsDigit(t[0]) || t[0] == '.' || t[0] == '-');
    }

    private string? Peek() => _pos < _tokens.Count ? _tokens[_pos] : null;

    private string Next() => _pos < _tokens.Count ? _tokens[_pos++] : throw new FormatException("unexpected end");

    private void Expect(string t)
    {
        if (Next() != t)
        {
            throw new FormatException("expected " + t);
        }
    }

    private static List<string> Tokenize(string s)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '"' or '\'')
            {
                var end = s.IndexOf(c, i + 1);
                if (end < 0)
                {
                    throw new FormatException("unterminated string");
                }

                tokens.Add(s[i..(end + 1)]);
                i = end + 1;
            }
            else if (i + 1 < s.Length && s.Substring(i, 2) is "==" or "!=" or "<=" or ">=")
            {
                tokens.Add(s.Substring(i, 2));
                i += 2;
            }
            else if ("<>+-*/%()".Contains(c))
            {
                tokens.Add(c.ToString());
                i++;
            }
            else
            {
                var start = i;
                while (i < s.Length && (char.IsLetterOrDigit(s[i]) || s[i] is '_' or '$' or '.'))
                {
                    i++;
                }

                if (start == i)
                {
                    throw new FormatException("unexpected character " + c);
                }

                tokens.Add(s[start..i]);
            }
        }

        return tokens;
    }
}
