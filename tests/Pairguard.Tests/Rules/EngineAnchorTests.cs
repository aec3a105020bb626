using Pairguard.Rules.Matching;
using Pairguard.Scanning;
using Pairguard.Syntax;

namespace Pairguard.Tests.Rules;

/// <summary>
/// Matching starts from a pattern's rarest anchor — a word, a node kind, the text of a string literal or the plain text a
/// <c>"=~/regex/"</c> literal needs — and skips patterns whose anchor a file lacks. These tests hold what must still be found (and
/// what must not) in every language.
/// </summary>
public class EngineAnchorTests
{
    public static TheoryData<string, string, int[]> StringCases => new()
    {
        { Languages.Python, "f(\"abc-def\")\nf('abc-def')\nf(\"abc-deg\")\n# abc-def\n", [1, 2] },
        { Languages.JavaScript, "f(\"abc-def\");\nf('abc-def');\nf(\"abc-deg\");\n// abc-def\n", [1, 2] },
        { Languages.TypeScript, "f(\"abc-def\");\nf('abc-def');\nf(\"abc-deg\");\n// abc-def\n", [1, 2] },
        { Languages.Java, "class A { void m() {\nf(\"abc-def\");\nf(\"abc-deg\");\n// abc-def\n} }\n", [2] },
        { Languages.CSharp, "class A { void M() {\nf(\"abc-def\");\nf(\"abc-deg\");\n// abc-def\n} }\n", [2] },
        { Languages.Go, "package main\nfunc main() {\n\tf(\"abc-def\")\n\tf(\"abc-deg\")\n\t// abc-def\n}\n", [3] },
        { Languages.Php, "<?php\nf(\"abc-def\");\nf('abc-def');\nf(\"abc-deg\");\n// abc-def\n", [2, 3] },
        { Languages.Ruby, "f(\"abc-def\")\nf('abc-def')\nf(\"abc-deg\")\n# abc-def\n", [1, 2] },
    };

    public static TheoryData<string, string, int[]> RegexCases => new()
    {
        { Languages.Python, "f(\"abc-1-xyz\")\nf(\"abd-1-xyz\")\n", [1] },
        { Languages.JavaScript, "f(\"abc-1-xyz\");\nf(\"abd-1-xyz\");\n", [1] },
        { Languages.TypeScript, "f(\"abc-1-xyz\");\nf(\"abd-1-xyz\");\n", [1] },
        { Languages.Java, "class A { void m() {\nf(\"abc-1-xyz\");\nf(\"abd-1-xyz\");\n} }\n", [2] },
        { Languages.CSharp, "class A { void M() {\nf(\"abc-1-xyz\");\nf(\"abd-1-xyz\");\n} }\n", [2] },
        { Languages.Go, "package main\nfunc main() {\n\tf(\"abc-1-xyz\")\n\tf(\"abd-1-xyz\")\n}\n", [3] },
        { Languages.Php, "<?php\nf(\"abc-1-xyz\");\nf(\"abd-1-xyz\");\n", [2] },
        { Languages.Ruby, "f(\"abc-1-xyz\")\nf(\"abd-1-xyz\")\n", [1] },
    };

