using System.Collections.Concurrent;

namespace Pairguard.Rules.Matching;

/// <summary>Turns pattern text into a parsed <see cref="Pattern"/> for a language, caching results (thread-safe).</summary>
public sealed class PatternCompiler
{
    private static readonly HashSet<string> RootKinds = ["module", "program", "compilation_unit", "source_file", "translation_unit"];

    private readonly ISyntaxProvider _syntax;
    private readonly ConcurrentDictionary<(string Language, string Text), (Pattern? Pattern, string? Error)> _cache = new();

    /// <summary>The same answers keyed by the rule's pattern object and the language string themselves (see <see cref="Compile(PatternFormula, string, out string?)"/>).</summary>
    private readonly ConcurrentDictionary<IdentityKey, (Pattern? Pattern, string? Error)> _byFormula = new();

    public PatternCompiler(ISyntaxProvider syntax)
    {
        _syntax = syntax;
    }

    /// <summary>
    /// True (the default) to try a Java, C# or PHP pattern with its closing <c>;</c> first (see <see cref="EndsLastStatement"/>);
    /// false to try it as written first, for tests that compare the two.
    /// </summary>
    internal bool TryClosedFirst { get; init; } = true;

    /// <summary>The hash of this object's identity: what the quick rejections made from its patterns are kept under (<see cref="Rejection"/>).</summary>
    internal int Identity { get; } = IdentityNumbers.Next();

    /// <summary>The parsed pattern, or null with the reason it cannot be parsed in this language.</summary>
    public Pattern? Compile(string text, string language, out string? error)
    {
        // looked up first: the factory lambda (it captures this compiler) would be allocated on every call
        if (!_cache.TryGetValue((language, text), out var known))
        {
            known = _cache.GetOrAdd((language, text), key => Build(key.Text, key.Language));
        }

        var (pattern, err) = known;
        error = err;
        return pattern;
    }

    /// <summary>
    /// <see cref="Compile(string, string, out string?)"/> for a rule's pattern: the evaluation asks for the same pattern objects on
    /// every file, so they are looked up by identity first (no hash of the pattern's whole text per question).
    /// </summary>
    public Pattern? Compile(PatternFormula formula, string language, out string? error)
    {
        if (!_byFormula.TryGetValue(new IdentityKey(formula, language), out var known))
        {
            known.Pattern = Compile(formula.Code, language, out known.Error);
            _byFormula.TryAdd(new IdentityKey(formula, language), known);
        }

        error = known.Error;
        return known.Pattern;
    }

