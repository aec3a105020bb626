namespace Pairguard.Rules.Matching;

/// <summary>
/// Interpolated string patterns with holes (<c>f"...{$X}..."</c>, <c>`${$X}...`</c>, <c>$"{$X}"</c>, <c>"#{$X}"</c>): the pattern's
/// text pieces (where <c>...</c> stands for any text and holes) and holes are matched in order against the target's text and holes.
/// </summary>
public sealed partial class StructuralMatcher
{
    private static readonly HashSet<string> HoleKinds = ["interpolation", "template_substitution"];

    private readonly Dictionary<AstNode, List<StringPart>> _targetParts = new(ReferenceEqualityComparer.Instance);

    /// <summary>A piece of an interpolated string: literal text, any text (<c>...</c>, patterns only), or a hole's expression.</summary>
    internal readonly record struct StringPart(string? Text, AstNode? Hole)
    {
        public bool IsAny => Text is null && Hole is null;
    }

    /// <summary>The pattern's parts when it is a string literal with at least one hole; null otherwise.</summary>
    internal static List<StringPart>? PatternParts(AstNode pattern)
    {
        if (!StringKinds.Contains(pattern.Kind) || !HasHole(pattern))
        {
            return null;
        }

        var parts = new List<StringPart>();
        foreach (var part in Parts(pattern))
        {
            if (part.Hole is not null)
            {
                parts.Add(part);
                continue;
            }

            var pieces = part.Text!.Split("...");
            for (var i = 0; i < pieces.Length; i++)
            {
                if (i > 0 && (parts.Count == 0 || !parts[^1].IsAny))
                {
                    parts.Add(new StringPart(null, null));
                }

                if (pieces[i].Length > 0)
                {
                    parts.Add(new StringPart(pieces[i], null));
                }
            }
        }

        return parts;
    }

    /// <summary>The text between the quotes split at the holes (direct children of an interpolation kind) into text and holes.</summary>
    private static List<StringPart> Parts(AstNode s)
    {
        var text = s.Source;
        var start = s.Start;
        while (start < s.End && start - s.Start < 3 && (char.IsAsciiLetter(text[start]) || text[start] is '$' or '@'))
        {
            start++;
        }

        var quoteLength = s.End - start >= 6 && (string.CompareOrdinal(text, start, "\"\"\"", 0, 3) == 0 || string.CompareOrdinal(text, start, "'''", 0, 3) == 0) ? 3 : 1;
        var contentStart = Math.Min(start + quoteLength, s.End);
        var contentEnd = Math.Max(contentStart, s.End - quoteLength);
        var parts = new List<StringPart>();
        var at = contentStart;
        foreach (var c in s.Children)
        {
            if (!HoleKinds.Contains(c.Kind) || c.Start < at)
            {
                continue;
            }

            if (c.Start > at)
            {
                parts.Add(new StringPart(text[at..c.Start], null));
            }

            var expression = c.ChildByField("expression") ?? c.Children.FirstOrDefault(k => k.IsNamed && !k.IsComment);
            if (expression is null)
            {
                return [new StringPart(text[contentStart..contentEnd], null)];
            }

            parts.Add(new StringPart(null, expression));
            at = c.End;
        }

        if (contentEnd > at)
        {
            parts.Add(new StringPart(text[at..contentEnd], null));
        }

        return parts;
    }

    /// <summary>All ways the pattern's parts match the target string's text and holes, extending the bindings.</summary>
    private IEnumerable<Bindings> MatchInterpolated(List<StringPart> pattern, AstNode target, Bindings bindings) =>
        HasHole(target) || !HasHolePart(pattern) ? MatchInterpolatedParts(pattern, target, bindings) : [];

