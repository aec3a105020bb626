using Pairguard.Rules;
using Pairguard.Rules.Matching;
using Pairguard.Scanning;
using Pairguard.Syntax;
using Pairguard.Tests.Support;

namespace Pairguard.Tests.Syntax;

/// <summary>Trees built from reused nodes (<see cref="TreeArena"/>) are the trees a fresh copy makes, and nothing of the previous file leaks into them.</summary>
public class TreeArenaTests
{
    private static readonly (string Language, string Text)[] Samples = ManagedTreeCopyTests.Samples;

    private static readonly TreeSitterSyntaxProvider Provider = TreeSitterSyntaxProvider.Instance;

    public static TheoryData<string> SampleLanguages() => [.. Samples.Select(s => s.Language)];

    [Theory]
    [MemberData(nameof(SampleLanguages))]
    public void ATreeOfReusedNodesEqualsAFreshCopyAndCarriesNoCacheOfTheLastFile(string language)
    {
        // the previous file: another language's sample, with the matcher's caches filled on every node
        var (previousLanguage, previousText) = Samples[(Array.FindIndex(Samples, s => s.Language == language) + 1) % Samples.Length];
        var previous = Provider.ParseReusable(previousText, previousLanguage, out _, out _)!;
        var previousNodes = previous.DescendantsAndSelf().ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var n in previous.DescendantsAndSelf())
        {
            _ = n.Significant;
            _ = StructuralMatcher.Unwrap(n);
            _ = Binding.Of(n);
        }

        Provider.Release(previous);

