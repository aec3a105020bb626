using System.Buffers;
using Pairguard.Rules.Matching;

namespace Pairguard.Rules;

/// <summary>A condition on the words a file must contain for a rule to possibly match: all of, any of, or nothing required.</summary>
public abstract record Requirement
{
    public static readonly Requirement None = new NoRequirement();

    /// <summary>True when the file's present words satisfy the requirement.</summary>
    public abstract bool IsMet(ISet<string> presentWords);

    /// <summary>Every word mentioned.</summary>
    public abstract IEnumerable<string> Words { get; }
}

/// <summary>No literal is required (regex rules, wildcard patterns).</summary>
public sealed record NoRequirement : Requirement
{
    public override bool IsMet(ISet<string> presentWords) => true;

    public override IEnumerable<string> Words => [];
}

/// <summary>One word must be present (case-insensitive).</summary>
public sealed record WordRequirement(string Word) : Requirement
{
    public override bool IsMet(ISet<string> presentWords) => presentWords.Contains(Word);

    public override IEnumerable<string> Words => [Word];
}

/// <summary>All parts must be met.</summary>
public sealed record AllRequirement(IReadOnlyList<Requirement> Parts) : Requirement
{
    public override bool IsMet(ISet<string> presentWords)
    {
        for (var i = 0; i < Parts.Count; i++)
        {
            if (!Parts[i].IsMet(presentWords))
            {
                return false;
            }
        }

        return true;
    }

    public override IEnumerable<string> Words => Parts.SelectMany(p => p.Words);
}

/// <summary>At least one part must be met.</summary>
public sealed record AnyRequirement(IReadOnlyList<Requirement> Parts) : Requirement
{
    public override bool IsMet(ISet<string> presentWords)
    {
        for (var i = 0; i < Parts.Count; i++)
        {
            if (Parts[i].IsMet(presentWords))
            {
                return true;
            }
        }

        return false;
    }

    public override IEnumerable<string> Words => Parts.SelectMany(p => p.Words);
}

/// <summary>
/// Derives from each rule the identifiers a file must contain for the rule to match, and finds which of them a file contains in
/// one multi-literal pass, so that files that cannot match are never parsed or matched.
/// </summary>
/// <remarks>
/// The words are searched in small sets: <see cref="SearchValues{T}"/> over a few words runs a packed SIMD search, while one set of
/// hundreds falls back to a much slower automaton (as measured for the secrets' keywords); a set stops once all its words are found.
/// </remarks>
public sealed class Prefilter
{
    private const int GroupSize = 16;

    private readonly (SearchValues<string> Values, string[] Words)[] _groups;
    private readonly HashSet<string> _vocabulary;