    private (Pattern?, string?) Build(string text, string language)
    {
        if (!_syntax.Supports(language))
        {
            return (null, $"no grammar for language '{language}'");
        }

        var rewritten = PatternText.Rewrite(text.Trim(), language);
        if (language == Scanning.Languages.Go && GoStatements(rewritten) is { } goNodes)
        {
            return (new Pattern(goNodes, text), null);
        }

        var attempts = new List<string> { rewritten };
        if (!rewritten.TrimEnd().EndsWith(';') && !rewritten.TrimEnd().EndsWith('}'))
        {
            attempts.Add(rewritten + ";");
        }

        if (language == Scanning.Languages.Ruby && PatternText.RubyHashEllipses(rewritten) is var splat && splat != rewritten)
        {
            attempts.Add(splat);
        }

        // Java and C#: an ellipsis among class members (`class $C { ... }`) only parses written as a member
        var members = language is Scanning.Languages.Java or Scanning.Languages.CSharp ? PatternText.Rewrite(text.Trim(), language, members: true) : rewritten;
        if (members != rewritten)
        {
            attempts.Add(members);
        }

        string? lastError = null;
        AstNode? best = null;
        var bestErrors = int.MaxValue;
        // Java, C# and PHP: the attempt with the closing `;` first (see EndsLastStatement); its parse is not made twice
        var closed = attempts.Count > 1 && attempts[1] == rewritten + ";" && language is Scanning.Languages.Java or Scanning.Languages.CSharp or Scanning.Languages.Php
            && TryClosedFirst ? attempts[1] : null;
        (AstNode? Root, int Errors, string? Error) closedParse = default;
        if (closed is not null)
        {
            closedParse.Root = _syntax.Parse(closed, language, out closedParse.Errors, out closedParse.Error);
            if (closedParse is { Root: { } root, Errors: 0 } && EndsLastStatement(root, closed))
            {
                (best, bestErrors) = (root, 0);
                attempts.Clear();
            }
        }

        foreach (var attempt in attempts)
        {
            var (root, errors, error) = ReferenceEquals(attempt, closed) ? closedParse : (_syntax.Parse(attempt, language, out var e, out var err), e, err);
            if (root is null)
            {
                lastError = error;
                continue;
            }

            if (errors < bestErrors)
            {
                best = root;
                bestErrors = errors;
            }

            if (errors == 0)
            {
                break;
            }
        }

        if (best is null)
        {
            return (null, lastError ?? "pattern could not be parsed");
        }

        if (bestErrors > 0 && language is Scanning.Languages.Php or Scanning.Languages.Java or Scanning.Languages.CSharp
            && (ClassMembers(rewritten.Trim(), language) ?? (members != rewritten ? ClassMembers(members.Trim(), language) : null)) is { } classMembers)
        {
            return (new Pattern(classMembers, text), null);
        }

        if (bestErrors > 0)
        {
            var expression = ParseAsExpression(rewritten.Trim(), language) ?? (members != rewritten ? ParseAsExpression(members.Trim(), language) : null);
            if (expression is null && language == Scanning.Languages.JavaScript && Build(text, Scanning.Languages.TypeScript) is ({ } typed, _))
            {
                // rules for both write TypeScript in JavaScript patterns (`($REQ: Request) => {...}`): the TypeScript parts match no JavaScript code
                return (typed, null);
            }

            return expression is null
                ? (null, $"pattern does not parse as {language} code: {text.Trim()}")
                : (new Pattern([StructuralMatcher.Unwrap(expression)], text), null);
        }

        var nodes = Top(best);
        if (language == Scanning.Languages.CSharp && nodes.Count == 1 && nodes[0].Kind == "local_function_statement" && ClassMember(rewritten.Trim(), language) is { Kind: "method_declaration" } csMember)
        {
            nodes = [csMember];
        }

        return nodes.Count == 0 ? (null, "empty pattern") : (new Pattern(nodes, text), null);
    }

    /// <summary>
    /// Java, C# and PHP end a statement with <c>;</c>, so a statement pattern written without it (<c>foo($X)</c>) parses only in the
    /// attempt that adds it, after a failed parse of the pattern as written, whose error recovery costs several clean parses. That
    /// attempt is made first, and its tree kept when it parsed without error and the <c>;</c> ends the pattern's last statement
    /// (true here): the pattern as written then lacked that statement's end, so it could not have parsed without error. When the
    /// <c>;</c> is a statement of its own (<c>class A {} ;</c>), the attempts are made in their order.
    /// </summary>
    private static bool EndsLastStatement(AstNode root, string closed)
    {
        // the `;` must be a token of a statement that starts before it: not a statement of its own (`label: ;`), and not part of a
        // longer token (text around PHP code, a C# `#region` name), where the pattern as written may parse without error too
        var end = closed.Length;
        var n = root;
        while (n.Children.Length > 0 && n.Children[^1].End == end)
        {
            n = n.Children[^1];
        }

        // the copy leaves the `;` token out (Grammar.SkippedTokens): the deepest node ending with it is then the statement itself,
        // with no child over the `;` (a tree that keeps the token has it as the statement's last child)
        var statement = n is { Kind: ";", IsNamed: false } token && token.Start == end - 1 ? token.Parent
            : closed[end - 1] == ';' && n.Children.Length > 0 && n.Children[^1].End < end ? n : null;
        return statement is not null && !RootKinds.Contains(statement.Kind) && statement.Kind is not ("empty_statement" or "ERROR")
            && statement.Start < end - 1;
    }

