using System.Text;
using Pairguard.Scanning;

namespace Pairguard.Rules.Matching;

/// <summary>
/// Rewrites pattern syntax into code the target grammar can parse: <c>$X</c> → an identifier placeholder, <c>$...X</c> and
/// <c>...</c> → sequence placeholders, <c>&lt;... e ...&gt;</c> → a marker call. Strings are left untouched.
/// </summary>
public static class PatternText
{
    /// <summary>Prefix of a metavariable placeholder identifier.</summary>
    public const string MetaPrefix = "pgmv_";

    /// <summary>Prefix of a metavariable placeholder where the grammar wants a constant (Ruby after <c>::</c>, <c>class</c>, <c>module</c>).</summary>
    public const string ConstantMetaPrefix = "Pgmv_";

    /// <summary>Prefix of a sequence metavariable placeholder (<c>$...X</c>).</summary>
    public const string SeqPrefix = "pgmvseq_";

    /// <summary>The placeholder standing for <c>...</c>.</summary>
    public const string Ellipsis = "pgellipsis_";

    /// <summary>The marker callee standing for a deep expression <c>&lt;... e ...&gt;</c>.</summary>
    public const string Deep = "pgdeep_";

    private static readonly HashSet<string> PhpSuperglobals = ["_GET", "_POST", "_REQUEST", "_COOKIE", "_SERVER", "_FILES", "_ENV", "_SESSION", "GLOBALS"];

    /// <summary>Rewrites a pattern for the given language.</summary>
    public static string Rewrite(string pattern, string language)
    {
        var php = language == Languages.Php;
        var sb = new StringBuilder(pattern.Length + 32);
        var i = 0;
        char quote = '\0';
        while (i < pattern.Length)
        {
            var c = pattern[i];
            if (quote != '\0')
            {
                sb.Append(c);
                if (c == '\\' && i + 1 < pattern.Length)
                {
                    sb.Append(pattern[i + 1]);
                    i += 2;
                    continue;
                }

                if (c == quote)
                {
                    quote = '\0';
                }

                i++;
                continue;
            }

            if (c is '"' or '\'' or '`')
            {
                quote = c;
                sb.Append(c);
                i++;
                continue;
            }

            if (c == '<' && At(pattern, i, "<..."))
            {
                sb.Append(Deep).Append('(');
                i += 4;
                continue;
            }

            if (c == '.' && At(pattern, i, "...>"))
            {
                sb.Append(')');
                i += 4;
                continue;
            }

            if (c == '$' && At(pattern, i, "$...") && i + 4 < pattern.Length && IsMetaStart(pattern[i + 4]))
            {
                var name = ReadName(pattern, i + 4);
                sb.Append(php ? "$" : "").Append(SeqPrefix).Append(name);
                i += 4 + name.Length;
                continue;
            }

            if (c == '$' && i + 1 < pattern.Length && IsMetaStart(pattern[i + 1]))
            {
                var name = ReadName(pattern, i + 1);
                if (php && PhpSuperglobals.Contains(name))
                {
                    sb.Append('$').Append(name);
                }
                else
                {
                    // In PHP, names after 'function', '->', '::', 'new' and 'class' are not variables.
                    sb.Append(php && !PhpNamePosition(sb) ? "$" : "").Append(language == Languages.Ruby && RubyConstantPosition(sb) ? ConstantMetaPrefix : MetaPrefix).Append(name);
                }

                i += 1 + name.Length;
                continue;
            }

            if (c == '.' && At(pattern, i, "..."))
            {
                var statement = StatementPosition(sb, pattern, i + 3);
                sb.Append(php ? "$" : "").Append(Ellipsis);
                if (statement && language is Languages.CSharp)
                {
                    // a bare identifier is not a C# statement; an invocation is
                    sb.Append("();");
                }
                else if (statement && language is Languages.Java or Languages.Php)
                {
                    sb.Append(';');
                }

                i += 3;
                continue;
            }

            sb.Append(c);
            i++;
        }

        return sb.ToString();
    }