    public Prefilter(IEnumerable<string> words)
    {
        var distinct = words.Where(w => w.Length >= 3).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToArray();
        _groups = [.. distinct.Chunk(GroupSize).Select(g => (SearchValues.Create(g, StringComparison.OrdinalIgnoreCase), g))];
        _vocabulary = new HashSet<string>(distinct, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// True when <see cref="PresentWords"/> looks for the word (ignoring case): a word it looks for and did not find is not in the
    /// text at all, in any case, so the rule engine need not search the text for it again.
    /// </summary>
    public bool Knows(string word) => _vocabulary.Contains(word);

    /// <summary>The requirement of a rule (what its patterns' identifiers demand).</summary>
    public static Requirement Of(Rule rule) => rule.Mode == RuleMode.Taint && rule.Taint is { } t
        ? All([Any(t.Sources.Select(s => Of(s.Formula)).ToList()), Any(t.Sinks.Select(s => Of(s.Formula)).ToList())])
        : rule.Formula is null ? Requirement.None : Of(rule.Formula);

    /// <summary>The requirement of one formula.</summary>
    public static Requirement Of(Formula formula) => formula switch
    {
        PatternFormula p => All(Identifiers(p.Code).Select(w => (Requirement)new WordRequirement(w)).ToList()),
        EitherFormula e => Any(e.Alternatives.Select(Of).ToList()),
        InsideFormula i => Of(i.Inner),
        AllFormula a => All(a.Positives.Select(Of)
            .Concat(a.Conditions.OfType<InsideCondition>().Select(c => Of(c.Formula)))
            .Concat(a.Conditions.OfType<InFileCondition>().Where(c => !c.Negated).Select(c => Of(c.Formula)))
            .Concat(a.Conditions.OfType<MetavariableRegexCondition>().Select(c => Alternation(c.Regex)))
            .ToList()),
        _ => Requirement.None,
    };

    /// <summary>Words (case-insensitively) present in the text, among those this prefilter knows.</summary>
    public HashSet<string> PresentWords(string text)
    {
        var present = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var span = text.AsSpan();
        foreach (var (values, words) in _groups)
        {
            var missing = words.Length;
            var offset = 0;
            while (missing > 0 && offset < span.Length)
            {
                var i = span[offset..].IndexOfAny(values);
                if (i < 0)
                {
                    break;
                }

                var at = offset + i;
                foreach (var w in words)
                {
                    if (span[at..].StartsWith(w, StringComparison.OrdinalIgnoreCase) && present.Add(w))
                    {
                        missing--;
                    }
                }

                offset = at + 1;
            }
        }

        return present;
    }

    /// <summary>Identifiers of a pattern (no metavariables, no string contents, no ellipses), 3 characters or longer.</summary>
    public static IReadOnlyList<string> Identifiers(string pattern)
    {
        // the type of a typed metavariable (`(Type $X)`) names what the file may declare elsewhere, or not at all
        pattern = PatternText.WithoutTypes(pattern);
        var words = new List<string>();
        var i = 0;
        char quote = '\0';
        while (i < pattern.Length)
        {
            var c = pattern[i];
            if (quote != '\0')
            {
                if (c == '\\')
                {
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
                i++;
                continue;
            }

            if (char.IsLetter(c) || c == '_')
            {
                var start = i;
                while (i < pattern.Length && (char.IsLetterOrDigit(pattern[i]) || pattern[i] == '_'))
                {
                    i++;
                }

                var isMeta = start > 0 && pattern[start - 1] == '$' && pattern[start..i].All(ch => char.IsUpper(ch) || char.IsDigit(ch) || ch == '_');
                var isMetaSeq = start >= 4 && pattern.AsSpan(start - 4, 4).SequenceEqual("$...");
                if (!isMeta && !isMetaSeq && i - start >= 3)
                {
                    words.Add(pattern[start..i]);
                }

                continue;
            }

            i++;
        }

        return words.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>Words of a regex that is a plain alternation of identifiers (<c>^(md5|sha1)$</c>): the bound code, and so the file, holds one of them.</summary>
    private static Requirement Alternation(string regex)
    {
        var r = regex.Trim();
        r = r.StartsWith('^') ? r[1..] : r;
        r = r.EndsWith('$') ? r[..^1] : r;
        if (r.StartsWith('(') && r.EndsWith(')'))
        {
            r = r[1..^1];
        }

        if (r.StartsWith("?:", StringComparison.Ordinal))
        {
            r = r[2..];
        }

        var words = r.Split('|');
        if (words.Length == 0 || words.Any(w => w.Length < 3 || !w.All(c => char.IsLetterOrDigit(c) || c == '_')))
        {
            return Requirement.None;
        }

        return Any(words.Select(w => (Requirement)new WordRequirement(w)).ToList());
    }

    private static Requirement All(List<Requirement> parts)
    {
        var real = parts.Where(p => p is not NoRequirement).ToList();
        return real.Count switch { 0 => Requirement.None, 1 => real[0], _ => new AllRequirement(real) };
    }

    private static Requirement Any(List<Requirement> parts) =>
        parts.Count == 0 || parts.Any(p => p is NoRequirement) ? Requirement.None : parts.Count == 1 ? parts[0] : new AnyRequirement(parts);
}
