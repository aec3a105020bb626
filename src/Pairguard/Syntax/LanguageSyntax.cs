namespace Pairguard.Syntax;

/// <summary>One parsable language: its Pairguard id, its tree-sitter grammar(s), file extensions and comment syntax.</summary>
/// <param name="Language">Language id from <see cref="Scanning.Languages"/>.</param>
/// <param name="Grammar">Name of the grammar for whole files (a line of native/grammars.txt).</param>
/// <param name="Symbol">The grammar's C entry point in the shared library.</param>
/// <param name="Extensions">File extensions (with the dot) parsed with this grammar.</param>
/// <param name="Comments">Comment syntax.</param>
/// <param name="SnippetGrammar">Grammar for fragments that lack the file's usual opening (PHP without <c>&lt;?php</c>), or null.</param>
/// <param name="SnippetSymbol">C entry point of <paramref name="SnippetGrammar"/>.</param>
public sealed record LanguageSyntax(
    string Language,
    string Grammar,
    string Symbol,
    IReadOnlyList<string> Extensions,
    CommentStyle Comments,
    string? SnippetGrammar = null,
    string? SnippetSymbol = null);
