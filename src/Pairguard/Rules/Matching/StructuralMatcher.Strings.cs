namespace Pairguard.Rules.Matching;

/// <summary>String patterns: tried only on string literals (or what unwraps to one), with each literal's content read once.</summary>
public sealed partial class StructuralMatcher
{
    private readonly Dictionary<AstNode, (string Content, bool Interpolated)> _contents = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<AstNode, List<AstNode>> _stringNodes = new(ReferenceEqualityComparer.Instance);

    /// <summary>A string literal pattern: <see cref="Match"/> compares it only with targets that unwrap to a string literal.</summary>
    private static bool IsStringPattern(AstNode p) =>
        StringKinds.Contains(p.Kind) && MetavariableOf(p) is null && !IsEllipsisNode(p) && !IsDeep(p, out _);

    /// <summary>The nodes under the root (pre-order) that unwrap to a string literal: the only ones a string pattern can match.</summary>
    private List<AstNode> StringNodes(AstNode root)
    {
        if (!_stringNodes.TryGetValue(root, out var nodes))
        {
            _stringNodes[root] = nodes = root.DescendantsAndSelf().Where(t => StringKinds.Contains(Unwrap(t).Kind)).ToList();
        }

        return nodes;
    }

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
