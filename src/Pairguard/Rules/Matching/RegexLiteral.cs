using System.Text;

namespace Pairguard.Rules.Matching;

/// <summary>The longest piece of plain text every match of a regex must contain, so that texts without it are never tried.</summary>
internal static class RegexLiteral
{
    /// <summary>
    /// The longest run of literal characters that any match of the (case-sensitive) regex holds, or null when none is certain or
    /// the regex is not simple enough to tell: a top-level alternation, an inline option such as <c>(?i)</c>. Groups and character
    /// classes end a run without contributing to it; a character followed by <c>?</c>, <c>*</c> or <c>{</c> is left out of it.
    /// </summary>
    public static string? Required(string regex)
    {
        var runs = new List<string>();
        var run = new StringBuilder();
        var i = 0;
        while (i < regex.Length)
        {
            var c = regex[i];
            switch (c)
            {
                case '|':
                    return null;
                case '(':
                    if (i + 1 < regex.Length && regex[i + 1] == '?' && i + 2 < regex.Length && regex[i + 2] is not (':' or '=' or '!' or '<'))
                    {
                        // an inline option group such as (?i) or (?x: ...) changes how the rest matches
                        return null;
                    }

                    End(runs, run);
                    i = AfterGroup(regex, i);
                    if (i < 0)
                    {
                        return null;
                    }

                    // a quantifier after the group applies to the group, which contributed nothing
                    i = AfterQuantifier(regex, i);
                    continue;
                case '[':
                    End(runs, run);
                    i = AfterClass(regex, i);
                    if (i < 0)
                    {
                        return null;
                    }

                    i = AfterQuantifier(regex, i);
                    continue;
                case '\\':
                    if (i + 1 >= regex.Length)
                    {
                        return null;
                    }

                    var escaped = regex[i + 1];
                    i += 2;
                    if (char.IsAsciiLetterOrDigit(escaped) || escaped == '<' || escaped == '>')
                    {
                        // \d, \w, \b, \1, \x41, \p{..}, \k<name>: a class, an anchor or a code; not a plain character
                        End(runs, run);
                        if (escaped is 'x' or 'u' or 'p' or 'P' or 'k' or 'c')
                        {
                            return null;
                        }

                        i = AfterQuantifier(regex, i);
                        continue;
                    }

                    Literal(regex, ref i, escaped, runs, run);
                    continue;
                case '.' or '^' or '$':
                    End(runs, run);
                    i = AfterQuantifier(regex, i + 1);
                    continue;
                case '*' or '+' or '?' or '{' or ')' or ']':
                    // a quantifier or bracket with nothing it could apply to: not a regex this reads
                    return null;
                default:
                    i++;
                    Literal(regex, ref i, c, runs, run);
                    continue;
            }
        }

        End(runs, run);
        var best = runs.MaxBy(r => r.Length);
        return best is { Length: >= 3 } ? best : null;
    }

    /// <summary>A literal character at i (already consumed): kept in the run unless a quantifier makes it optional or repeats it.</summary>
    private static void Literal(string regex, ref int i, char c, List<string> runs, StringBuilder run)
    {
        if (i < regex.Length && regex[i] is '?' or '*' or '{')
        {
            End(runs, run);
            i = AfterQuantifier(regex, i);
            return;
        }

        run.Append(c);
        if (i < regex.Length && regex[i] == '+')
        {
            // at least once: the run so far holds, but what follows need not come right after this character
            End(runs, run);
            i = AfterQuantifier(regex, i);
        }
    }

    private static void End(List<string> runs, StringBuilder run)
    {
        if (run.Length > 0)
        {
            runs.Add(run.ToString());
            run.Clear();
        }
    }

    /// <summary>The position after a quantifier (<c>*</c>, <c>+</c>, <c>?</c>, <c>{m,n}</c>, each optionally lazy) at i, or i when there is none.</summary>
    private static int AfterQuantifier(string regex, int i)
    {
        if (i >= regex.Length)
        {
            return i;
        }

        if (regex[i] is '*' or '+' or '?')
        {
            i++;
        }
        else if (regex[i] == '{')
        {
            var close = regex.IndexOf('}', i);
            if (close < 0)
            {
                return i;
            }

            i = close + 1;
        }
        else
        {
            return i;
        }

        return i < regex.Length && regex[i] is '?' or '+' ? i + 1 : i;
    }

    /// <summary>The position after the group opening at i (nested groups, classes and escapes skipped), or -1 when it is not closed.</summary>
    private static int AfterGroup(string regex, int i)
    {
        var depth = 0;
        while (i < regex.Length)
        {
            switch (regex[i])
            {
                case '\\':
                    i += 2;
                    continue;
                case '[':
                    i = AfterClass(regex, i);
                    if (i < 0)
                    {
                        return -1;
                    }

                    continue;
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    if (depth == 0)
                    {
                        return i + 1;
                    }

                    break;
            }

            i++;
        }

        return -1;
    }

    /// <summary>The position after the character class opening at i, or -1 when it is not closed.</summary>
    private static int AfterClass(string regex, int i)
    {
        i++;
        if (i < regex.Length && regex[i] == '^')
        {
            i++;
        }

        if (i < regex.Length && regex[i] == ']')
        {
            // a ] first in the class is a member
            i++;
        }

        while (i < regex.Length)
        {
            if (regex[i] == '\\')
            {
                i += 2;
                continue;
            }

            if (regex[i] == ']')
            {
                return i + 1;
            }

            i++;
        }

        return -1;
    }
}
