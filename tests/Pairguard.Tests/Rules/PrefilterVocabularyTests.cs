using Pairguard.Rules;
using Pairguard.Scanning;
using Pairguard.Syntax;

namespace Pairguard.Tests.Rules;

/// <summary>The one pass over a file looks for every word the rules' patterns hold, not only those a match requires, and the findings stay those of the rule.</summary>
public class PrefilterVocabularyTests
{
    private const string Rules = """
        rules:
          - id: search.rule
            message: m
            severity: HIGH
            languages: [python]
            patterns:
              - pattern: run_query($X)
              - pattern-not: run_query(escape_value(...))
              - pattern-not-inside: |
                  with trusted_block():
                    ...
          - id: taint.rule
            message: m
            severity: HIGH
            languages: [python]
            mode: taint
            pattern-sources:
              - pattern: read_input()
            pattern-sinks:
              - pattern: run_shell(...)
            pattern-sanitizers:
              - pattern: quote_arg(...)
        """;

    [Fact]
    public void WordsOfNegationsContextsAndSanitizersAreSearchedToo()
    {
        var analyzer = new RuleAnalyzer(RuleLoader.Parse(Rules, "r.yaml").Rules, TreeSitterSyntaxProvider.Instance);
        foreach (var word in new[] { "run_query", "escape_value", "trusted_block", "read_input", "run_shell", "quote_arg" })
        {
            Assert.True(analyzer.Searches(Languages.Python, word), word);
        }

        Assert.False(analyzer.Searches(Languages.Python, "unrelated_name"));
        Assert.False(analyzer.Searches(Languages.JavaScript, "run_query"));
    }

    private const string LiteralRules = """
        rules:
          - id: literal.rule
            message: m
            severity: HIGH
            languages: [javascript]
            patterns:
              - pattern: $EVAL($CODE)
              - pattern-inside: |
                  $EVAL = require('notevil')
                  ...
              - pattern-not: $EVAL("=~/.*<script.*/")
              - metavariable-regex:
                  metavariable: $CODE
                  regex: ^(userCode|inputText)$
          - id: typed.rule
            message: m
            severity: HIGH
            languages: [java]
            patterns:
              - pattern: (HttpServletRequest $REQ).getParameter(...)
        """;

    [Fact]
    public void StringContentsTypesAndRegexWordsAreSearchedToo()
    {
        var analyzer = new RuleAnalyzer(RuleLoader.Parse(LiteralRules, "r.yaml").Rules, TreeSitterSyntaxProvider.Instance);
        foreach (var word in new[] { "notevil", "<script", "userCode", "inputText" })
        {
            Assert.True(analyzer.Searches(Languages.JavaScript, word), word);
        }

        Assert.True(analyzer.Searches(Languages.Java, "HttpServletRequest"));
        Assert.True(analyzer.Searches(Languages.Java, "getParameter"));
    }

    [Theory]
    [InlineData("require('notevil')", new[] { "notevil" })]
    [InlineData("f(\"a.b\", 'xy', `tpl`)", new[] { "a.b", "tpl" })]
    [InlineData("f(\"...\", \"$X\", \"a\\nb\", `x${y}z`)", new string[0])]
    [InlineData("f(\"=~/^abc[0-9]+def$/\")", new[] { "abc" })]
    [InlineData("f('unclosed", new[] { "unclosed" })]
    [InlineData("no_literal(x)", new string[0])]
    public void LiteralsAreTheContentsWrittenAsCodeHoldsThem(string pattern, string[] expected) =>
        Assert.Equal(expected, Prefilter.Literals(pattern));

    [Theory]
    [InlineData("require('notevil'); userCode(1)\n", 0)]
    [InlineData("const run = require('notevil');\nrun(userCode);\nrun(other);\n", 1)]
    [InlineData("const run = require('evil');\nrun(userCode);\n", 0)]
    [InlineData("const run = require('notevil');\nrun(\"<script>x\");\n", 0)]
    public void LiteralWordsChangeNoFinding(string code, int expected) =>
        AssertFindingsWithAndWithoutPrefilter(LiteralRules, SourceFile.FromText("t.js", code, Languages.JavaScript), expected);

    [Theory]
    [InlineData("run_query(x)\n", 1)]
    [InlineData("run_query(escape_value(x))\n", 0)]
    [InlineData("with trusted_block():\n    run_query(x)\n", 0)]
    [InlineData("v = read_input()\nrun_shell(v)\n", 1)]
    [InlineData("v = read_input()\nrun_shell(quote_arg(v))\n", 0)]
    public void WhatTheWordsTellChangesNoFinding(string code, int expected) =>
        AssertFindingsWithAndWithoutPrefilter(Rules, SourceFile.FromText("t.py", code, Languages.Python), expected);

    private static void AssertFindingsWithAndWithoutPrefilter(string rules, SourceFile file, int expected)
    {
        var analyzer = new RuleAnalyzer(RuleLoader.Parse(rules, "r.yaml").Rules, TreeSitterSyntaxProvider.Instance);
        Assert.Equal(expected, analyzer.Run(file, CancellationToken.None).Count);
        Assert.Equal(expected, analyzer.Run(file, CancellationToken.None, usePrefilter: false).Count);
    }
}
