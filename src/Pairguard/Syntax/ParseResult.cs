using Pairguard.Scanning;

namespace Pairguard.Syntax;

/// <summary>The outcome of a parse: a tree, or the reason there is none. Disposing it disposes the tree.</summary>
public sealed class ParseResult : IDisposable
{
    internal ParseResult(ParseStatus status, SyntaxTree? tree, string path, string message, TimeSpan elapsed)
    {
        Status = status;
        Tree = tree;
        Path = path;
        Message = message;
        Elapsed = elapsed;
    }

    public ParseStatus Status { get; }

    /// <summary>The tree when <see cref="Status"/> is <see cref="ParseStatus.Parsed"/>, otherwise null.</summary>
    public SyntaxTree? Tree { get; }

    /// <summary>Path of the parsed source (as in its <see cref="SourceFile.RelativePath"/>).</summary>
    public string Path { get; }

    /// <summary>A sentence saying what happened, for a diagnostic.</summary>
    public string Message { get; }

    /// <summary>Wall-clock time the parse took (0 when it did not run).</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>The diagnostic a scan should record for this result, or null when there is nothing to say: a timeout, a size cap hit, a
    /// missing grammar or library, or (with <paramref name="includeSyntaxErrors"/>) a tree with ERROR/MISSING nodes.</summary>
    public Diagnostic? ToDiagnostic(string? analyzer = null, bool includeSyntaxErrors = false) => Status switch
    {
        ParseStatus.Parsed when includeSyntaxErrors && Tree is { ErrorCount: > 0 } tree =>
            new Diagnostic(DiagnosticKind.Warning, Path, $"{tree.ErrorCount} syntax error(s) in the {tree.Grammar.Name} parse; analysis may be incomplete", analyzer),
        ParseStatus.Parsed => null,
        ParseStatus.TimedOut => new Diagnostic(DiagnosticKind.Timeout, Path, Message, analyzer),
        ParseStatus.TooLarge or ParseStatus.UnsupportedLanguage => new Diagnostic(DiagnosticKind.Skipped, Path, Message, analyzer),
        _ => new Diagnostic(DiagnosticKind.AnalyzerError, Path, Message, analyzer),
    };

    /// <summary>Frees the tree, if any.</summary>
    public void Dispose() => Tree?.Dispose();
}
