using System.Text;

namespace Pairguard.Rules.Matching;

/// <summary>A canonical text of a formula (operators and code, without line numbers), for sharing results between rules.</summary>
internal static class FormulaKey
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Formula, string> Keys = new();

    /// <summary>The key, or null when the result depends on more than the file (project conditions).</summary>
    public static string? Of(Formula formula)
    {
        if (Keys.TryGetValue(formula, out var known))
        {
            return known.Length == 0 ? null : known;
        }

        var sb = new StringBuilder();
        var key = Append(sb, formula) ? sb.ToString() : "";
        Keys.AddOrUpdate(formula, key);
        return key.Length == 0 ? null : key;
    }

    private static bool Append(StringBuilder sb, Formula f)
    {
        switch (f)
        {
            case PatternFormula p:
                sb.Append("P\u0001").Append(p.Code).Append('\u0002');
                return true;
            case RegexFormula r:
                sb.Append("R\u0001").Append(r.Regex).Append('\u0002');
                return true;
            case InsideFormula i:
                sb.Append("I(");
                if (!Append(sb, i.Inner))
                {
                    return false;
                }

                sb.Append(')');
                return true;
            case EitherFormula e:
                sb.Append("E(");
                foreach (var a in e.Alternatives)
                {
                    if (!Append(sb, a))
                    {
                        return false;
                    }
                }

                sb.Append(')');
                return true;
            case AllFormula a:
                sb.Append("A(");
                foreach (var p in a.Positives)
                {
                    if (!Append(sb, p))
                    {
                        return false;
                    }
                }

                sb.Append('|');
                foreach (var c in a.Conditions)
                {
                    if (!Append(sb, c))
                    {
                        return false;
                    }
                }

                sb.Append(')');
                return true;
            default:
                return false;
        }
    }

    private static bool Append(StringBuilder sb, Condition c)
    {
        switch (c)
        {
            case NotCondition n:
                sb.Append("not ");
                return Append(sb, n.Formula);
            case InsideCondition i:
                sb.Append("inside ");
                return Append(sb, i.Formula);
            case NotInsideCondition n:
                sb.Append("not-inside ");
                return Append(sb, n.Formula);
            case NotRegexCondition r:
                sb.Append("not-regex\u0001").Append(r.Regex).Append('\u0002');
                return true;
            case MetavariableRegexCondition m:
                sb.Append("mv-regex\u0001").Append(m.Metavariable).Append('\u0001').Append(m.Regex).Append('\u0002');
                return true;
            case MetavariablePatternCondition m:
                sb.Append("mv-pattern\u0001").Append(m.Metavariable).Append('\u0001').Append(m.Language).Append('\u0002');
                return Append(sb, m.Formula);
            case MetavariableComparisonCondition m:
                sb.Append("mv-cmp\u0001").Append(m.Metavariable).Append('\u0001').Append(m.Comparison).Append('\u0002');
                return true;
            case FocusCondition fc:
                sb.Append("focus\u0001").Append(string.Join(",", fc.Metavariables)).Append('\u0002');
                return true;
            case InFileCondition i:
                sb.Append(i.Negated ? "not-in-file " : "in-file ");
                return Append(sb, i.Formula);
            default:
                // project conditions depend on the scan, not on this file
                return false;
        }
    }
}