    /// <summary>True when one of the parts is a hole (a pattern hole matches only a hole of the target).</summary>
    private static bool HasHolePart(List<StringPart> parts)
    {
        foreach (var part in parts)
        {
            if (part.Hole is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the string has a hole: a pattern with a hole part (see <see cref="PatternParts"/>) matches only such a string.</summary>
    private static bool HasHole(AstNode s)
    {
        for (var i = 0; i < s.Children.Length; i++)
        {
            if (HoleKinds.Contains(s.Children[i].Kind))
            {
                return true;
            }
        }

        return false;
    }

    private IEnumerable<Bindings> MatchInterpolatedParts(List<StringPart> pattern, AstNode target, Bindings bindings)
    {
        if (!_targetParts.TryGetValue(target, out var parts))
        {
            _targetParts[target] = parts = Parts(target);
        }

        var seen = new HashSet<Bindings>(ReferenceEqualityComparer.Instance);
        foreach (var b in MatchParts(pattern, 0, parts, 0, 0, bindings))
        {
            if (seen.Add(b))
            {
                yield return b;
            }
        }
    }

    private IEnumerable<Bindings> MatchParts(List<StringPart> ps, int pi, List<StringPart> ts, int ti, int offset, Bindings bindings)
    {
        if (OutOfSteps())
        {
            yield break;
        }

        if (ti < ts.Count && ts[ti].Text is { } whole && offset == whole.Length)
        {
            ti++;
            offset = 0;
        }

        if (pi == ps.Count)
        {
            if (ti == ts.Count)
            {
                yield return bindings;
            }

            yield break;
        }

        var p = ps[pi];
        if (p.IsAny && pi + 1 == ps.Count)
        {
            // a trailing `...` takes whatever is left
            yield return bindings;
            yield break;
        }

        if (p.IsAny && ps[pi + 1].Text is { } next)
        {
            // any text and holes, then a text piece: only where that piece starts in the target's text can the rest match
            for (var j = ti; j < ts.Count; j++)
            {
                if (ts[j].Text is not { } t)
                {
                    continue;
                }

                for (var o = t.IndexOf(next, j == ti ? offset : 0, StringComparison.Ordinal); o >= 0; o = o + 1 < t.Length ? t.IndexOf(next, o + 1, StringComparison.Ordinal) : -1)
                {
                    foreach (var b in MatchParts(ps, pi + 1, ts, j, o, bindings))
                    {
                        yield return b;
                    }
                }
            }

            yield break;
        }

        if (p.IsAny && ps[pi + 1].Hole is not null)
        {
            // any text and holes, then a hole: only at the target's holes
            for (var j = ti; j < ts.Count; j++)
            {
                if (ts[j].Hole is not null && (j > ti || offset == 0))
                {
                    foreach (var b in MatchParts(ps, pi + 1, ts, j, 0, bindings))
                    {
                        yield return b;
                    }
                }
            }

            yield break;
        }

        if (p.IsAny)
        {
            // any text and holes: try every position from here to the end
            for (var j = ti; j <= ts.Count; j++)
            {
                // the end of a text piece is the start of the next one: each position is tried once
                var from = j == ti ? offset : 0;
                var to = j < ts.Count && ts[j].Text is { } t ? t.Length - 1 : 0;
                for (var o = from; o <= to; o++)
                {
                    foreach (var b in MatchParts(ps, pi + 1, ts, j, o, bindings))
                    {
                        yield return b;
                    }
                }
            }

            yield break;
        }

        if (ti >= ts.Count)
        {
            yield break;
        }

        if (p.Text is { } literal)
        {
            if (ts[ti].Text is { } text && text.AsSpan(offset).StartsWith(literal, StringComparison.Ordinal))
            {
                foreach (var b in MatchParts(ps, pi + 1, ts, ti, offset + literal.Length, bindings))
                {
                    yield return b;
                }
            }

            yield break;
        }

        if (offset == 0 && ts[ti].Hole is { } hole)
        {
            foreach (var b in Match(p.Hole!, hole, bindings))
            {
                foreach (var r in MatchParts(ps, pi + 1, ts, ti + 1, 0, b))
                {
                    yield return r;
                }
            }
        }
    }
}
