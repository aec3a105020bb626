namespace Pairguard.Rules;

/// <summary>Every code pattern a rule holds, wherever it sits (terms, conditions, taint specifications), with the language it is written in.</summary>
internal static class RulePatterns
{
    /// <summary>The rule's patterns: the language is null where the rule's own language applies, else a <c>metavariable-pattern</c>'s.</summary>
    public static IEnumerable<(PatternFormula Pattern, string? Language)> Of(Rule rule)
    {
        var formulas = new List<Formula>();
        if (rule.Formula is { } f)
        {
            formulas.Add(f);
        }

        if (rule.Taint is { } t)
        {
            formulas.AddRange(t.Sources.Concat(t.Sinks).Concat(t.Sanitizers).Select(s => s.Formula));
            formulas.AddRange(t.Propagators.Select(p => p.Formula));
        }

        return formulas.SelectMany(x => Of(x, null));
    }

    private static IEnumerable<(PatternFormula, string?)> Of(Formula formula, string? language) => formula switch
    {
        PatternFormula p => [(p, language)],
        EitherFormula e => e.Alternatives.SelectMany(a => Of(a, language)),
        InsideFormula i => Of(i.Inner, language),
        AllFormula a => a.Positives.SelectMany(p => Of(p, language)).Concat(a.Conditions.SelectMany(c => Of(c, language))),
        _ => [],
    };

    private static IEnumerable<(PatternFormula, string?)> Of(Condition condition, string? language) => condition switch
    {
        NotCondition c => Of(c.Formula, language),
        InsideCondition c => Of(c.Formula, language),
        NotInsideCondition c => Of(c.Formula, language),
        InFileCondition c => Of(c.Formula, language),
        InProjectCondition c => Of(c.Formula, language),
        MetavariablePatternCondition c => Of(c.Formula, c.Language ?? language),
        _ => [],
    };
}
