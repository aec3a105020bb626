using System.Collections.Concurrent;
using Pairguard.Scanning;

namespace Pairguard.Syntax;

/// <summary>The languages Pairguard parses: language id → grammar, extensions and comment syntax. The one place to add a language
/// (together with a line in native/grammars.txt and, for code languages, an adapter table).</summary>
public static class GrammarRegistry
{
    private static readonly ConcurrentDictionary<string, Lazy<Grammar>> Loaded = new(StringComparer.Ordinal);

    /// <summary>Every parsable language.</summary>
    public static IReadOnlyList<LanguageSyntax> All { get; } =
    [
        new(Languages.Python, "python", "tree_sitter_python", [".py", ".pyw", ".pyi"], CommentStyle.Hash),
        new(Languages.JavaScript, "javascript", "tree_sitter_javascript", [".js", ".mjs", ".cjs", ".jsx"], CommentStyle.CLike),
        new(Languages.TypeScript, "typescript", "tree_sitter_typescript", [".ts", ".mts", ".cts"], CommentStyle.CLike),
        new(Languages.Tsx, "tsx", "tree_sitter_tsx", [".tsx"], CommentStyle.CLike),
        new(Languages.Java, "java", "tree_sitter_java", [".java"], CommentStyle.CLike),
        new(Languages.CSharp, "c_sharp", "tree_sitter_c_sharp", [".cs", ".csx"], CommentStyle.CLike),
        new(Languages.Go, "go", "tree_sitter_go", [".go"], CommentStyle.CLike),
        new(Languages.Php, "php", "tree_sitter_php", [".php", ".phtml", ".php5", ".php7"], new CommentStyle(["//", "#"], "/*", "*/"),
            SnippetGrammar: "php_only", SnippetSymbol: "tree_sitter_php_only"),
        new(Languages.Ruby, "ruby", "tree_sitter_ruby", [".rb", ".rake", ".gemspec", ".ru"], new CommentStyle(["#"], "=begin", "=end")),
        new(Languages.Bash, "bash", "tree_sitter_bash", [".sh", ".bash", ".zsh", ".ksh"], CommentStyle.Hash),
        new(Languages.Json, "json", "tree_sitter_json", [".json", ".jsonc"], CommentStyle.None),
        new(Languages.Yaml, "yaml", "tree_sitter_yaml", [".yml", ".yaml"], CommentStyle.Hash),
    ];

    /// <summary>The entry for a language id (<c>csharp</c>) or a grammar name (<c>c_sharp</c>, <c>php_only</c>); null when not parsable.</summary>
    public static LanguageSyntax? Find(string? languageOrGrammar)
    {
        if (string.IsNullOrEmpty(languageOrGrammar))
        {
            return null;
        }

        foreach (var entry in All)
        {
            if (string.Equals(entry.Language, languageOrGrammar, StringComparison.OrdinalIgnoreCase)
                || string.Equals(entry.Grammar, languageOrGrammar, StringComparison.OrdinalIgnoreCase)
                || string.Equals(entry.SnippetGrammar, languageOrGrammar, StringComparison.OrdinalIgnoreCase))
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>The entry for a file path, by extension; null when not parsable.</summary>
    public static LanguageSyntax? ForPath(string path)
    {
        var ext = Path.GetExtension(path);
        return ext.Length == 0 ? null : All.FirstOrDefault(e => e.Extensions.Contains(ext, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>True when the language (or grammar name) can be parsed.</summary>
    public static bool IsSupported(string? languageOrGrammar) => Find(languageOrGrammar) is not null;

    /// <summary>The grammar name to parse <paramref name="text"/> with: a grammar name is used as given; for PHP, text without any
    /// <c>&lt;?</c> opening tag (a snippet) gets <c>php_only</c>, since the full grammar would read it all as inline HTML.</summary>
    public static string? ChooseGrammar(string? languageOrGrammar, string text)
    {
        var entry = Find(languageOrGrammar);
        if (entry is null)
        {
            return null;
        }

        if (string.Equals(languageOrGrammar, entry.Grammar, StringComparison.OrdinalIgnoreCase) && !string.Equals(entry.Grammar, entry.Language, StringComparison.Ordinal))
        {
            return entry.Grammar;
        }

        if (entry.SnippetGrammar is not null)
        {
            if (string.Equals(languageOrGrammar, entry.SnippetGrammar, StringComparison.OrdinalIgnoreCase))
            {
                return entry.SnippetGrammar;
            }

            if (entry.Language == Languages.Php && !text.Contains("<?", StringComparison.Ordinal))
            {
                return entry.SnippetGrammar;
            }
        }

        return entry.Grammar;
    }

    /// <summary>The loaded grammar of that name (loaded once, then shared by every thread).</summary>
    /// <exception cref="ArgumentException">The name is not a known grammar.</exception>
    /// <exception cref="SyntaxUnavailableException">The native library or the grammar cannot be loaded.</exception>
    public static Grammar GetGrammar(string grammarName)
    {
        var (language, symbol) = Lookup(grammarName) ?? throw new ArgumentException($"unknown grammar '{grammarName}'", nameof(grammarName));
        var name = grammarName.ToLowerInvariant();
        var lazy = Loaded.GetOrAdd(name, n => new Lazy<Grammar>(() => Grammar.Load(n, language, symbol), LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            return lazy.Value;
        }
        catch (SyntaxUnavailableException)
        {
            Loaded.TryRemove(name, out _);
            throw;
        }
    }

    private static (string Language, string Symbol)? Lookup(string grammarName)
    {
        foreach (var entry in All)
        {
            if (string.Equals(entry.Grammar, grammarName, StringComparison.OrdinalIgnoreCase))
            {
                return (entry.Language, entry.Symbol);
            }

            if (entry.SnippetGrammar is not null && string.Equals(entry.SnippetGrammar, grammarName, StringComparison.OrdinalIgnoreCase))
            {
                return (entry.Language, entry.SnippetSymbol!);
            }
        }

        return null;
    }
}