        var text = Samples.Single(s => s.Language == language).Text;
        var reused = Provider.ParseReusable(text, language, out var errors, out _)!;
        try
        {
            var fresh = Provider.Parse(text, language, out var freshErrors, out _)!;
            Assert.Null(ManagedTreeCopyTests.FirstDifference(fresh, reused));
            Assert.Equal(freshErrors, errors);
            Assert.Null(reused.Parent);

            // the nodes really are the previous file's objects, set afresh
            Assert.Contains(reused.DescendantsAndSelf(), n => previousNodes.Contains(n));
            foreach (var n in reused.DescendantsAndSelf())
            {
                Assert.Null(n.SelfBinding);
                Assert.Same(text, n.Source);
                Assert.Equal(fresh.DescendantsAndSelf().ElementAt(n.Order).Significant.Select(c => c.Order), n.Significant.Select(c => c.Order));
                Assert.Same(n, n.Children.Length == 0 ? n : n.Children[0].Parent);
            }

            var expectedIndex = StructuralMatcher.IndexByKind(reused.PreOrder!);
            Assert.Equal(expectedIndex.Keys.Order(StringComparer.Ordinal), reused.KindIndex!.Keys.Order(StringComparer.Ordinal));
            foreach (var (kind, nodes) in expectedIndex)
            {
                Assert.True(nodes.SequenceEqual(reused.KindIndex[kind]), kind);
            }
        }
        finally
        {
            Provider.Release(reused);
        }
    }

    [Fact]
    public void WhileATreeIsOutAnotherParseGetsNewNodesAndTheFirstTreeStaysWhole()
    {
        var first = Provider.ParseReusable("a = f(1)\nb = g(a)\n", Languages.Python, out _, out _)!;
        var before = Describe(first);
        var firstNodes = first.DescendantsAndSelf().ToHashSet(ReferenceEqualityComparer.Instance);
        try
        {
            var second = Provider.ParseReusable("const x = require('y');\n", Languages.JavaScript, out _, out _)!;
            Assert.DoesNotContain(second.DescendantsAndSelf(), n => firstNodes.Contains(n));

            // giving back the second tree (not lent by the arena) or a plain tree frees nothing
            Provider.Release(second);
            Provider.Release(Provider.Parse("x = 1\n", Languages.Python, out _, out _)!);
            var third = Provider.ParseReusable("c = 3\n", Languages.Python, out _, out _)!;
            Assert.DoesNotContain(third.DescendantsAndSelf(), n => firstNodes.Contains(n));
            Provider.Release(third);

            Assert.Equal(before, Describe(first));
        }
        finally
        {
            Provider.Release(first);
        }

        // once the first tree is back, the next one is built from its nodes
        var next = Provider.ParseReusable("d = 4\n", Languages.Python, out _, out _)!;
        Assert.Contains(next.DescendantsAndSelf(), n => firstNodes.Contains(n));
        Provider.Release(next);
    }

    [Fact]
    public void ASmallerTreeListsItsNodesInTheArenasLongerArrayAndNoMore()
    {
        // the pre-order list and the subtree ends are the arena's arrays, sized by the largest tree so far: a smaller tree's list
        // must stop at its own last node, and its subtrees at their own ends
        var larger = "const x = [" + string.Concat(Enumerable.Repeat("f(a, b),", 2000)) + "];\n";
        var smaller = SyntaxFixtures.ExpressHandler;
        var first = Provider.ParseReusable(larger, Languages.JavaScript, out _, out _)!;
        var array = first.PreOrder.Array;
        var largerCount = first.PreOrder.Count;
        Provider.Release(first);

        var reused = Provider.ParseReusable(smaller, Languages.JavaScript, out _, out _)!;
        try
        {
            var fresh = Provider.Parse(smaller, Languages.JavaScript, out _, out _)!;
            Assert.Same(array, reused.PreOrder.Array);
            Assert.True(largerCount > reused.PreOrder.Count);
            Assert.Equal(fresh.PreOrder.Count, reused.PreOrder.Count);
            Assert.Equal(fresh.DescendantsAndSelf().Count(), reused.DescendantsAndSelf().Count());
            foreach (var n in reused.PreOrder)
            {
                Assert.Equal(Walk(n).Select(d => d.Order), n.DescendantsAndSelf().Select(d => d.Order));
            }

            var target = new MatchTarget(reused, Languages.JavaScript);
            Assert.Equal(reused.PreOrder.Count, target.Nodes.Count);
            Assert.Equal(fresh.PreOrder.Count, StructuralMatcher.IndexByKind(reused).Values.Sum(l => l.Count));
        }
        finally
        {
            Provider.Release(reused);
        }

        static IEnumerable<AstNode> Walk(AstNode n) => n.Children.SelectMany(Walk).Prepend(n);
    }

    [Fact]
    public void NodesALargerTreeUsedAndTheNextOnesDidNotAreClearedWithinAFewTreesGivenBack()
    {
        // a released tree is not walked (its nodes are set afresh as the next file takes them): the nodes the next, smaller trees
        // do not take must still let go of the larger file's caches (a binding holds the whole text), parents and children
        var larger = "const x = [" + string.Concat(Enumerable.Repeat("f(a, b),", 500)) + "];\n";
        var first = Provider.ParseReusable(larger, Languages.JavaScript, out _, out _)!;
        var firstNodes = first.PreOrder.ToList();
        foreach (var n in firstNodes)
        {
            _ = n.Significant;
            _ = StructuralMatcher.Unwrap(n);
            _ = Binding.Of(n);
        }

        Provider.Release(first);
        // they are cleared once every TreeArena.ClearEvery trees given back (counted on this thread, where earlier tests may have
        // given some back): that many smaller trees after the larger one give back at least one clearing after it
        var taken = new HashSet<object>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < TreeArena.ClearEvery; i++)
        {
            var smaller = Provider.ParseReusable("f(a);\n", Languages.JavaScript, out _, out _)!;
            taken.UnionWith(smaller.PreOrder);
            Provider.Release(smaller);
        }

        var left = firstNodes.Where(n => !taken.Contains(n)).ToList();
        Assert.True(left.Count > firstNodes.Count / 2);
        foreach (var n in left)
        {
            Assert.Null(n.SelfBinding);
            Assert.Null(n.Parent);
            Assert.Empty(n.Children);
            Assert.Null(n.UnwrappedCache);
        }

        // and the arena still builds whole trees from them
        var again = Provider.ParseReusable(larger, Languages.JavaScript, out _, out _)!;
        try
        {
            Assert.Null(ManagedTreeCopyTests.FirstDifference(Provider.Parse(larger, Languages.JavaScript, out _, out _)!, again));
        }
        finally
        {
            Provider.Release(again);
        }
    }

    [Fact]
    public void ATreeLargerThanTheArenaIsBuiltWholeAndSoIsTheNextOne()
    {
        // more nodes than the arena keeps: the extra ones are made as usual, and the next (smaller) tree is still built right
        // (two nodes per item: the array's commas are left out of the copy)
        var big = "const x = [" + string.Concat(Enumerable.Repeat("-1,", TreeArena.MaxNodes / 2 + 1000)) + "];\n";
        var small = SyntaxFixtures.ExpressHandler;
        foreach (var text in new[] { big, small, big })
        {
            var reused = Provider.ParseReusable(text, Languages.JavaScript, out _, out _)!;
            try
            {
                // node by node in pre-order (the shared comparison searches sibling indexes, quadratic in a list of 100,000 items)
                var fresh = Provider.Parse(text, Languages.JavaScript, out _, out _)!.PreOrder;
                var nodes = reused.PreOrder;
                Assert.Equal(fresh.Count, nodes.Count);
                for (var i = 0; i < nodes.Count; i++)
                {
                    var (a, b) = (fresh[i], nodes[i]);
                    Assert.True(
                        a.Kind == b.Kind && a.Field == b.Field && a.Start == b.Start && a.End == b.End && b.Order == i
                        && a.Children.Length == b.Children.Length && a.Parent?.Order == b.Parent?.Order
                        && a.Children.Select(c => c.Order).SequenceEqual(b.Children.Select(c => c.Order)),
                        $"node {i}");
                }

                if (text == big)
                {
                    Assert.True(reused.PreOrder.Count > TreeArena.MaxNodes);
                }
            }
            finally
            {
                Provider.Release(reused);
            }
        }
    }

    [Fact]
    public void AFailedParseLeavesTheArenaFree()
    {
        Assert.Null(Provider.ParseReusable("x = 1\n", "no-such-language", out _, out var error));
        Assert.NotNull(error);

        var tree = Provider.ParseReusable("x = 1\n", Languages.Python, out _, out _)!;
        var nodes = tree.DescendantsAndSelf().ToHashSet(ReferenceEqualityComparer.Instance);
        Provider.Release(tree);
        var again = Provider.ParseReusable("y = 2\n", Languages.Python, out _, out _)!;
        Assert.Contains(again.DescendantsAndSelf(), n => nodes.Contains(n));
        Provider.Release(again);
    }

    [Fact]
    public void TheRulePackGivesTheSameFindingsWhateverFileCameBefore()
    {
        // every built-in rule fixture, in one order and then the other, through one analyzer: each file's tree is made of the nodes
        // of a different previous file each time, and its findings must not change
        var files = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "rules"), "*", SearchOption.AllDirectories)
            .Where(p => !p.EndsWith(".yaml", StringComparison.Ordinal) && LanguageDetector.Detect(p) is { } l && l != "generic")
            .Order(StringComparer.Ordinal)
            .Select(p => SourceFile.FromText(Path.GetRelativePath(RepoPaths.Root, p), File.ReadAllText(p), LanguageDetector.Detect(p)!))
            .ToList();
        Assert.True(files.Select(f => f.Language).Distinct().Count() >= 8, "fixtures of every rule language");

        var analyzer = new RuleAnalyzer(BuiltInRules.All.Rules, Provider);
        string Run(SourceFile f) => string.Join("\n", analyzer.Run(f, CancellationToken.None).Select(x => $"{x.RuleId} {x.Location.StartLine}:{x.Location.StartColumn} {x.Message}"));
        var forward = files.ToDictionary(f => f.RelativePath, Run);
        var backward = Enumerable.Reverse(files).ToDictionary(f => f.RelativePath, Run);

        Assert.True(forward.Values.Count(v => v.Length > 0) > files.Count / 3, "most fixtures have findings");
        foreach (var f in files)
        {
            Assert.True(forward[f.RelativePath] == backward[f.RelativePath], f.RelativePath);
        }
    }

    private static string Describe(AstNode root) =>
        string.Join(";", root.DescendantsAndSelf().Select(n => $"{n.Kind}[{n.Start},{n.End}]{n.Children.Length}{n.Parent?.Kind}"));
}