    /// <summary>The metavariable name a placeholder text stands for (<c>X</c> for <c>pgmv_X</c> or <c>$pgmv_X</c>), or null.</summary>
    public static string? MetavariableName(string text)
    {
        var t = text.StartsWith('$') ? text[1..] : text;
        return (t.StartsWith(MetaPrefix, StringComparison.Ordinal) || t.StartsWith(ConstantMetaPrefix, StringComparison.Ordinal)) && IsName(t, MetaPrefix.Length)
            ? "$" + t[MetaPrefix.Length..]
            : null;
    }

    /// <summary>The sequence metavariable name (<c>$...X</c>) a placeholder stands for, or null.</summary>
    public static string? SequenceName(string text)
    {
        var t = text.StartsWith('$') ? text[1..] : text;
        return t.StartsWith(SeqPrefix, StringComparison.Ordinal) && IsName(t, SeqPrefix.Length) ? "$..." + t[SeqPrefix.Length..] : null;
    }

    /// <summary>True when the text is the ellipsis placeholder.</summary>
    public static bool IsEllipsis(string text) => text is Ellipsis or "$" + Ellipsis or Ellipsis + "()" or Ellipsis + "();" or "**" + Ellipsis;

    /// <summary>Ruby: the pattern with every ellipsis that is not a statement written as a hash splat, so <c>{..., k: v}</c> parses.</summary>
    public static string RubyHashEllipses(string rewritten) => rewritten.Replace(", " + Ellipsis, ", **" + Ellipsis, StringComparison.Ordinal)
        .Replace("{" + Ellipsis + ",", "{**" + Ellipsis + ",", StringComparison.Ordinal)
        .Replace("{ " + Ellipsis + ",", "{ **" + Ellipsis + ",", StringComparison.Ordinal);

    /// <summary>True when an ellipsis stands alone as a statement: after '{', ';', '}' or a line break, and before '}' or a line break.</summary>
    private static bool StatementPosition(StringBuilder before, string pattern, int after)
    {
        var b = before.ToString().TrimEnd(' ', '\t');
        var prevOk = b.Length == 0 || b[^1] is '{' or ';' or '}' or '\n';
        var rest = pattern[after..].TrimStart(' ', '\t');
        var nextOk = rest.Length == 0 || rest[0] is '}' or '\n' or '\r';
        return prevOk && nextOk;
    }

    private static bool RubyConstantPosition(StringBuilder sb)
    {
        var before = sb.ToString();
        var trimmed = before.TrimEnd();
        return before.EndsWith("::", StringComparison.Ordinal) || trimmed.EndsWith("class", StringComparison.Ordinal) || trimmed.EndsWith("module", StringComparison.Ordinal)
            || (trimmed.EndsWith('<') && before.Contains("class ", StringComparison.Ordinal));
    }

    private static bool PhpNamePosition(StringBuilder sb)
    {
        var before = sb.ToString().TrimEnd();
        return before.EndsWith("->", StringComparison.Ordinal) || before.EndsWith("::", StringComparison.Ordinal) || before.EndsWith("?->", StringComparison.Ordinal)
            || before.EndsWith("function", StringComparison.Ordinal) || before.EndsWith("new", StringComparison.Ordinal) || before.EndsWith("class", StringComparison.Ordinal);
    }

    private static bool IsName(string t, int from) => t.Length > from && t[from..].All(ch => char.IsAsciiLetterUpper(ch) || char.IsAsciiDigit(ch) || ch == '_');

    private static bool At(string s, int i, string word) => string.CompareOrdinal(s, i, word, 0, word.Length) == 0;

    private static bool IsMetaStart(char c) => char.IsAsciiLetterUpper(c) || c == '_';

    private static string ReadName(string s, int from)
    {
        var end = from;
        while (end < s.Length && (char.IsAsciiLetterUpper(s[end]) || char.IsAsciiDigit(s[end]) || s[end] == '_'))
        {
            end++;
        }

        return s[from..end];
    }
}
