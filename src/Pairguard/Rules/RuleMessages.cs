using System.Text;
using Pairguard.Rules.Matching;

namespace Pairguard.Rules;

/// <summary>Substitutes bound metavariables (<c>$X</c>, <c>$...ARGS</c>) into rule messages and fix templates.</summary>
public static class RuleMessages
{
    /// <summary>Replaces each <c>$NAME</c> bound in <paramref name="bindings"/> by its code (shortened for messages).</summary>
    public static string Interpolate(string template, Bindings bindings, int maxLength = 80)
    {
        if (!template.Contains('$', StringComparison.Ordinal))
        {
            return template;
        }

        var sb = new StringBuilder(template.Length);
        var i = 0;
        while (i < template.Length)
        {
            if (template[i] == '$')
            {
                var seq = string.CompareOrdinal(template, i, "$...", 0, 4) == 0;
                var start = seq ? i + 4 : i + 1;
                var end = start;
                while (end < template.Length && (char.IsAsciiLetterUpper(template[end]) || char.IsAsciiDigit(template[end]) || template[end] == '_'))
                {
                    end++;
                }

                if (end > start)
                {
                    var name = (seq ? "$..." : "$") + template[start..end];
                    if (bindings.TryGet(name, out var b))
                    {
                        var text = maxLength > 0 ? Shorten(b.Text, maxLength) : b.Text;
                        sb.Append(text);
                        i = end;
                        continue;
                    }
                }
            }

            sb.Append(template[i]);
            i++;
        }

        return sb.ToString();
    }

    private static string Shorten(string text, int max)
    {
        var t = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return t.Length <= max ? t : t[..(max - 1)] + "…";
    }
}
