namespace Pairguard.Rules.Matching;

/// <summary>String patterns: tried only on string literals (or what unwraps to one), with each literal's content read once.</summary>
public sealed partial class StructuralMatcher
{
    private readonly Dictionary<AstNode, (string Content, bool Interpolated)> _contents = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<AstNode, List<AstNode>> _stringNodes = new(ReferenceEqualityComparer.Instance);

    /// <summary>A string literal pattern: <see cref="Match"/> compares it only with targets that unwrap to a string literal.</summary>
    private static bool IsStringPattern(AstNode p) =>
        StringKinds.Contains(p.Kind) && MetavariableOf(p) is null && !IsEllipsisNode(p) && !IsDeep(p, out _);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<AstNode, Tuple<string, bool>> PatternStrings = [];

    /// <summary>
    /// The nodes under the root (pre-order) that unwrap to a string literal: the only ones a string pattern can match. Found from
    /// the kind index when there is one (the literals, and the parentheses and statement wrappers around them), else by a walk.
    /// </summary>
    private List<AstNode> StringNodes(AstNode root, IReadOnlyDictionary<string, List<AstNode>>? byKind)
    {
        if (_stringNodes.TryGetValue(root, out var nodes))
        {
            return nodes;
        }

        if (byKind is not null && root.Order >= 0)
        {
            nodes = [];
            foreach (var kind in StringKinds)
            {
                if (!byKind.TryGetValue(kind, out var literals))
                {
                    continue;
                }

                foreach (var literal in literals)
                {
                    nodes.Add(literal);
                    for (var p = literal.Parent; p is not null && p.Order >= root.Order && (ParenKinds.Contains(p.Kind) || WrapperKinds.Contains(p.Kind)) && Unwrap(p) == literal; p = p.Parent)
                    {
                        nodes.Add(p);
                    }
                }
            }

            if (nodes.TrueForAll(n => n.Order >= 0))
            {
                nodes.Sort((a, b) => a.Order.CompareTo(b.Order));
                return _stringNodes[root] = nodes;
            }
        }

        return _stringNodes[root] = root.DescendantsAndSelf().Where(t => StringKinds.Contains(Unwrap(t).Kind)).ToList();
    }

    /// <summary>A pattern literal's content and whether it is written with interpolation syntax, read once per pattern node.</summary>
    private static (string Content, bool Interpolated) PatternString(AstNode pattern)
    {
        var known = PatternStrings.GetValue(pattern, static p => Tuple.Create(StringLiterals.Content(p).Content, StringLiterals.IsInterpolationSyntax(p)));
        return (known.Item1, known.Item2);
    }

    /// <summary>Whether a literal holds interpolated values: from its content when read already, else found without reading it.</summary>
    private bool Interpolated(AstNode node) => _contents.TryGetValue(node, out var content) ? content.Interpolated : StringLiterals.Interpolated(node);

    /// <summary>A literal's content (see <see cref="StringLiterals.Content"/>), read once per node.</summary>
    private (string Content, bool Interpolated) Content(AstNode node)
    {
        if (!_contents.TryGetValue(node, out var content))
        {
            _contents[node] = content = StringLiterals.Content(node);
        }

        return content;
    }
}
