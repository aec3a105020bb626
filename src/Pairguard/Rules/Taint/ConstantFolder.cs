using System.Globalization;
using Pairguard.Rules.Matching;

namespace Pairguard.Rules.Taint;

/// <summary>Folds expressions built only from literals into a value (number, string, bool); null when not constant.</summary>
public static class ConstantFolder
{
    /// <summary>The constant value of an expression, or null when it is not constant.</summary>
    public static object? Fold(AstNode node, AstShapes shapes, int depth = 0)
    {
        if (depth > 64)
        {
            return null;
        }

        node = StructuralMatcher.Unwrap(node);
        if (shapes.IsString(node))
        {
            var (content, interpolated) = StringLiterals.Content(node);
            return interpolated ? null : content;
        }

        switch (node.Kind)
        {
            case "true" or "True":
                return true;
            case "false" or "False":
                return false;
            case "boolean_literal" or "boolean":
                return node.Text.Trim() is "true" or "True";
        }

        if (AstShapes.IsLiteral(node) && TryNumber(node.Text, out var number))
        {
            return number;
        }

        var kids = node.Significant;
        if (kids.Length == 2 && !kids[0].IsNamed)
        {
            var operand = Fold(kids[1], shapes, depth + 1);
            return kids[0].Text switch
            {
                "-" when operand is double d => -d,
                "+" when operand is double d => d,
                "!" or "not" when operand is bool b => !b,
                _ => null,
            };
        }

        if (kids.Length == 3 && !kids[1].IsNamed)
        {
            var left = Fold(kids[0], shapes, depth + 1);
            if (left is null)
            {
                return null;
            }

            var right = Fold(kids[2], shapes, depth + 1);
            return right is null ? null : Apply(kids[1].Text, left, right);
        }

        return null;
    }

    /// <summary>True/false when the condition is constant; null otherwise.</summary>
    public static bool? Condition(AstNode condition, AstShapes shapes) => Fold(condition, shapes) switch
    {
        bool b => b,
        double d => d != 0,
        string s => s.Length > 0,
        _ => null,
    };

    private static object? Apply(string op, object left, object right)
    {
        if (left is double a && right is double b)
        {
            return op switch
            {
                "+" => a + b,
                "-" => a - b,
                "*" => a * b,
                "/" when b != 0 => a / b,
                "//" when b != 0 => Math.Floor(a / b),
                "%" when b != 0 => a % b,
                "**" => Math.Pow(a, b),
                "<" => a < b,
                "<=" => a <= b,
                ">" => a > b,
                ">=" => a >= b,
                "==" or "===" => a == b,
                "!=" or "!==" => a != b,
                _ => null,
            };
        }

        if (left is bool x && right is bool y)
        {
            return op switch { "and" or "&&" => x && y, "or" or "||" => x || y, "==" or "===" => x == y, "!=" or "!==" => x != y, _ => null };
        }

        if (left is string s && right is string t)
        {
            return op switch { "+" or "." => s + t, "==" or "===" => s == t, "!=" or "!==" => s != t, _ => null };
        }

        return null;
    }

    private static bool TryNumber(string text, out double value)
    {
        var t = text.Trim().Replace("_", "", StringComparison.Ordinal).TrimEnd('L', 'l', 'u', 'U', 'f', 'F', 'd', 'D', 'm', 'M');
        if (t.StartsWith("0x", StringComparison.OrdinalIgnoreCase) && long.TryParse(t[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hex))
        {
            value = hex;
            return true;
        }

        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }
}