    [Theory]
    [MemberData(nameof(StringCases))]
    public void A_string_literal_pattern_finds_the_literal_in_either_quote_style_and_nothing_else(string language, string code, int[] expected)
    {
        Assert.Equal(expected, EngineHarness.Lines(language, "pattern: $F(\"abc-def\")", code));

        // without the literal anywhere in the file (only a near miss), nothing
        Assert.Empty(EngineHarness.Lines(language, "pattern: $F(\"abc-def\")", code.Replace("abc-def", "abc-dex", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(RegexCases))]
    public void A_regex_string_pattern_finds_what_the_regex_matches(string language, string code, int[] expected)
    {
        Assert.Equal(expected, EngineHarness.Lines(language, "pattern: $F(\"=~/^abc-.*-xyz$/\")", code));
        Assert.Empty(EngineHarness.Lines(language, "pattern: $F(\"=~/^abc-.*-xyz$/\")", code.Replace("abc-", "abd-", StringComparison.Ordinal)));
    }

    /// <summary>The languages whose strings have holes (Java and Go have none; PHP's variables in strings are matched as nodes).</summary>
    public static TheoryData<string, string, string, int[]> InterpolatedCases => new()
    {
        { Languages.Python, "run(f\"select ...{$V}...\")", "run(f\"select a from {t}\")\nrun(f\"delete {t}\")\n", [1] },
        { Languages.JavaScript, "run(`select ...${$V}...`)", "run(`select a from ${t}`);\nrun(`delete ${t}`);\n", [1] },
        { Languages.TypeScript, "run(`select ...${$V}...`)", "run(`select a from ${t}`);\nrun(`delete ${t}`);\n", [1] },
        { Languages.CSharp, "Run($\"select ...{$V}...\")", "class A { void F() {\n Run($\"select a from {t}\");\n Run($\"delete {t}\");\n} }\n", [2] },
        { Languages.Ruby, "run(\"select ...#{$V}...\")", "run(\"select a from #{t}\")\nrun(\"delete #{t}\")\n", [1] },
    };

    [Theory]
    [MemberData(nameof(InterpolatedCases))]
    public void An_interpolated_string_pattern_needs_its_text_pieces_in_the_file(string language, string pattern, string code, int[] expected)
    {
        var compiled = new PatternCompiler(TreeSitterSyntaxProvider.Instance).Compile(pattern, language, out var error);
        Assert.True(compiled is not null, error);
        Assert.Contains("select ", StructuralMatcher.StringTexts(compiled));

        Assert.Equal(expected, EngineHarness.Lines(language, "pattern: " + pattern, code));
        Assert.Empty(EngineHarness.Lines(language, "pattern: " + pattern, code.Replace("select", "selext", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(Languages.Python, "run(f\"$HTML{$V}...\")")]
    [InlineData(Languages.JavaScript, "run(`$HTML${$V}...`)")]
    [InlineData(Languages.Ruby, "run(\"...#{$V}$HTML\")")]
    public void A_text_piece_with_a_metavariable_is_not_required(string language, string pattern)
    {
        var compiled = new PatternCompiler(TreeSitterSyntaxProvider.Instance).Compile(pattern, language, out var error);
        Assert.True(compiled is not null, error);
        Assert.DoesNotContain(StructuralMatcher.StringTexts(compiled), t => t.Contains("HTML", StringComparison.Ordinal));
    }

    [Fact]
    public void A_python_literal_split_by_implicit_concatenation_is_still_found()
    {
        // the joined content is not in the file's text: the literal's text cannot be required of it
        var code = "f(\"abc-\" \"def\")\nf(\"abc-deg\")\n";
        Assert.Equal([1], EngineHarness.Lines(Languages.Python, "pattern: $F(\"abc-def\")", code));
    }

    [Fact]
    public void A_metavariable_term_is_matched_only_inside_an_either_of_contexts()
    {
        var body = """
            patterns:
              - pattern: $EVENT
              - pattern-either:
                  - pattern-inside: |
                      exports.handler = function ($EVENT, ...) {
                        ...
                      }
                  - pattern-inside: |
                      exports.main = function ($EVENT, ...) {
                        ...
                      }
            """;
        var code = "exports.handler = function (event, context) {\n  run(event.body);\n  other(x);\n};\nfunction notHandler(event) { run(event); }\n";
        Assert.Equal([1, 2], EngineHarness.Lines(Languages.JavaScript, body, code));
        Assert.Empty(EngineHarness.Lines(Languages.JavaScript, body, "function notHandler(event) { run(event); }\n"));
    }

    [Fact]
    public void A_term_with_an_empty_context_matches_nothing_and_one_with_its_context_still_matches()
    {
        var body = """
            patterns:
              - pattern-either:
                  - pattern-inside: |
                      $EVAL = require('notevil')
                      ...
                  - pattern-inside: |
                      import $EVAL from 'notevil'
                      ...
              - pattern-either:
                  - pattern: $EVAL(...)
            """;
        Assert.Equal([2], EngineHarness.Lines(Languages.JavaScript, body, "const safeEval = require('notevil')\nsafeEval(input)\nother(input)\n"));
        Assert.Equal([2], EngineHarness.Lines(Languages.JavaScript, body, "import safeEval from 'notevil'\nsafeEval(input)\nother(input)\n"));
        Assert.Empty(EngineHarness.Lines(Languages.JavaScript, body, "const safeEval = require('evil')\nsafeEval(input)\n"));
    }

    [Fact]
    public void A_statement_sequence_is_found_from_its_rarest_node_kind()
    {
        var body = """
            patterns:
              - pattern-inside: |
                  $T $V = new Random();
                  ...
              - pattern: $V.nextInt(...)
            """;
        var code = "class A {\n  int a() {\n    Random r = new Random();\n    return r.nextInt(10);\n  }\n  int b(Random r) {\n    return r.nextInt(10);\n  }\n}\n";
        Assert.Equal([4], EngineHarness.Lines(Languages.Java, body, code));
    }

    /// <summary>Twenty member calls of other names (enough for the alternation's words to be the rarest anchor), then two that match and one that does not.</summary>
    private static string Calls(string call, string end) =>
        string.Concat(Enumerable.Range(0, 20).Select(i => string.Format(System.Globalization.CultureInfo.InvariantCulture, call, "other" + i) + end))
        + string.Format(System.Globalization.CultureInfo.InvariantCulture, call, "Query") + end
        + string.Format(System.Globalization.CultureInfo.InvariantCulture, call, "Exec") + end
        + string.Format(System.Globalization.CultureInfo.InvariantCulture, call, "Queries") + end;

    public static TheoryData<string, string, string, int[]> AlternationCases => new()
    {
        { Languages.Python, "$DB.$M($Q)", Calls("db.{0}(q)", "\n"), [21, 22] },
        { Languages.JavaScript, "$DB.$M($Q)", Calls("db.{0}(q)", ";\n"), [21, 22] },
        { Languages.TypeScript, "$DB.$M($Q)", Calls("db.{0}(q)", ";\n"), [21, 22] },
        { Languages.Java, "$DB.$M($Q)", "class A { void m() {\n" + Calls("db.{0}(q)", ";\n") + "} }\n", [22, 23] },
        { Languages.CSharp, "$DB.$M($Q)", "class A { void M() {\n" + Calls("db.{0}(q)", ";\n") + "} }\n", [22, 23] },
        { Languages.Go, "$DB.$M($Q)", "package main\nfunc main() {\n" + Calls("db.{0}(q)", "\n") + "}\n", [23, 24] },
        { Languages.Php, "$DB->$M($Q)", "<?php\n" + Calls("$db->{0}($q)", ";\n"), [22, 23] },
        { Languages.Ruby, "$DB.$M($Q)", Calls("db.{0}(q)", "\n"), [21, 22] },
    };

    [Theory]
    [MemberData(nameof(AlternationCases))]
    public void A_metavariable_regex_alternation_finds_each_alternative_and_nothing_else(string language, string pattern, string code, int[] expected)
    {
        var body = $"""
            patterns:
              - pattern: {pattern}
              - metavariable-regex:
                  metavariable: $M
                  regex: ^(Query|Exec)$
            """;
        Assert.Equal(expected, EngineHarness.Lines(language, body, code));

        // the same words outside the constrained position do not make a match
        var renamed = code.Replace("Query(", "Run(", StringComparison.Ordinal).Replace("Exec(", "Run(", StringComparison.Ordinal) + (language == Languages.Php ? "$Query = $Exec;\n" : "");
        Assert.Empty(EngineHarness.Lines(language, body, renamed));
    }

    [Fact]
    public void A_taint_rule_without_its_sources_in_the_file_finds_nothing_and_with_them_finds_the_flow()
    {
        var body = """
            mode: taint
            pattern-sources:
              - pattern: $_GET
            pattern-sinks:
              - patterns:
                  - pattern-inside: new $SINK(...)
                  - pattern: $SINK
            """;
        Assert.Equal([3], EngineHarness.Lines(Languages.Php, body, "<?php\n$cls = $_GET['c'];\n$o = new $cls();\n$p = new Other();\n"));
        Assert.Empty(EngineHarness.Lines(Languages.Php, body, "<?php\n$cls = $_POST['c'];\n$o = new $cls();\n"));
    }

    [Fact]
    public void A_metavariable_pattern_whose_words_the_file_lacks_matches_nothing()
    {
        var body = """
            patterns:
              - pattern: $F(...)
              - metavariable-pattern:
                  metavariable: $F
                  pattern-either:
                    - pattern: curl_init
                    - pattern: fopen
            """;
        Assert.Equal([2], EngineHarness.Lines(Languages.Php, body, "<?php\nfopen($x);\nfclose($x);\n"));
        Assert.Empty(EngineHarness.Lines(Languages.Php, body, "<?php\nfclose($x);\nfread($x);\n"));
    }

    public static TheoryData<string, string, string, int[]> TokenCases => new()
    {
        // the word also occurs inside longer words on every other line; the matches are at the first and the last character of the file
        { Languages.Python, "audit($X)", "audit(a)\n" + Near("x = preaudit(b) + audit_log(c)\n") + "audit(d)", [1, 22] },
        { Languages.JavaScript, "audit($X)", "audit(a)\n" + Near("x = preaudit(b) + audit_log(c);\n") + "audit(d)", [1, 22] },
        { Languages.TypeScript, "audit($X)", "audit(a)\n" + Near("x = preaudit(b) + audit_log(c);\n") + "audit(d)", [1, 22] },
        { Languages.Ruby, "audit($X)", "audit(a)\n" + Near("x = preaudit(b) + audit_log(c)\n") + "audit(d)", [1, 22] },
        { Languages.Java, "audit($X)", "class A{void m(){audit(a);\n" + Near("x = preaudit(b) + audit_log(c);\n") + "audit(d);}}", [1, 22] },
        { Languages.CSharp, "audit($X)", "class A{void M(){audit(a);\n" + Near("x = preaudit(b) + audit_log(c);\n") + "audit(d);}}", [1, 22] },
        { Languages.Go, "audit($X)", "package main\nfunc main(){audit(a)\n" + Near("x = preaudit(b) + audit_log(c)\n") + "audit(d)}", [2, 23] },
        { Languages.Php, "audit($X)", "<?php audit($a);\n" + Near("$x = preaudit($b) + audit_log($c);\n") + "audit($_GET);", [1, 22] },
    };

    private static string Near(string line) => string.Concat(Enumerable.Repeat(line, 20));

    [Theory]
    [MemberData(nameof(TokenCases))]
    public void A_word_of_the_pattern_is_found_as_a_whole_token_and_not_inside_longer_words(string language, string pattern, string code, int[] expected)
    {
        Assert.Equal(expected, EngineHarness.Lines(language, $"pattern: {pattern}", code));
        Assert.Empty(EngineHarness.Lines(language, $"pattern: {pattern}", code.Replace("audit(a)", "audits(a)", StringComparison.Ordinal).Replace("audit(d)", "audit2(d)", StringComparison.Ordinal).Replace("audit($a)", "audits($a)", StringComparison.Ordinal).Replace("audit($_GET)", "audit2($_GET)", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_php_superglobal_is_found_next_to_its_sigil()
    {
        var code = "<?php\n$a = $_GET['x'];\n$b = $_GETTER;\n$c = $MY_GET;\n";
        Assert.Equal([2], EngineHarness.Lines(Languages.Php, "pattern: $_GET", code));
    }

    public static TheoryData<string, string, string, string, int[]> TypedCases => new()
    {
        // the type's name stands elsewhere in the file (a declaration); without it as a whole word, nothing can match
        {
            Languages.Java, "(ProcessBuilder $PB).start()",
            "class A { void f() {\n ProcessBuilder pb = make();\n pb.start();\n other.start();\n} }\n",
            "class A { void f() {\n ProcessBuilderFactory pb = make();\n pb.start();\n} }\n", [3]
        },
        {
            Languages.CSharp, "(SqlCommand $C).ExecuteReader()",
            "class A { void F() {\n SqlCommand c = Make();\n c.ExecuteReader();\n d.ExecuteReader();\n} }\n",
            "class A { void F() {\n SqlCommandBuilder c = Make();\n c.ExecuteReader();\n} }\n", [3]
        },
        {
            Languages.Go, "($R : *http.Request).URL",
            "package p\nfunc h(r *http.Request, o *Other) {\n\tu := r.URL\n\tv := o.URL\n}\n",
            "package p\nfunc h(r *http.RequestInfo) {\n\tu := r.URL\n}\n", [3]
        },
    };

    [Theory]
    [MemberData(nameof(TypedCases))]
    public void A_typed_metavariable_needs_its_type_named_in_the_file(string language, string pattern, string code, string without, int[] expected)
    {
        Assert.Equal(expected, EngineHarness.Lines(language, $"pattern: '{pattern}'", code));
        Assert.Empty(EngineHarness.Lines(language, $"pattern: '{pattern}'", without));
    }

    [Fact]
    public void A_string_typed_metavariable_matches_a_literal_in_a_file_that_never_names_the_type()
    {
        var code = "class A { void f(Object s) {\n if (s == \"a\") { }\n} }\n";
        Assert.Equal([2], EngineHarness.Lines(Languages.Java, "pattern: $X == (String $Y)", code));
    }

    public static TheoryData<string, string, int[]> MetavariableTermCases => new()
    {
        { Languages.Python, "x = 1\naudit(a)\ny = audit(b) + 2\n", [2, 3] },
        { Languages.JavaScript, "let x = 1;\naudit(a);\nlet y = audit(b) + 2;\n", [2, 3] },
        { Languages.TypeScript, "let x = 1;\naudit(a);\nlet y = audit(b) + 2;\n", [2, 3] },
        { Languages.Java, "class A { void m() {\naudit(a);\nint y = audit(b) + 2;\n} }\n", [2, 3] },
        { Languages.CSharp, "class A { void M() {\naudit(a);\nvar y = audit(b) + 2;\n} }\n", [2, 3] },
        { Languages.Go, "package main\nfunc main() {\naudit(a)\ny := audit(b) + 2\n}\n", [3, 4] },
        { Languages.Php, "<?php\n$x = 1;\naudit($a);\n$y = audit($b) + 2;\n", [3, 4] },
        { Languages.Ruby, "x = 1\naudit(a)\ny = audit(b) + 2\n", [2, 3] },
    };

    [Theory]
    [MemberData(nameof(MetavariableTermCases))]
    public void A_metavariable_term_after_another_binds_the_same_range_and_nothing_else(string language, string code, int[] expected)
    {
        var same = """
            patterns:
              - pattern: audit($A)
              - pattern: $X
            """;
        Assert.Equal(expected, EngineHarness.Lines(language, same, code));
        var dollar = language == Languages.Php ? "$" : "";
        Assert.Equal([$"found audit({dollar}a)", $"found audit({dollar}b)"], EngineHarness.Findings(language, same, code).Select(f => f.Message).Distinct().Order());

        // the term must cover the same range as the first: the argument alone never does
        var argument = """
            patterns:
              - pattern: audit($A)
              - pattern: $A
            """;
        Assert.Empty(EngineHarness.Lines(language, argument, code));
    }

    public static TheoryData<string, string, int[]> FoldedCases => new()
    {
        { Languages.Python, Calls("h.{0}(pw)", "\n").Replace("h.Query", "h.MD5", StringComparison.Ordinal).Replace("h.Exec", "h.Sha1", StringComparison.Ordinal), [21, 22] },
        { Languages.JavaScript, Calls("h.{0}(pw)", ";\n").Replace("h.Query", "h.MD5", StringComparison.Ordinal).Replace("h.Exec", "h.Sha1", StringComparison.Ordinal), [21, 22] },
        { Languages.TypeScript, Calls("h.{0}(pw)", ";\n").Replace("h.Query", "h.MD5", StringComparison.Ordinal).Replace("h.Exec", "h.Sha1", StringComparison.Ordinal), [21, 22] },
        { Languages.Java, "class A { void m() {\n" + Calls("h.{0}(pw)", ";\n").Replace("h.Query", "h.MD5", StringComparison.Ordinal).Replace("h.Exec", "h.Sha1", StringComparison.Ordinal) + "} }\n", [22, 23] },
        { Languages.CSharp, "class A { void M() {\n" + Calls("h.{0}(pw)", ";\n").Replace("h.Query", "h.MD5", StringComparison.Ordinal).Replace("h.Exec", "h.Sha1", StringComparison.Ordinal) + "} }\n", [22, 23] },
        { Languages.Go, "package main\nfunc main() {\n" + Calls("h.{0}(pw)", "\n").Replace("h.Query", "h.MD5", StringComparison.Ordinal).Replace("h.Exec", "h.Sha1", StringComparison.Ordinal) + "}\n", [23, 24] },
        { Languages.Php, "<?php\n" + Calls("$h->{0}($pw)", ";\n").Replace("h->Query", "h->MD5", StringComparison.Ordinal).Replace("h->Exec", "h->Sha1", StringComparison.Ordinal), [22, 23] },
        { Languages.Ruby, Calls("h.{0}(pw)", "\n").Replace("h.Query", "h.MD5", StringComparison.Ordinal).Replace("h.Exec", "h.Sha1", StringComparison.Ordinal), [21, 22] },
    };

    [Theory]
    [MemberData(nameof(FoldedCases))]
    public void A_case_insensitive_alternation_finds_each_alternative_in_any_case(string language, string code, int[] expected)
    {
        var pattern = language == Languages.Php ? "$H->$M($X)" : "$H.$M($X)";
        var body = $"""
            patterns:
              - pattern: {pattern}
              - metavariable-regex:
                  metavariable: $M
                  regex: (?i)^(md5|sha1)$
            """;
        Assert.Equal(expected, EngineHarness.Lines(language, body, code));
        Assert.Empty(EngineHarness.Lines(language, body, code.Replace("MD5(", "Md6(", StringComparison.Ordinal).Replace("Sha1(", "Sha2(", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_case_insensitive_regex_still_matches_where_dotnet_folds_a_sign_onto_a_letter()
    {
        // the Kelvin sign folds onto k in .NET's case-insensitive regexes, but not in a case-insensitive text search
        var body = """
            patterns:
              - pattern: $F($X)
              - metavariable-regex:
                  metavariable: $F
                  regex: (?i)^(key)$
            """;
        var code = "\u212Aey(a);\nother(b);\n";
        Assert.Matches(new System.Text.RegularExpressions.Regex("(?i)^(key)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant), "\u212Aey");
        Assert.Equal([1], EngineHarness.Lines(Languages.JavaScript, body, code));
        Assert.Equal([1], EngineHarness.Lines(Languages.JavaScript, body, "KEY(a);\nother(b);\n"));
    }

    public static TheoryData<string, string, string, int[]> SequenceCases => new()
    {
        { Languages.Python, "$X = $Y\n$X = $Z", "a = 1\nb = 2\na = 3\nprint(a)\nc = 1\nc = 2\n", [5] },
        { Languages.JavaScript, "$X = $Y;\n$X = $Z;", "a = 1;\nb = 2;\na = 3;\nf(a);\nc = 1;\nc = 2;\n", [5] },
        { Languages.TypeScript, "$X = $Y;\n$X = $Z;", "a = 1;\nb = 2;\na = 3;\nf(a);\nc = 1;\nc = 2;\n", [5] },
        { Languages.Java, "$X = $Y;\n$X = $Z;", "class A { void m() {\na = 1;\nb = 2;\na = 3;\nf(a);\nc = 1;\nc = 2;\n} }\n", [6] },
        { Languages.CSharp, "$X = $Y;\n$X = $Z;", "class A { void M() {\na = 1;\nb = 2;\na = 3;\nF(a);\nc = 1;\nc = 2;\n} }\n", [6] },
        { Languages.Go, "$X = $Y\n$X = $Z", "package main\nfunc main() {\na = 1\nb = 2\na = 3\nf(a)\nc = 1\nc = 2\n}\n", [7] },
        { Languages.Php, "$X = $Y;\n$X = $Z;", "<?php\n$a = 1;\n$b = 2;\n$a = 3;\nf($a);\n$c = 1;\n$c = 2;\n", [6] },
        { Languages.Ruby, "$X = $Y\n$X = $Z", "a = 1\nb = 2\na = 3\nputs(a)\nc = 1\nc = 2\n", [5] },
    };

    [Theory]
    [MemberData(nameof(SequenceCases))]
    public void A_sequence_without_ellipses_matches_consecutive_statements_only(string language, string pattern, string code, int[] expected)
    {
        var body = "pattern: |\n  " + pattern.Replace("\n", "\n  ", StringComparison.Ordinal);
        Assert.Equal(expected, EngineHarness.Lines(language, body, code));
    }

    [Theory]
    [InlineData(Languages.Python, "$X = $Y\nreturn $X", "def f():\n    g()\n    a = 1\n    return a\n", 3)]
    [InlineData(Languages.JavaScript, "$X = $Y;\nreturn $X;", "function f() {\n  g();\n  a = 1;\n  return a;\n}\n", 3)]
    [InlineData(Languages.Java, "$X = $Y;\nreturn $X;", "class A { int f() {\n  g();\n  a = 1;\n  return a;\n} }\n", 3)]
    public void A_sequence_of_different_statement_kinds_is_checked_statement_by_statement(string language, string pattern, string code, int expected)
    {
        var body = "pattern: |\n  " + pattern.Replace("\n", "\n  ", StringComparison.Ordinal);
        Assert.Equal([expected], EngineHarness.Lines(language, body, code));
        Assert.Empty(EngineHarness.Lines(language, body, code.Replace("return a", "g(a)", StringComparison.Ordinal)));
    }
}
