using System.Numerics;
using System.Text;
using Pairguard.Rules.Matching;
using Pairguard.Scanning;
using Pairguard.Syntax;

namespace Pairguard.Tests.Syntax;

/// <summary>The one-call copy of a native tree (native/flatten.c + <see cref="ManagedTree.Copy"/>) equals the old cursor walk
/// (<see cref="ManagedTree.CopyByCursor"/>) node by node, for every rule language and for odd input.</summary>
public class ManagedTreeCopyTests
{
    /// <summary>A real sample of each rule language (also used by <see cref="TreeArenaTests"/>).</summary>
    internal static readonly (string Language, string Text)[] Samples =
    [
        (Languages.Python, SyntaxFixtures.FlaskApp),
        (Languages.JavaScript, SyntaxFixtures.ExpressHandler),
        (Languages.TypeScript, SyntaxFixtures.TsService),
        (Languages.Java, SyntaxFixtures.SpringController),
        (Languages.CSharp, SyntaxFixtures.AspNetController),
        (Languages.Go, SyntaxFixtures.GoHandler),
        (Languages.Php, SyntaxFixtures.PhpScript),
        (Languages.Ruby, SyntaxFixtures.RailsController),
    ];

    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var (language, text) in Samples)
        {
            data.Add(language, "as is");
            data.Add(language, "crlf");
            data.Add(language, "non-ascii");
            data.Add(language, "broken");
            data.Add(language, "empty");
            data.Add(language, "blank lines");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void FlatCopyEqualsTheCursorWalk(string language, string variant)
    {
        var text = Variant(Samples.Single(s => s.Language == language).Text, variant);
        var (flat, flatErrors, reference, referenceErrors) = CopyBoth(text, language);

        Assert.Null(FirstDifference(reference, flat));
        Assert.Equal(referenceErrors, flatErrors);
        Assert.Null(flat.Parent);
        if (variant == "broken")
        {
            Assert.True(flatErrors > 0, $"{language}: the broken input should have ERROR/MISSING nodes");
        }

        if (variant == "as is")
        {
            Assert.Equal(0, flatErrors);
            Assert.True(flat.DescendantsAndSelf().Count() > 50, $"{language}: the sample should give a real tree");
        }

        if (variant == "non-ascii")
        {
            // offsets are UTF-16 characters: a node holds the whole emoji, never half of its surrogate pair
            Assert.Contains(flat.DescendantsAndSelf(), n => n.Children.Length == 0 && n.Text.Contains("😀", StringComparison.Ordinal));
            Assert.DoesNotContain(flat.DescendantsAndSelf(), n => n.Start < text.Length && char.IsLowSurrogate(text[n.Start]));
        }
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void TheKindIndexMadeByTheCopyEqualsIndexingTheNodes(string language, string variant)
    {
        var text = Variant(Samples.Single(s => s.Language == language).Text, variant);
        var (flat, _, _, _) = CopyBoth(text, language);

        Assert.NotNull(flat.KindIndex);
        var expected = StructuralMatcher.IndexByKind(flat.PreOrder!);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), flat.KindIndex!.Keys.Order(StringComparer.Ordinal));
        foreach (var (kind, nodes) in expected)
        {
            // the same node objects, in the same (pre-)order
            Assert.True(nodes.SequenceEqual(flat.KindIndex[kind]), $"{language} {variant}: {kind}");
        }
    }

    [Fact]
    public void TwoSymbolsOfOneNameShareOneListInPreOrder()
    {
        AstNode Node(string kind, int order) => new(kind, null, true, order, order + 1, "0123456789") { Order = order };
        var a = new List<AstNode> { Node("identifier", 1), Node("identifier", 4), Node("identifier", 5) };
        var b = new List<AstNode> { Node("identifier", 2), Node("identifier", 6) };
        var c = new List<AstNode> { Node("call", 3) };

        var index = ManagedTree.KindIndex([a, null, c, b]);

        Assert.Equal([1, 2, 4, 5, 6], index["identifier"].Select(n => n.Order));
        Assert.Equal([3], index["call"].Select(n => n.Order));
    }

    [Theory]
    [InlineData(Languages.Python, "x = [", "-1,", "]\n")]
    [InlineData(Languages.JavaScript, "const x = [", "-1,", "];\n")]
    [InlineData(Languages.Go, "package p\nvar x = []int{", "-1,", "}\n")]
    public void ATreeDenserThanTheFirstBufferGuessIsCopiedWhole(string language, string head, string item, string tail)
    {
        // about one node per byte (a sign and a number, the commas being left out): more than the first buffer holds (half the byte count, which the array pool rounds up to a power
        // of two), so the copy needs a second native walk with a larger buffer
        var text = head + string.Concat(Enumerable.Repeat(item, 6000)) + tail;
        var (flat, flatErrors, reference, referenceErrors) = CopyBoth(text, language);

        Assert.Null(FirstDifference(reference, flat));
        Assert.Equal(referenceErrors, flatErrors);
        Assert.True(flat.DescendantsAndSelf().Count() > (int)BitOperations.RoundUpToPowerOf2((uint)Encoding.UTF8.GetByteCount(text) / 2));
    }

    [Fact]
    public void TheComparisonSeesADifferentRangeKindOrShape()
    {
        var (one, _, _, _) = CopyBoth("a = 1\n", Languages.Python);
        var (ten, _, _, _) = CopyBoth("a = 10\n", Languages.Python);
        var (name, _, _, _) = CopyBoth("a = b\n", Languages.Python);
        var (call, _, _, _) = CopyBoth("a = f(1)\n", Languages.Python);

        Assert.Null(FirstDifference(one, CopyBoth("a = 1\n", Languages.Python).Flat));
        Assert.NotNull(FirstDifference(one, ten));
        Assert.NotNull(FirstDifference(one, name));
        Assert.NotNull(FirstDifference(one, call));
    }

    [Theory]
    [InlineData(Languages.Java, "class A { void f() { int x = 1 } }", ";")]
    [InlineData(Languages.JavaScript, "f(a, b;\n", ")")]
    public void APunctuationTokenInsertedByErrorRecoveryIsKept(string language, string text, string missing)
    {
        // the copy leaves out one-byte `(` `)` `,` `;` tokens, not the empty ones error recovery inserts (they count as errors)
        var (flat, errors, reference, referenceErrors) = CopyBoth(text, language);

        Assert.Null(FirstDifference(reference, flat));
        Assert.Equal(referenceErrors, errors);
        Assert.True(errors > 0);
        Assert.Contains(flat.DescendantsAndSelf(), n => n.Kind == missing && n.Start == n.End);
        Assert.DoesNotContain(flat.DescendantsAndSelf(), n => n.Kind is "(" or ")" or "," or ";" && n.End - n.Start == 1);
    }

    [Fact]
    public void FieldsNamesAndErrorsAreCopied()
    {
        var (flat, errors, _, _) = CopyBoth("def f(a):\n    return g(a, 2)\n", Languages.Python);
        var call = Assert.Single(flat.DescendantsAndSelf(), n => n.Kind == "call");
        Assert.Equal("g", call.ChildByField("function")?.Text);
        Assert.Equal("(a, 2)", call.ChildByField("arguments")?.Text);
        Assert.Null(call.ChildByField("name"));
        // anonymous tokens are copied, but for the punctuation the matching passes over (Grammar.SkippedTokens)
        Assert.Contains(Assert.Single(flat.DescendantsAndSelf(), n => n.Kind == "return_statement").Children, c => c.Text == "return" && !c.IsNamed);
        Assert.Equal(["a", "2"], call.ChildByField("arguments")!.Children.Select(c => c.Text));
        Assert.Equal(0, errors);

        var (_, brokenErrors, _, _) = CopyBoth("def f(a:\n    return g(a, 2\n", Languages.Python);
        Assert.True(brokenErrors > 0);
    }

    private static string Variant(string text, string variant) => variant switch
    {
        "as is" => text,
        "crlf" => text.Replace("\n", "\r\n", StringComparison.Ordinal),
        "non-ascii" => text.Contains("sers", StringComparison.Ordinal) // users, Users: in strings, comments and names
            ? text.Replace("sers", "sérs_日本_😀", StringComparison.Ordinal)
            : throw new InvalidOperationException("the sample has no 'sers' to replace"),
        "broken" => text[..(text.Length / 2)] + " )}]( ;; \"\n" + text[(text.Length / 2)..],
        "empty" => "",
        "blank lines" => "\r\n\n  \r\n",
        _ => throw new ArgumentOutOfRangeException(nameof(variant)),
    };

    private static (AstNode Flat, int FlatErrors, AstNode Reference, int ReferenceErrors) CopyBoth(string text, string language)
    {
        using var result = SyntaxParser.Parse(text, language);
        Assert.Equal(ParseStatus.Parsed, result.Status);
        var (flat, flatErrors) = ManagedTree.Copy(result.Tree!);
        var (reference, referenceErrors) = ManagedTree.CopyByCursor(result.Tree!);
        return (flat, flatErrors, reference, referenceErrors);
    }

    /// <summary>The first node (pre-order) where the two trees differ, described; null when they are equal.</summary>
    internal static string? FirstDifference(AstNode expected, AstNode actual)
    {
        var left = expected.DescendantsAndSelf().ToList();
        var right = actual.DescendantsAndSelf().ToList();
        var leftIndex = PreOrderIndex(left);
        var rightIndex = PreOrderIndex(right);
        for (var i = 0; i < Math.Min(left.Count, right.Count); i++)
        {
            var (a, b) = (left[i], right[i]);
            var same = a.Kind == b.Kind && a.Field == b.Field && a.IsNamed == b.IsNamed && a.Start == b.Start && a.End == b.End
                && a.Source == b.Source && a.Children.Length == b.Children.Length && a.IndexInParent == b.IndexInParent
                && (a.Parent is null) == (b.Parent is null)
                && (a.Parent is null || leftIndex[a.Parent] == rightIndex[b.Parent!])
                && a.Children.Select(c => leftIndex[c]).SequenceEqual(b.Children.Select(c => rightIndex[c]))
                && a.Significant.Select(c => leftIndex[c]).SequenceEqual(b.Significant.Select(c => rightIndex[c]));
            if (!same)
            {
                return $"node {i}: expected {a.Kind} field={a.Field} named={a.IsNamed} [{a.Start}..{a.End}] {a.Children.Length} children ({a.Significant.Length} significant) #{a.IndexInParent}, "
                    + $"got {b.Kind} field={b.Field} named={b.IsNamed} [{b.Start}..{b.End}] {b.Children.Length} children ({b.Significant.Length} significant) #{b.IndexInParent}";
            }
        }

        return left.Count == right.Count ? null : $"expected {left.Count} nodes, got {right.Count}";
    }

    private static Dictionary<AstNode, int> PreOrderIndex(List<AstNode> nodes)
    {
        var index = new Dictionary<AstNode, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < nodes.Count; i++)
        {
            index[nodes[i]] = i;
        }

        return index;
    }
}
