using Pairguard.Rules.Matching;
using Pairguard.Scanning;
using Pairguard.Syntax;

namespace Pairguard.Tests.Rules;

/// <summary>
/// A statement sequence is looked for only under the nodes that have a child its first statement may start at (the parents of
/// nodes of that kind, through parentheses and wrappers); these tests hold that it finds what a search of every node finds.
/// </summary>
public class SequenceParentsTests
{
    public static TheoryData<string, string[], string> Cases => new()
    {
        {
            Languages.Python,
            ["$X = $Y\n$X = $Z", "$X = $Y\n...\nreturn $X", "g($A)\n...\nh($A)", "with $C as $F:\n  ...\n$F.write($D)", "if $C:\n  ...\nreturn $R"],
            "a = 1\na = 2\ndef f(x):\n    b = 1\n    b = 2\n    if x:\n        c = 1\n        c = (3)\n        return c\n    g(x)\n    h(x)\n    return b\n"
                + "class K:\n    d = 1\n    d = 2\n    def m(self):\n        with open(p) as f:\n            pass\n        f.write(1)\n"
                + "lambda: (e := 1)\nfor i in r:\n    i = 1\n    i = 2\n"
        },
        {
            Languages.JavaScript,
            ["$X = $Y;\n$X = $Z;", "$X = $Y;\n...\nreturn $X;", "g($A);\n...\nh($A);", "var $V = $E;\n$V = $F;", "if ($C) { ... }\nreturn $R;", "$X = $Y;\n$F($X);"],
            "a = 1;\na = 2;\nfunction f(x) {\n  let b = 1;\n  b = 2;\n  if (x) { c = 1; (c = 3); return c; }\n  g(x);\n  { h(x); }\n  h(x);\n  return b;\n}\n"
                + "class K { m() { var d = 1; d = 2; } }\nconst k = () => { e = 1; e = 2; };\nswitch (v) { case 1: w = 1; w = 2; }\nlabel: { q = 1; q = 2; }\nfunction q() { let z = 1; return z; }\nfunction q2() { let y = 1; g(y); }\n"
        },
        {
            Languages.TypeScript,
            ["$X = $Y;\n$X = $Z;", "let $V: $T = $E;\n...\nreturn $V;", "g($A);\n...\nh($A);"],
            "a = 1;\na = 2;\nfunction f(x: number): number {\n  let b: number = 1;\n  g(x);\n  if (x) { c = 1; c = 2; }\n  h(x);\n  return b;\n}\n"
                + "namespace N { export function m() { d = 1; d = 2; } }\nclass K { m(): void { e = 1; (e = 2); } }\n"
        },
        {
            Languages.Java,
            ["$X = $Y;\n$X = $Z;", "$T $V = $E;\n...\nreturn $V;", "g($A);\n...\nh($A);", "$T $V = $E;\n$V = $F;"],
            "class A {\n  int f(int x) {\n    int b = 1;\n    b = 2;\n    a = 1;\n    a = 2;\n    if (x > 0) { c = 1; c = 2; }\n    g(x);\n    h(x);\n    return b;\n  }\n"
                + "  @Override\n  public String toString() { return s; }\n  static { d = 1; d = 2; }\n}\n"
        },
        {
            Languages.CSharp,
            ["$X = $Y;\n$X = $Z;", "var $V = $E;\n...\nreturn $V;", "G($A);\n...\nH($A);", "$X = $Y;\n...\n$X = $Z;", "$X = $Y;\n...\nreturn $X;", "$X = $Y;\n$F($X);"],
            "class A {\n  int F(int x) {\n    var b = 1;\n    b = 2;\n    a = 1;\n    a = 2;\n    if (x > 0) { c = 1; c = 2; }\n    G(x);\n    H(x);\n    return b;\n  }\n"
                + "  [Obsolete]\n  public string Name() { return s; }\n  void L() { void Inner() { d = 1; d = 2; } }\n  int Q() { var z = 1; return z; }\n  void Q2() { var y = 1; G(y); }\n}\n"
        },
        {
            Languages.Go,
            ["$X = $Y\n$X = $Z", "$V := $E\n...\nreturn $V", "g($A)\n...\nh($A)", "$V, $ERR := $F(...)\nif $ERR != nil { ... }"],
            "package main\nfunc f(x int) int {\n\tb := 1\n\ta = 1\n\ta = 2\n\tif x > 0 {\n\t\tc = 1\n\t\tc = 2\n\t}\n\tg(x)\n\th(x)\n\tv, err := load()\n\tif err != nil {\n\t\treturn 0\n\t}\n\treturn b\n}\n"
                + "var k = func() { d = 1; d = 2 }\n"
        },
        {
            Languages.Php,
            ["$X = $Y;\n$X = $Z;", "$X = $Y;\n...\nreturn $X;", "g($A);\n...\nh($A);"],
            "<?php\n$a = 1;\n$a = 2;\nfunction f($x) {\n  $b = 1;\n  $b = 2;\n  if ($x) { $c = 1; $c = 2; return $c; }\n  g($x);\n  h($x);\n  return $b;\n}\n"
                + "class K { function m() { $d = 1; $d = 2; } }\n$k = function() { $e = 1; $e = 2; };\n"
        },
        {
            Languages.Ruby,
            ["$X = $Y\n$X = $Z", "$X = $Y\n...\nreturn $X", "g($A)\n...\nh($A)"],
            "a = 1\na = 2\ndef f(x)\n  b = 1\n  b = 2\n  if x\n    c = 1\n    c = 2\n    return c\n  end\n  g(x)\n  h(x)\n  return b\nend\n"
                + "class K\n  def m\n    d = 1\n    d = 2\n  end\nend\n[1].each do |i|\n  e = 1\n  e = 2\nend\nbegin\n  q = 1\n  q = 2\nend\n"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_sequence_searched_from_the_parents_of_its_first_kind_finds_what_a_search_of_every_node_finds(string language, string[] patterns, string code)
    {
        var root = TreeSitterSyntaxProvider.Instance.Parse(code, language, out _, out _);
        Assert.NotNull(root);
        var target = new MatchTarget(root, language);
        var compiler = new PatternCompiler(TreeSitterSyntaxProvider.Instance);
        var found = 0;
        var restricted = 0;
        foreach (var text in patterns)
        {
            var pattern = compiler.Compile(text, language, out var error);
            Assert.True(pattern is not null, $"{text}: {error}");
            Assert.True(pattern.IsSequence, text);

            // with the file's index and pre-order (what the rule engine gives) and without (every node is a candidate parent)
            var indexed = new StructuralMatcher().FindAll(pattern, target).Select(m => (m.Start, m.End)).ToList();
            var everyNode = new StructuralMatcher().FindAll(pattern, root).Select(m => (m.Start, m.End)).ToList();
            Assert.Equal(everyNode, indexed);
            found += indexed.Count;

            // the parents themselves (the search may start from rarer anchors instead): each match starts at a child of one of them;
            // none for a first statement that does not tell the kinds (a call statement may also be an assignment of the call)
            var parents = StructuralMatcher.SequenceParents(pattern, root, target.Nodes, target.ByKind);
            if (parents is null)
            {
                continue;
            }

            restricted++;
            Assert.Equal(parents.OrderBy(p => p.Order), parents);
            foreach (var (start, _) in everyNode)
            {
                Assert.Contains(parents, p => p.Significant.Any(k => k.Start == start));
            }
        }

        Assert.True(found >= patterns.Length, $"{language}: only {found} matches over {patterns.Length} patterns");
        Assert.True(restricted >= 2, $"{language}: only {restricted} patterns searched from their parents");
    }
}