    /// <summary>Go's top level only holds declarations (a call there reads as a type conversion): parse statements inside a function body.</summary>
    private List<AstNode>? GoStatements(string pattern)
    {
        if (pattern.StartsWith("func ", StringComparison.Ordinal) || pattern.StartsWith("package ", StringComparison.Ordinal) || pattern.StartsWith("import ", StringComparison.Ordinal) || pattern.StartsWith("type ", StringComparison.Ordinal))
        {
            return null;
        }

        const string Prefix = "package pgwrap\nfunc pgwrapf_() {\n";
        var root = _syntax.Parse(Prefix + pattern + "\n}\n", Scanning.Languages.Go, out var errors, out _);
        if (root is null || errors > 0)
        {
            return null;
        }

        var block = root.DescendantsAndSelf().FirstOrDefault(n => n.Kind == "block");
        var list = block?.Significant.FirstOrDefault(n => n.Kind == "statement_list") ?? block;
        if (list is null)
        {
            return null;
        }

        var statements = list.Significant.Where(n => n.IsNamed && n.Kind != "{" && n.Kind != "}").ToList();
        return statements.Count switch
        {
            0 => null,
            1 => [StructuralMatcher.Unwrap(statements[0])],
            _ => statements,
        };
    }

    /// <summary>
    /// Parses a class member pattern inside a class, for grammars that read it otherwise at the top level: PHP methods and
    /// properties (`public function $F(...) { ... }`) do not parse alone, and a C# method reads as a local function.
    /// </summary>
    private AstNode? ClassMember(string member, string language) => ClassMembers(member, language) is [var one] ? one : null;

    /// <summary>The members (one, or a sequence of them) of a class body holding the text, or null when it does not parse there.</summary>
    private List<AstNode>? ClassMembers(string member, string language)
    {
        const string Prefix = "class PgWrap_ {\n";
        var root = _syntax.Parse(Prefix + member + "\n}\n", language, out var errors, out _);
        if (root is null || errors > 0)
        {
            return null;
        }

        var start = Prefix.Length;
        var end = start + member.Length;
        if (root.DescendantsAndSelf().FirstOrDefault(n => n.Start == start && n.End == end && n.IsNamed) is { } one)
        {
            return [one];
        }

        var body = root.DescendantsAndSelf().FirstOrDefault(n => n.Kind is "class_body" or "declaration_list" && n.Start < start);
        var kids = body?.Significant.Where(k => k.IsNamed && k.Start >= start && k.End <= end).ToList();
        return kids is { Count: > 1 } && kids[0].Start == start && kids[^1].End == end ? kids : null;
    }

    /// <summary>Parses an expression pattern inside a declaration of the language, for grammars whose top level refuses bare expressions.</summary>
    private AstNode? ParseAsExpression(string expression, string language)
    {
        var (prefix, suffix) = language switch
        {
            Scanning.Languages.CSharp => ("var pgwrap_ = ", ";"),
            Scanning.Languages.Java => ("Object pgwrap_ = ", ";"),
            Scanning.Languages.Go => ("var pgwrap_ = ", ""),
            Scanning.Languages.Php => ("$pgwrap_ = ", ";"),
            _ => ("pgwrap_ = ", ""),
        };
        var root = _syntax.Parse(prefix + expression + suffix, language, out var errors, out _);
        if (root is null || errors > 0)
        {
            return null;
        }

        var start = prefix.Length;
        var end = start + expression.Length;
        return root.DescendantsAndSelf().FirstOrDefault(n => n.Start == start && n.End == end && n.IsNamed);
    }

    private static List<AstNode> Top(AstNode root)
    {
        var n = root;
        if (RootKinds.Contains(n.Kind))
        {
            var kids = n.Significant.Where(k => k.IsNamed && k.Kind != "php_tag").ToList();
            if (kids.Count != 1)
            {
                return kids;
            }

            n = kids[0];
        }

        return [StructuralMatcher.Unwrap(n)];
    }
}
