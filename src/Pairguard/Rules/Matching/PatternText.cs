using System.Text;
using System.Text.RegularExpressions;
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

    /// <summary>Prefix of a typed metavariable placeholder: <c>pgmvt{index of the type}_{name}</c>.</summary>
    public const string TypedPrefix = "pgmvt";

    private static readonly List<string> TypeTable = [];

    // Java and C# `(Type $X)` where an expression stands (not the parameters of a call or declaration), Go `($X : Type)`
    private static readonly Regex JavaTyped = new(@"(?<![\w$\]>)]\s*)\(\s*(?<type>[A-Za-z_$][\w.$]*(?:<[^()]*?>)?(?:\[\])*)\s+\$(?<name>[A-Z_][A-Z0-9_]*)\s*\)(?!\s*->)", RegexOptions.CultureInvariant);
    private static readonly Regex ReturnTyped = new(@"(?<=\breturn\s*)\(\s*(?<type>[A-Za-z_$][\w.$]*(?:<[^()]*?>)?(?:\[\])*)\s+\$(?<name>[A-Z_][A-Z0-9_]*)\s*\)", RegexOptions.CultureInvariant);
    private static readonly Regex GoTyped = new(@"\(\s*\$(?<name>[A-Z_][A-Z0-9_]*)\s*:\s*(?<type>\*?(?:\[\])?[A-Za-z_$][\w.$]*)\s*\)", RegexOptions.CultureInvariant);

    private static readonly HashSet<string> PhpSuperglobals = ["_GET", "_POST", "_REQUEST", "_COOKIE", "_SERVER", "_FILES", "_ENV", "_SESSION", "GLOBALS"];

    /// <summary>The placeholder standing for <c>...</c> among a Java method's parameters.</summary>
    public const string ParameterEllipsis = "int " + Ellipsis;

    /// <summary>The bracket-stack mark of a Java parameter list.</summary>
    private const char ParameterList = 'P';

    /// <summary>The placeholder standing for <c>...</c> where Java and C# want a class member or a statement.</summary>
    public const string MemberEllipsis = "int " + Ellipsis + ";";

    /// <summary>
    /// Rewrites a pattern for the given language. With <paramref name="members"/>, a Java or C# ellipsis that stands alone is written
    /// as a field declaration (<see cref="MemberEllipsis"/>), which is also a statement, so it parses in class bodies too.
    /// </summary>
    public static string Rewrite(string pattern, string language, bool members = false)
    {
        pattern = language switch
        {
            Languages.Java or Languages.CSharp => ReturnTyped.Replace(JavaTyped.Replace(pattern, Typed), Typed),
            Languages.Go => GoTyped.Replace(pattern, Typed),
            _ => pattern,
        };
        var php = language == Languages.Php;
        var sb = new StringBuilder(pattern.Length + 32);
        var brackets = new Stack<char>();
        var i = 0;
        char quote = '\0';
        string? hole = null;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            if (quote != '\0')
            {
                if (hole is not null && At(pattern, i, hole) && !(hole == "{" && At(pattern, i, "{{")) && HoleEnd(pattern, i + hole.Length) is var close && close > 0)
                {
                    // a hole of an interpolated string holds code: its metavariables and ellipses are rewritten too
                    sb.Append(hole).Append(Rewrite(pattern[(i + hole.Length)..close], language)).Append('}');
                    i = close + 1;
                    continue;
                }

                if (hole == "{" && At(pattern, i, "{{"))
                {
                    sb.Append("{{");
                    i += 2;
                    continue;
                }

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
                    hole = null;
                }

                i++;
                continue;
            }

            if (c is '"' or '\'' or '`')
            {
                quote = c;
                hole = HoleOpener(sb, c, language);
                sb.Append(c);
                i++;
                continue;
            }

            if (c == '(' && language == Languages.Java && DeclarationParameters(pattern, i))
            {
                brackets.Push(ParameterList);
            }
            else if (c is '(' or '[' or '{')
            {
                brackets.Push(c);
            }
            else if (c is ')' or ']' or '}' && brackets.Count > 0)
            {
                brackets.Pop();
            }

            if (c == '<' && At(pattern, i, "<..."))
            {
                sb.Append(Deep).Append('(');
                brackets.Push('(');
                i += 4;
                continue;
            }

            if (c == '.' && At(pattern, i, "...>"))
            {
                sb.Append(')');
                if (brackets.Count > 0)
                {
                    brackets.Pop();
                }

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
                if (language == Languages.Python && brackets.Count > 0 && brackets.Peek() == '{' && sb.ToString().TrimEnd() is [.., '{' or ','])
                {
                    // Python has no braces but dicts and sets: `{..., "k": v}` parses with the ellipsis as a dict splat
                    sb.Append("**");
                }

                if (statement && members && language is Languages.Java or Languages.CSharp)
                {
                    sb.Append(MemberEllipsis);
                    i += 3;
                    continue;
                }

                if (brackets.Count > 0 && brackets.Peek() == ParameterList)
                {
                    // a Java parameter has a type
                    sb.Append(ParameterEllipsis);
                    i += 3;
                    continue;
                }

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

    /// <summary>
    /// True when the parenthesis at <paramref name="open"/> opens the parameters of a Java method or constructor: a name that is not
    /// a keyword (nor a class instantiated with <c>new</c>) before it, and <c>{</c> or <c>throws</c> after the closing parenthesis.
    /// </summary>
    private static bool DeclarationParameters(string pattern, int open)
    {
        var nameEnd = open;
        while (nameEnd > 0 && pattern[nameEnd - 1] is ' ' or '\t')
        {
            nameEnd--;
        }

        var nameStart = nameEnd;
        while (nameStart > 0 && (char.IsAsciiLetterOrDigit(pattern[nameStart - 1]) || pattern[nameStart - 1] is '_' or '$'))
        {
            nameStart--;
        }

        var name = pattern[nameStart..nameEnd];
        if (name.Length == 0 || name is "if" or "for" or "while" or "switch" or "catch" or "synchronized" or "try" or "return" or "new" or "super" or "this"
            || pattern[..nameStart].TrimEnd().EndsWith("new", StringComparison.Ordinal) || pattern[..nameStart].TrimEnd().EndsWith('.'))
        {
            return false;
        }

        var depth = 0;
        for (var j = open; j < pattern.Length; j++)
        {
            if (pattern[j] == '(')
            {
                depth++;
            }
            else if (pattern[j] == ')' && --depth == 0)
            {
                var rest = pattern.AsSpan(j + 1).TrimStart();
                return rest.StartsWith("{") || rest.StartsWith("throws");
            }
        }

        return false;
    }

    /// <summary>
    /// What opens a hole in a string literal that starts here (<c>{</c> in Python f-strings and C# <c>$"..."</c>, <c>${</c> in
    /// JavaScript template literals, <c>#{</c> in Ruby double-quoted strings), or null for a string without holes.
    /// </summary>
    private static string? HoleOpener(StringBuilder before, char quote, string language)
    {
        var prefix = 0;
        while (prefix < before.Length && prefix < 3 && (char.IsAsciiLetter(before[before.Length - 1 - prefix]) || before[before.Length - 1 - prefix] is '$' or '@'))
        {
            prefix++;
        }

        var letters = before.ToString(before.Length - prefix, prefix);
        return language switch
        {
            Languages.Python when letters.Contains('f', StringComparison.OrdinalIgnoreCase) => "{",
            Languages.JavaScript or Languages.TypeScript or Languages.Tsx when quote == '`' => "${",
            Languages.CSharp when letters.Contains('$') && quote == '"' => "{",
            Languages.Ruby when quote == '"' => "#{",
            _ => null,
        };
    }

    /// <summary>The index of the <c>}</c> closing a hole whose code starts at <paramref name="from"/>, or -1.</summary>
    private static int HoleEnd(string s, int from)
    {
        var depth = 0;
        for (var j = from; j < s.Length; j++)
        {
            switch (s[j])
            {
                case '{':
                    depth++;
                    break;
                case '}' when depth == 0:
                    return j;
                case '}':
                    depth--;
                    break;
                case '\n':
                    return -1;
            }
        }

        return -1;
    }

    /// <summary>The metavariable name a placeholder text stands for (<c>X</c> for <c>pgmv_X</c> or <c>$pgmv_X</c>), or null.</summary>
    public static string? MetavariableName(string text)
    {
        var t = text.StartsWith('$') ? text[1..] : text;
        if (TypedMetavariable(t) is { } typed)
        {
            return typed.Name;
        }

        return (t.StartsWith(MetaPrefix, StringComparison.Ordinal) || t.StartsWith(ConstantMetaPrefix, StringComparison.Ordinal)) && IsName(t, MetaPrefix.Length)
            ? "$" + t[MetaPrefix.Length..]
            : null;
    }

    /// <summary>The pattern with each typed metavariable (<c>(Type $X)</c>, <c>($X : Type)</c>) written as the bare metavariable.</summary>
    public static string WithoutTypes(string pattern) =>
        pattern.Contains('$') && pattern.Contains('(') ? GoTyped.Replace(ReturnTyped.Replace(JavaTyped.Replace(pattern, Bare), Bare), Bare) : pattern;

    private static string Bare(Match m) => "$" + m.Groups["name"].Value;

    /// <summary>The metavariable name and type a typed placeholder (<c>pgmvt0_X</c>) stands for, or null.</summary>
    public static (string Name, string Type)? TypedMetavariable(string text)
    {
        if (!text.StartsWith(TypedPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var underscore = text.IndexOf('_', TypedPrefix.Length);
        if (underscore <= TypedPrefix.Length || !int.TryParse(text.AsSpan(TypedPrefix.Length, underscore - TypedPrefix.Length), out var index) || !IsName(text, underscore + 1))
        {
            return null;
        }

        lock (TypeTable)
        {
            return index < TypeTable.Count ? ("$" + text[(underscore + 1)..], TypeTable[index]) : null;
        }
    }

    /// <summary>The placeholder of a typed metavariable match: the type is kept in a table, its index in the identifier.</summary>
    private static string Typed(Match m)
    {
        var type = m.Groups["type"].Value;
        int index;
        lock (TypeTable)
        {
            index = TypeTable.IndexOf(type);
            if (index < 0)
            {
                TypeTable.Add(type);
                index = TypeTable.Count - 1;
            }
        }

        return TypedPrefix + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "_" + m.Groups["name"].Value;
    }

    /// <summary>The sequence metavariable name (<c>$...X</c>) a placeholder stands for, or null.</summary>
    public static string? SequenceName(string text)
    {
        var t = text.StartsWith('$') ? text[1..] : text;
        return t.StartsWith(SeqPrefix, StringComparison.Ordinal) && IsName(t, SeqPrefix.Length) ? "$..." + t[SeqPrefix.Length..] : null;
    }

    /// <summary>True when the text is the ellipsis placeholder.</summary>
    public static bool IsEllipsis(string text) => text is Ellipsis or "$" + Ellipsis or Ellipsis + "()" or Ellipsis + "();" or "**" + Ellipsis or MemberEllipsis or ParameterEllipsis;

    /// <summary>Ruby: the pattern with every ellipsis that is not a statement written as a hash splat, so <c>{..., k: v}</c> parses.</summary>
    public static string RubyHashEllipses(string rewritten) => rewritten.Replace(", " + Ellipsis, ", **" + Ellipsis, StringComparison.Ordinal)
        .Replace("{" + Ellipsis + ",", "{**" + Ellipsis + ",", StringComparison.Ordinal)
        .Replace("{ " + Ellipsis + ",", "{ **" + Ellipsis + ",", StringComparison.Ordinal);

    /// <summary>
    /// True when an ellipsis stands alone as a statement: after '{', ';', '}' or a line break, and before '}' or a line break;
    /// never as an item of a list (after '(', '[' or ',', or before ',', ')' or ']', across line breaks).
    /// </summary>
    private static bool StatementPosition(StringBuilder before, string pattern, int after)
    {
        var b = before.ToString().TrimEnd(' ', '\t');
        var prevOk = b.Length == 0 || b[^1] is '{' or ';' or '}' or '\n';
        var rest = pattern[after..].TrimStart(' ', '\t');
        var nextOk = rest.Length == 0 || rest[0] is '}' or '\n' or '\r';
        var prevItem = b.TrimEnd();
        var nextItem = rest.TrimStart();
        var inList = (prevItem.Length > 0 && prevItem[^1] is ',' or '(' or '[') || (nextItem.Length > 0 && nextItem[0] is ',' or ')' or ']');
        return prevOk && nextOk && !inList;
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
