namespace Pairguard.Rules.Matching;

/// <summary>
/// A pattern of Semgrep's generic mode, matched on text without a grammar: words (<c>[A-Za-z0-9_]+</c>) and single punctuation
/// characters are the tokens and whitespace between them is ignored; <c>$X</c> binds one word, <c>$...X</c> and <c>...</c> match
/// any tokens over at most <see cref="EllipsisMaxLines"/> lines without leaving the brackets (<c>() [] {}</c>) they start in, and
/// <c>$$</c> is a literal <c>$</c>.
/// </summary>
public sealed class GenericPattern
{
    /// <summary>How many line breaks one ellipsis may span (Semgrep's default <c>generic_ellipsis_max_span</c>).</summary>
    public const int EllipsisMaxLines = 10;

    private const int MaxSteps = 200_000;

    private readonly List<Item> _items;

    private GenericPattern(List<Item> items)
    {
        _items = items;
    }

    private enum ItemKind
    {
        Literal,
        Metavariable,
        Ellipsis,
    }

    /// <summary>Parses a generic pattern; null when it holds no token at all.</summary>
    public static GenericPattern? Parse(string pattern)
    {
        var items = new List<Item>();
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (string.CompareOrdinal(pattern, i, "...", 0, 3) == 0)
            {
                items.Add(new Item(ItemKind.Ellipsis, null));
                i += 3;
            }
            else if (c == '$' && i + 1 < pattern.Length && pattern[i + 1] == '$')
            {
                items.Add(new Item(ItemKind.Literal, "$"));
                i += 2;
            }
            else if (c == '$' && MetavariableAt(pattern, i) is { } mv)
            {
                items.Add(mv.Name.StartsWith("$...", StringComparison.Ordinal) ? new Item(ItemKind.Ellipsis, mv.Name) : new Item(ItemKind.Metavariable, mv.Name));
                i += mv.Name.Length;
            }
            else if (IsWordChar(c))
            {
                var start = i;
                while (i < pattern.Length && IsWordChar(pattern[i]))
                {
                    i++;
                }

                items.Add(new Item(ItemKind.Literal, pattern[start..i]));
            }
            else
            {
                items.Add(new Item(ItemKind.Literal, c.ToString()));
                i++;
            }
        }

        // a leading ellipsis adds nothing to a search that may start anywhere
        while (items.Count > 0 && items[0] is { Kind: ItemKind.Ellipsis, Name: null })
        {
            items.RemoveAt(0);
        }

        return items.Count == 0 ? null : new GenericPattern(items);
    }

    /// <summary>Every match in the target's text (one per starting token: the shortest), with the words the metavariables bound.</summary>
    public List<RangeMatch> FindAll(MatchTarget target, CancellationToken ct)
    {
        var root = target.Root;
        var tokens = Tokenize(root.Source, root.Start, root.End);
        var result = new List<RangeMatch>();
        var steps = 0;
        for (var start = 0; start < tokens.Count; start++)
        {
            if ((start & 255) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            if (Match(0, start, start, Bindings.Empty, tokens, root.Source, ref steps) is { } m)
            {
                result.Add(m);
            }
        }

        return result;
    }

    private RangeMatch? Match(int item, int token, int first, Bindings bindings, List<Token> tokens, string source, ref int steps)
    {
        if (++steps > MaxSteps)
        {
            return null;
        }

        if (item == _items.Count)
        {
            var end = token > first ? tokens[token - 1].End : tokens[first].Start;
            return new RangeMatch(tokens[first].Start, end, bindings);
        }

        var it = _items[item];
        switch (it.Kind)
        {
            case ItemKind.Ellipsis:
                var line = token < tokens.Count ? tokens[token].Line : tokens[^1].Line;
                var depth = 0;
                for (var skip = token; skip <= tokens.Count; skip++)
                {
                    if (skip < tokens.Count && tokens[skip].Line - line > EllipsisMaxLines)
                    {
                        break;
                    }

                    // the tokens skipped so far (token .. skip-1) must not close a bracket opened before the ellipsis
                    if (skip > token)
                    {
                        depth += tokens[skip - 1].Bracket;
                        if (depth < 0)
                        {
                            break;
                        }
                    }

                    var bound = bindings;
                    if (it.Name is { } name && name != "$..._")
                    {
                        var (s, e) = skip > token ? (tokens[token].Start, tokens[skip - 1].End) : (token < tokens.Count ? tokens[token].Start : tokens[^1].End, token < tokens.Count ? tokens[token].Start : tokens[^1].End);
                        bound = bindings.Bind(name, new Binding([], s, e, source));
                        if (bound is null)
                        {
                            continue;
                        }
                    }

                    // a trailing ellipsis matches nothing more: the match ends at the last concrete token
                    if (item == _items.Count - 1 && it.Name is null)
                    {
                        return Match(item + 1, token, first, bound, tokens, source, ref steps);
                    }

                    if (Match(item + 1, skip, first, bound, tokens, source, ref steps) is { } m)
                    {
                        return m;
                    }
                }

                return null;
            case ItemKind.Metavariable:
                if (token >= tokens.Count || !tokens[token].IsWord)
                {
                    return null;
                }

                var t = tokens[token];
                var next = it.Name == "$_" ? bindings : bindings.Bind(it.Name!, Binding.Of(new AstNode("word", null, true, t.Start, t.End, source)));
                return next is null ? null : Match(item + 1, token + 1, first, next, tokens, source, ref steps);
            default:
                return token < tokens.Count && TextIs(source, tokens[token], it.Name!) ? Match(item + 1, token + 1, first, bindings, tokens, source, ref steps) : null;
        }
    }

    private static bool TextIs(string source, Token t, string text) =>
        t.End - t.Start == text.Length && string.CompareOrdinal(source, t.Start, text, 0, text.Length) == 0;

    private static List<Token> Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>();
        var line = 0;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                i++;
            }
            else if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (IsWordChar(c))
            {
                var s = i;
                while (i < end && IsWordChar(text[i]))
                {
                    i++;
                }

                tokens.Add(new Token(s, i, line, true, 0));
            }
            else
            {
                tokens.Add(new Token(i, i + 1, line, false, c switch { '(' or '[' or '{' => 1, ')' or ']' or '}' => -1, _ => 0 }));
                i++;
            }
        }

        return tokens;
    }

    private static (string Name, int Length)? MetavariableAt(string text, int i)
    {
        var j = i + 1;
        if (string.CompareOrdinal(text, j, "...", 0, 3) == 0)
        {
            j += 3;
        }

        var nameStart = j;
        while (j < text.Length && (char.IsAsciiLetterUpper(text[j]) || text[j] == '_' || (j > nameStart && char.IsAsciiDigit(text[j]))))
        {
            j++;
        }

        return j > nameStart ? (text[i..j], j - i) : null;
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private readonly record struct Item(ItemKind Kind, string? Name);

    /// <summary>A token; <paramref name="Bracket"/> is +1 for an opening bracket, -1 for a closing one.</summary>
    private readonly record struct Token(int Start, int End, int Line, bool IsWord, int Bracket);
}
