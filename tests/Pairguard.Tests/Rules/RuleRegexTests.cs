using Pairguard.Rules;
using Pairguard.Scanning;
using Pairguard.Syntax;

namespace Pairguard.Tests.Rules;

/// <summary>Regexes with lookarounds or backreferences load and run time-limited; linear-time ones stay linear-time.</summary>
public class RuleRegexTests
{
    public static TheoryData<string, string, string, int[]> Cases => new()
    {
        // negative lookahead in metavariable-regex
        {
            Languages.Python,
            "patterns:\n  - pattern: open($F)\n  - metavariable-regex:\n      metavariable: $F\n      regex: (?!safe_)\\w+",
            "open(user_path)\nopen(safe_path)\n",
            [1]
        },
        {
            Languages.Go,
            "patterns:\n  - pattern: os.Open($F)\n  - metavariable-regex:\n      metavariable: $F\n      regex: (?!safe)\\w+",
            "package p\n\nfunc f() {\n\tos.Open(userPath)\n\tos.Open(safePath)\n}\n",
            [4]
        },

        // backreference in pattern-regex: the same word on both sides
        {
            Languages.Python,
            "pattern-regex: \\b(\\w+) = \\1\\b",
            "a = a\nb = c\n",
            [1]
        },

        // lookbehind in pattern-not-regex
        {
            Languages.JavaScript,
            "patterns:\n  - pattern: log($X)\n  - pattern-not-regex: (?<=debug\\.)log",
            "log(a);\ndebug.log(b);\n",
            [1]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void BacktrackingRegexMatchesExactlyTheExpectedLines(string language, string rule, string code, int[] expected)
    {
        Assert.Equal(expected, EngineHarness.Lines(language, rule, code));
    }

    [Fact]
    public void LinearTimeRegexUsesTheNonBacktrackingEngine()
    {
        Assert.False(Pairguard.Rules.Matching.RuleRegex.IsBacktracking(@"(md5|sha1)\w*"));
        Assert.True(Pairguard.Rules.Matching.RuleRegex.IsBacktracking(@"(?!x)\w+"));
    }

    [Fact]
    public void InvalidRegexIsALoadError()
    {
        var yaml = "rules:\n  - id: a.b\n    message: m\n    severity: LOW\n    languages: [python]\n    pattern-regex: 'a(b'\n";
        var error = Assert.Single(RuleLoader.Parse(yaml, "r.yaml").Errors);
        Assert.Contains("invalid regex", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RegexThatRunsOutOfTimeIsReportedAndCountsAsNoMatch()
    {
        // exponential backtracking: nested quantifiers that cannot match the final 'b'
        var yaml = "rules:\n  - id: a.b\n    message: m\n    severity: LOW\n    languages: [python]\n    pattern-regex: '(?=a)(a|aa)+b'\n";
        var set = RuleLoader.Parse(yaml, "r.yaml");
        Assert.Empty(set.Errors);
        var analyzer = new RuleAnalyzer(set.Rules, TreeSitterSyntaxProvider.Instance);
        var diagnostics = new List<Diagnostic>();
        var code = "x = '" + new string('a', 60) + "'\n";
        var found = analyzer.Run(SourceFile.FromText("t.py", code, Languages.Python), CancellationToken.None, diagnostics.Add, usePrefilter: false);
        Assert.Empty(found);
        Assert.Contains(diagnostics, d => d.Message.Contains("ran out of time", StringComparison.Ordinal));
    }
}
