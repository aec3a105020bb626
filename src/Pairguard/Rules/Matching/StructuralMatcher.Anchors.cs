namespace Pairguard.Rules.Matching;

/// <summary>The words a pattern needs in any code it matches, so that code without them is never matched node by node.</summary>
public sealed partial class StructuralMatcher
{
    /// <summary>
    /// The texts of the pattern's concrete leaves (no metavariable, ellipsis, or string): <see cref="Match"/> only matches such a
    /// leaf to a node of the same text below the target node, so a target whose range does not hold every one of them cannot
    /// match. Collected along the same paths <see cref="Match"/> takes, so that no required leaf is ever optional.
    /// </summary>
    internal static string[] RequiredTexts(Pattern pattern)
    {
        if (pattern.RequiredTexts is { } known)
        {
            return known;
        }

        var texts = new HashSet<string>(StringComparer.Ordinal);
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        var strings = new HashSet<string>(StringComparer.Ordinal);
        var types = new HashSet<string>(StringComparer.Ordinal);
        var regexes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var n in pattern.Nodes)
        {
            Collect(n, texts, kinds, strings, types, regexes);
        }

        pattern.TypeTexts = [.. types.Select(t => new NeededText(t, Token: true))];
        pattern.StringAnchors = [.. regexes.SelectMany(RegexLiteral.AllAnchors).Distinct()];
        pattern.RequiredKinds = [.. kinds];
        pattern.RequiredKindIds = [.. pattern.RequiredKinds.Select(TextIds.OfKind)];
        pattern.StringTexts = [.. strings.Where(t => !texts.Contains(t))];
        pattern.Needed = [.. texts.Select(t => new NeededText(t, Token: true))];
        pattern.NeededWithStrings = [.. pattern.Needed, .. pattern.StringTexts.Select(t => new NeededText(t, Token: false))];
        return pattern.RequiredTexts = [.. texts];
    }

    /// <summary>
    /// The node kinds the pattern needs below (or at) any node it matches: the kinds of its plain structural nodes, which
    /// <see cref="Match"/> only pairs with nodes of the same kind (a list of nothing but ellipses, which may be left out, excepted).
    /// </summary>
    internal static string[] RequiredKinds(Pattern pattern)
    {
        if (pattern.RequiredKinds is null)
        {
            RequiredTexts(pattern);
        }

        return pattern.RequiredKinds!;
    }

    /// <summary>
    /// The texts string literals of the pattern need in the code: a literal's content (compared exactly, see
    /// <see cref="StringMatches"/>) and the plain text a <c>"=~/regex/"</c> literal requires (<see cref="RegexLiteral"/>). A target
    /// literal's content is part of the file's text, except for Python's implicit concatenation (<c>"a" "b"</c>), whose content is
    /// joined: with such a literal in the target, these texts are not required.
    /// </summary>
    internal static string[] StringTexts(Pattern pattern)
    {
        if (pattern.StringTexts is null)
        {
            RequiredTexts(pattern);
        }

        return pattern.StringTexts!;
    }

    /// <summary>The texts any match in the target needs: <see cref="RequiredTexts(Pattern)"/>, and <see cref="StringTexts"/> where the target's literals allow.</summary>
    /// <remarks>A leaf's text is a whole token in the code; a string's text may be part of a longer word (a regex's run is).</remarks>
    private static NeededText[] RequiredTexts(Pattern pattern, IReadOnlyDictionary<string, List<AstNode>>? byKind)
    {
        if (pattern.Needed is null)
        {
            RequiredTexts(pattern);
        }

        return byKind is null || byKind.ContainsKey("concatenated_string") ? pattern.Needed! : pattern.NeededWithStrings!;
    }

    /// <summary>
    /// For each kind the pattern needs, the nodes of that kind (in tree order), the rarest first, leaving out the kind of the
    /// candidates themselves; null when a needed kind does not occur at all.
    /// </summary>
    private static List<List<AstNode>>? KindLists(Pattern pattern, IReadOnlyDictionary<string, List<AstNode>> byKind, string? candidateKind)
    {
        var result = new List<List<AstNode>>();
        foreach (var kind in RequiredKinds(pattern))
        {
            if (!byKind.TryGetValue(kind, out var nodes))
            {
                return null;
            }

            if (kind != candidateKind)
            {
                result.Add(nodes);
            }
        }

        result.Sort((a, b) => a.Count.CompareTo(b.Count));
        return result;
    }

    /// <summary>
    /// True when the file's text names every type the pattern's typed metavariables need (<see cref="HasType"/> finds a type only
    /// in the file's declarations, creations and casts, except for the literals it takes as strings and integers).
    /// </summary>
    private static bool HoldsTypes(Pattern pattern, TextOccurrences occurrences)
    {
        if (pattern.TypeTexts is null)
        {
            RequiredTexts(pattern);
        }

        foreach (var type in pattern.TypeTexts!)
        {
            if (!occurrences.HoldsAnywhere(type))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Type names a literal can stand for (<see cref="HasType"/>): a file need not write them.</summary>
    private static readonly HashSet<string> LiteralTypes = ["String", "string", "int", "long", "short", "Integer", "Long"];

    /// <summary>The word a typed metavariable's type needs in the file's text (its simple name), or null when it needs none.</summary>
    private static string? TypeWord(string type)
    {
        var simple = SimpleTypeName(type);
        if (simple.EndsWith("[]", StringComparison.Ordinal))
        {
            simple = simple[..^2];
        }

        return simple.Length > 0 && !LiteralTypes.Contains(simple) && (char.IsAsciiLetter(simple[0]) || simple[0] == '_')
            && simple.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? simple : null;
    }

    /// <summary>True when every required text occurs within the range.</summary>
    private static bool HoldsAll(NeededText[] required, TextOccurrences occurrences, int start, int end)
    {
        foreach (var text in required)
        {
            if (!occurrences.Within(text, start, end))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The required texts, the rarest first (so that most targets are rejected by the first), or null when one never occurs.</summary>
    private static NeededText[]? RarestFirst(NeededText[] required, TextOccurrences occurrences, AstNode root)
    {
        if (required.Length == 0)
        {
            return required;
        }

        var sorted = (NeededText[])required.Clone();
        var counts = Array.ConvertAll(sorted, t => occurrences.Of(t).Length);
        Array.Sort(counts, sorted);
        return HoldsAll(sorted, occurrences, root.Start, root.End) ? sorted : null;
    }

    private static readonly System.Buffers.SearchValues<char> Punctuation = System.Buffers.SearchValues.Create("!\"#%&'()*+,-./:;<=>?@[\\]^`{|}~");

    private static void Collect(AstNode n, HashSet<string> texts, HashSet<string> kinds, HashSet<string> strings, HashSet<string> types, HashSet<string> regexes)
    {
        n = Unwrap(n);
        if (MetavariableOf(n) is not null)
        {
            if (Info(n).MetavariableType is { } type && Info(n).Metavariable != "$_" && TypeWord(type) is { } word)
            {
                types.Add(word);
            }

            return;
        }

        if (IsEllipsisNode(n) || SequenceNameOf(n) is not null)
        {
            return;
        }

        if (StringKinds.Contains(n.Kind))
        {
            if (LiteralText(n) is { } literal)
            {
                strings.Add(literal);
            }
            else if (RegexOfLiteral(n) is { } regex)
            {
                // a regex with no plain run every match holds (a case-insensitive one): one word of each of its anchor sets
                regexes.Add(regex);
            }
            else if (Info(n).StringParts is { } parts)
            {
                // an interpolated string's text pieces are compared with the code as written (see MatchInterpolated)
                foreach (var part in parts)
                {
                    if (part.Text is { Length: >= 3 } text && IsPlainPiece(text))
                    {
                        strings.Add(text);
                    }
                }
            }

            return;
        }

        if (IsDeep(n, out var inner))
        {
            Collect(inner!, texts, kinds, strings, types, regexes);
            return;
        }

        if (Info(n).Chain is { } chain)
        {
            // through an import, the code may write only the last names of a dotted one
            if (MetavariableOf(chain[^1]) is null)
            {
                texts.Add(chain[^1].Text);
            }

            return;
        }

        if (Info(n).ImportedModule is not null)
        {
            // `from a import b` matches `import a`: neither the kind nor `import`'s neighbours are certain
            return;
        }

        if (Info(n).IsAssignment)
        {
            // a declaration it matches has neither the assignment's kind nor its `=` token
            Collect(n.ChildByField("left")!, texts, kinds, strings, types, regexes);
            Collect(n.ChildByField("right")!, texts, kinds, strings, types, regexes);
            return;
        }

        if (!Info(n).OnlyEllipses)
        {
            kinds.Add(n.Kind);
        }

        var kids = n.Significant;
        if (kids.Length == 0)
        {
            // punctuation and operators occur everywhere: they would cost more to look up than they filter out
            if (n.End > n.Start && n.Source.AsSpan(n.Start, n.End - n.Start).ContainsAnyExcept(Punctuation))
            {
                texts.Add(n.Text);
            }

            return;
        }

        foreach (var k in kids)
        {
            Collect(k, texts, kinds, strings, types, regexes);
        }
    }

    /// <summary>True when a text piece of an interpolated pattern string holds no pattern syntax (a metavariable, its placeholder, an ellipsis).</summary>
    private static bool IsPlainPiece(string text) =>
        !text.Contains('$') && !text.Contains(PatternText.MetaPrefix, StringComparison.OrdinalIgnoreCase) && !text.Contains(PatternText.SeqPrefix, StringComparison.Ordinal)
        && !text.Contains(PatternText.TypedPrefix, StringComparison.Ordinal) && !text.Contains(PatternText.Ellipsis, StringComparison.Ordinal)
        && !text.Contains(PatternText.Deep, StringComparison.Ordinal);

    /// <summary>
    /// The text a plain string literal of a pattern needs in the code (see <see cref="StringTexts"/>), or null: none for
    /// <c>"..."</c>, holes, metavariables, interpolation syntax, implicit concatenation, or text too short to be worth a search.
    /// </summary>
    /// <summary>The regex of a pattern's <c>"=~/regex/"</c> literal, or null for any other node.</summary>
    private static string? RegexOfLiteral(AstNode n)
    {
        if (n.Kind == "concatenated_string" || StringLiterals.IsInterpolationSyntax(n))
        {
            return null;
        }

        var content = StringLiterals.Unquote(n.Text);
        return content.StartsWith("=~/", StringComparison.Ordinal) && content.EndsWith('/') && content.Length > 4 ? content[3..^1] : null;
    }

    private static string? LiteralText(AstNode n)
    {
        if (n.Kind == "concatenated_string" || StringLiterals.IsInterpolationSyntax(n))
        {
            return null;
        }

        var content = StringLiterals.Unquote(n.Text);
        if (content.StartsWith("=~/", StringComparison.Ordinal) && content.EndsWith('/') && content.Length > 4)
        {
            return RegexLiteral.Required(content[3..^1]);
        }

        return content.Length >= 3 && !content.Contains("...", StringComparison.Ordinal) && content.IndexOfAny(['$', '{', '}']) < 0 ? content : null;
    }
}
