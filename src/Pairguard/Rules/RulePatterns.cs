namespace Pairguard.Rules;

/// <summary>Every code pattern a rule holds, wherever it sits (terms, conditions, taint specifications), with the language it is written in.</summary>
internal static class RulePatterns
{
    /// <summary>The rule's patterns: the language is null where the rule's own language applies, else a <c>metavariable-pattern</c>'s.</summary>
    public static IEnumerable<(PatternFormula Pattern, string? Language)> Of(Rule rule) => Formulas(rule).SelectMany(x => Of(x, null));

    /// <summary>The rule's top formulas: its own, or its taint specifications' (sources, sinks, sanitizers, propagators).</summary>
    private static List<Formula> Formulas(Rule rule)
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

        return formulas;
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

    /// <summary>Every regex the rule holds, wherever it sits: <c>pattern-regex</c>, <c>pattern-not-regex</c> and (<c>Metavariable</c>) <c>metavariable-regex</c>.</summary>
    public static IEnumerable<(string Regex, bool Metavariable)> Regexes(Rule rule) => Formulas(rule).SelectMany(RegexesOf);

    private static IEnumerable<(string, bool)> RegexesOf(Formula formula) => formula switch
    {
        RegexFormula r => [(r.Regex, false)],
        EitherFormula e => e.Alternatives.SelectMany(RegexesOf),
        InsideFormula i => RegexesOf(i.Inner),
        AllFormula a => a.Positives.SelectMany(RegexesOf).Concat(a.Conditions.SelectMany(RegexesOf)),
        _ => [],
    };

    private static IEnumerable<(string, bool)> RegexesOf(Condition condition) => condition switch
    {
        MetavariableRegexCondition c => [(c.Regex, true)],
        NotRegexCondition c => [(c.Regex, false)],
        NotCondition c => RegexesOf(c.Formula),
        InsideCondition c => RegexesOf(c.Formula),
        NotInsideCondition c => RegexesOf(c.Formula),
        InFileCondition c => RegexesOf(c.Formula),
        InProjectCondition c => RegexesOf(c.Formula),
        MetavariablePatternCondition c => RegexesOf(c.Formula),
        _ => [],
    };
}
