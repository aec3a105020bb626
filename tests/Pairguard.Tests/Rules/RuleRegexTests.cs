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

    [Theory]
    [InlineData("(?=a)b")]
    [InlineData("b(?!a)")]
    [InlineData("(?<=a)b")]
    [InlineData("(?<!a)b")]
    [InlineData("(?>a+)b")]
    [InlineData("(a)\\1")]
    [InlineData("(?<n>a)\\k<n>")]
    [InlineData("(?(a)b|c)")]
    [InlineData("(?<o>a)(?<c-o>b)")]
    [InlineData("\\Ga")]
    public void A_construct_the_linear_time_engine_lacks_is_noticed_without_building_the_regex(string pattern)
    {
        Assert.True(Pairguard.Rules.Matching.RuleRegex.MayNeedBacktracking(pattern));
        Assert.True(Pairguard.Rules.Matching.RuleRegex.IsBacktracking(pattern));
        Assert.Throws<NotSupportedException>(() => new System.Text.RegularExpressions.Regex(pattern, System.Text.RegularExpressions.RegexOptions.NonBacktracking));
    }

    [Theory]
    [InlineData("(?<name>a)b")]
    [InlineData("(?'name'a)b")]
    [InlineData("(?i)abc")]
    [InlineData("(?i:a|b)c")]
    [InlineData("\\\\1")]
    [InlineData("[\\d]+-\\w*")]
    [InlineData("^(md5|sha1)$")]
    public void A_pattern_without_such_a_construct_is_linear_time(string pattern)
    {
        Assert.False(Pairguard.Rules.Matching.RuleRegex.MayNeedBacktracking(pattern));
        Assert.False(Pairguard.Rules.Matching.RuleRegex.IsBacktracking(pattern));
        _ = new System.Text.RegularExpressions.Regex(pattern, System.Text.RegularExpressions.RegexOptions.NonBacktracking);
    }

    [Fact]
    public void Every_regex_of_the_built_in_rules_told_linear_time_builds_with_the_linear_time_engine()
    {
        var regexes = BuiltInRules.All.Rules.SelectMany(RulePatterns.Regexes).Select(r => r.Regex).Distinct(StringComparer.Ordinal).ToList();
        Assert.True(regexes.Count > 100, $"{regexes.Count} regexes");
        foreach (var regex in regexes.Where(r => !Pairguard.Rules.Matching.RuleRegex.MayNeedBacktracking(r)))
        {
            _ = new System.Text.RegularExpressions.Regex(regex, System.Text.RegularExpressions.RegexOptions.NonBacktracking | System.Text.RegularExpressions.RegexOptions.Multiline);
        }
    }

    [Fact]
    public void A_deferred_regex_is_built_on_its_first_match_and_then_kept()
    {
        var deferred = Pairguard.Rules.Matching.RuleRegex.Deferred("^pg-deferred-[0-9]+$");
        Assert.Equal("^pg-deferred-[0-9]+$", deferred.Pattern);
        Assert.True(deferred.IsMatch("pg-deferred-42"));
        Assert.False(deferred.IsMatch("pg-deferred-x"));
        Assert.Same(deferred.Regex, deferred.Regex);
        Assert.Same(Pairguard.Rules.Matching.RuleRegex.Get("^pg-deferred-[0-9]+$"), deferred.Regex);
    }

    [Theory]
    [InlineData("^(md5|sha1)$", true)]
    [InlineData("(?i)^(password|secret)$", true)]
    [InlineData("a{2,5}b{3}", true)]
    [InlineData("[*+]x\\*\\+", true)]
    [InlineData("[]*]x", true)]
    [InlineData("a*", false)]
    [InlineData("(ab)+", false)]
    [InlineData("a{2,}", false)]
    [InlineData(".*x", false)]
    [InlineData("a*?b", false)]
    [InlineData("[\\]]*", false)]
    public void A_pattern_is_bounded_when_it_repeats_nothing_without_bound(string pattern, bool bounded) =>
        Assert.Equal(bounded, Pairguard.Rules.Matching.RuleRegex.IsBounded(pattern));

    [Fact]
    public void A_bounded_pattern_is_tested_with_the_backtracking_engine_and_the_others_as_before()
    {
        Assert.Equal(System.Text.RegularExpressions.RegexOptions.None, Pairguard.Rules.Matching.RuleRegex.ForTest("^(md5|sha1)$").Options & System.Text.RegularExpressions.RegexOptions.NonBacktracking);
        Assert.Equal(System.Text.RegularExpressions.Regex.InfiniteMatchTimeout, Pairguard.Rules.Matching.RuleRegex.ForTest("^(md5|sha1)$").MatchTimeout);
        Assert.Same(Pairguard.Rules.Matching.RuleRegex.Get(".*x"), Pairguard.Rules.Matching.RuleRegex.ForTest(".*x"));
        Assert.Same(Pairguard.Rules.Matching.RuleRegex.Get("(?=a)b"), Pairguard.Rules.Matching.RuleRegex.ForTest("(?=a)b"));
    }

    [Fact]
    public void Both_engines_agree_on_every_bounded_regex_of_the_built_in_rules()
    {
        // texts made of each regex's own words in several cases, with the characters around them that its classes and anchors test
        string[] around = ["", "x", "_", "-", ".", " ", "\n", "0", "A", "$", "\"", "'", "/", ":", "\u212A", "\u0131"];
        var random = new Random(20261206);
        var bounded = BuiltInRules.All.Rules.SelectMany(RulePatterns.Regexes).Select(r => r.Regex).Distinct(StringComparer.Ordinal)
            .Where(r => Pairguard.Rules.Matching.RuleRegex.BacktrackingIsLinear(r))
            .ToList();
        Assert.True(bounded.Count >= 10, $"{bounded.Count} bounded regexes");
        var compared = 0;
        foreach (var regex in bounded)
        {
            var words = Pairguard.Rules.Matching.RegexLiteral.AllAnchors(regex).SelectMany(a => a.Words)
                .SelectMany(w => new[] { w, w.ToUpperInvariant(), w.ToLowerInvariant() }).Concat(around).ToArray();
            foreach (var anchored in new[] { "\\A(?:" + regex + ")", regex })
            {
                var linear = new System.Text.RegularExpressions.Regex(anchored, System.Text.RegularExpressions.RegexOptions.NonBacktracking | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
                var tester = Pairguard.Rules.Matching.RuleRegex.ForTest(anchored);
                for (var i = 0; i < 150; i++)
                {
                    var text = string.Concat(Enumerable.Range(0, random.Next(0, 5)).Select(_ => words[random.Next(words.Length)]));
                    Assert.True(linear.IsMatch(text) == tester.IsMatch(text), $"{anchored} on {text}");
                    compared++;
                }
            }
        }

        Assert.True(compared > 1000);
    }
}

