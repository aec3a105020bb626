namespace Pairguard.Syntax.Adapters;

/// <summary>The language adapters, one per code language (built once from <see cref="AdapterTables"/>).</summary>
public static class LanguageAdapters
{
    private static readonly Dictionary<string, ILanguageAdapter> ByLanguage =
        AdapterTables.All.ToDictionary(t => t.Language, t => (ILanguageAdapter)new LanguageAdapter(t), StringComparer.OrdinalIgnoreCase);

    /// <summary>Every adapter.</summary>
    public static IReadOnlyCollection<ILanguageAdapter> All => ByLanguage.Values;

    /// <summary>The adapter of a language id or grammar name (<c>php_only</c> and <c>c_sharp</c> included), or null.</summary>
    public static ILanguageAdapter? For(string? languageOrGrammar)
    {
        var language = GrammarRegistry.Find(languageOrGrammar)?.Language ?? languageOrGrammar;
        return language is not null && ByLanguage.TryGetValue(language, out var adapter) ? adapter : null;
    }

    /// <summary>The adapter for a tree's language, or null.</summary>
    public static ILanguageAdapter? For(SyntaxTree tree) => For(tree.Language);
}
