using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Pairguard.Rules.Matching;

/// <summary>Reads the content of string literal nodes of any grammar, and whether they interpolate values.</summary>
public static class StringLiterals
{
    private static readonly ConcurrentDictionary<string, Regex?> Regexes = new(StringComparer.Ordinal);

    /// <summary>The literal's content without prefixes and quotes, and whether it holds interpolated values.</summary>
    public static (string Content, bool Interpolated) Content(AstNode node)
    {
        if (node.Kind == "concatenated_string")
        {
            var parts = node.Significant.Select(Content).ToList();
            return (string.Concat(parts.Select(p => p.Content)), parts.Any(p => p.Interpolated));
        }

        return (Unquote(node.Text), HoldsInterpolation(node, node.Kind == "encapsed_string"));
    }

    /// <summary>Whether the literal holds interpolated values (<see cref="Content"/>'s second part, without making the content).</summary>
    public static bool Interpolated(AstNode node) =>
        node.Kind == "concatenated_string" ? node.Significant.Any(Interpolated) : HoldsInterpolation(node, node.Kind == "encapsed_string");

    /// <summary>True when the literal is written in a form that can hold holes: f-strings, template literals, <c>$"..."</c>.</summary>
    public static bool IsInterpolationSyntax(AstNode node)
    {
        if (node.Kind is "interpolated_string_expression" or "template_string")
        {
            return true;
        }

        var t = node.Text.TrimStart();
        var i = 0;
        while (i < t.Length && i < 3 && char.IsAsciiLetter(t[i]))
        {
            if (t[i] is 'f' or 'F')
            {
                return true;
            }

            i++;
        }

        return HoldsInterpolation(node, phpVariables: false);
    }

    /// <summary>True when a node below this one (not itself) is an interpolation (or, in a PHP string, a variable).</summary>
    private static bool HoldsInterpolation(AstNode node, bool phpVariables)
    {
        foreach (var c in node.Children)
        {
            if (c.Kind is "interpolation" or "template_substitution" or "string_interpolation" || (phpVariables && c.Kind == "variable_name") || HoldsInterpolation(c, phpVariables))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Strips string prefixes (f, r, b, u, @, $) and matching quotes (single, double, triple, backtick).</summary>
    public static string Unquote(string text)
    {
        var t = text.Trim();
        var i = 0;
        while (i < t.Length && i < 3 && (char.IsAsciiLetter(t[i]) || t[i] is '@' or '$'))
        {
            i++;
        }

        if (i < t.Length && t[i] is '"' or '\'' or '`')
        {
            t = t[i..];
        }

        foreach (var q in new[] { "\"\"\"", "'''", "\"", "'", "`" })
        {
            if (t.Length >= 2 * q.Length && t.StartsWith(q, StringComparison.Ordinal) && t.EndsWith(q, StringComparison.Ordinal))
            {
                return t[q.Length..^q.Length];
            }
        }

        return t;
    }

    /// <summary>Linear-time regex test used by <c>"=~/re/"</c> string patterns; an invalid regex matches nothing.</summary>
    public static bool RegexMatches(string pattern, string input)
    {
        var re = Regexes.GetOrAdd(pattern, p =>
        {
            try
            {
                // a bounded pattern with the (linear-time on it) backtracking engine, which builds far faster (see RuleRegex.ForTest)
                return RuleRegex.BacktrackingIsLinear(p)
                    ? new Regex(p, RegexOptions.CultureInvariant)
                    : new Regex(p, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
            }
            catch (ArgumentException)
            {
                return null;
            }
        });
        return re is not null && re.IsMatch(input);
    }
}
