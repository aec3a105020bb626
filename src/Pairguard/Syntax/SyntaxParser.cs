using System.Diagnostics;
using Pairguard.Scanning;
using Pairguard.Syntax.Native;

namespace Pairguard.Syntax;

/// <summary>Parses sources into <see cref="SyntaxTree"/>s with tree-sitter. Thread-safe: every thread uses its own native parser.</summary>
public static class SyntaxParser
{
    /// <summary>True when the native library is present and loads.</summary>
    public static bool IsAvailable => NativeLibraryResolver.IsAvailable;

    /// <summary>Why the native library cannot be loaded, or null.</summary>
    public static string? UnavailableReason => NativeLibraryResolver.LoadError;

    /// <summary>Parses a file with the grammar of its language (PHP fragments without <c>&lt;?php</c> get the <c>php_only</c> grammar).</summary>
    /// <param name="file">The source; its <see cref="SourceFile.Language"/> picks the grammar unless <paramref name="languageOrGrammar"/> is given.</param>
    /// <param name="languageOrGrammar">A language id or grammar name overriding the file's language.</param>
    /// <param name="options">Size cap and deadline (defaults: <see cref="ParseOptions.Default"/>).</param>
    /// <param name="cancellationToken">Cancels the parse (throws <see cref="OperationCanceledException"/>).</param>
    /// <returns>A result to dispose; it holds the tree when <see cref="ParseResult.Status"/> is <see cref="ParseStatus.Parsed"/>.</returns>
    public static ParseResult Parse(SourceFile file, string? languageOrGrammar = null, ParseOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        options ??= ParseOptions.Default;
        var language = languageOrGrammar ?? file.Language;
        var grammarName = GrammarRegistry.ChooseGrammar(language, file.Text, file.RelativePath);
        if (grammarName is null)
        {
            return new ParseResult(ParseStatus.UnsupportedLanguage, null, file.RelativePath, $"no grammar for language '{language ?? "unknown"}'", TimeSpan.Zero);
        }

        Grammar grammar;
        try
        {
            grammar = GrammarRegistry.GetGrammar(grammarName);
        }
        catch (SyntaxUnavailableException e)
        {
            return new ParseResult(ParseStatus.Unavailable, null, file.RelativePath, e.Message, TimeSpan.Zero);
        }

        return Parse(file, grammar, options, cancellationToken);
    }

    /// <summary>Parses text (a snippet) as the given language or grammar.</summary>
    public static ParseResult Parse(string text, string languageOrGrammar, ParseOptions? options = null, CancellationToken cancellationToken = default) =>
        Parse(SourceFile.FromText("<snippet>", text, GrammarRegistry.Find(languageOrGrammar)?.Language ?? languageOrGrammar), languageOrGrammar, options, cancellationToken);

    private static ParseResult Parse(SourceFile file, Grammar grammar, ParseOptions options, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (file.Text.Length > options.MaxBytes)
        {
            return TooLarge(file, file.Text.Length, options); // every char is at least one byte: no need to encode
        }

        var text = new Utf8TextMap(file.Text);
        if (text.Length > options.MaxBytes)
        {
            text.Release();
            return TooLarge(file, text.Length, options);
        }

        var started = Stopwatch.GetTimestamp();
        nint handle;
        bool cancelled;
        try
        {
            handle = NativeParser.Current.Parse(grammar, text.Bytes, text.Length, options.Timeout, cancellationToken, out cancelled);
        }
        finally
        {
            // the tree keeps offsets, not the text: the bytes can serve the next file
            text.ReleaseBytes();
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        if (handle == 0)
        {
            text.Release();
            if (cancelled)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            return new ParseResult(ParseStatus.TimedOut, null, file.RelativePath,
                $"parsing as {grammar.Name} took longer than {FormatTime(options.Timeout)}; the file was not analyzed", elapsed);
        }

        var tree = new SyntaxTree(handle, grammar, file, text);
        return new ParseResult(ParseStatus.Parsed, tree, file.RelativePath, $"parsed as {grammar.Name}", elapsed);
    }

    private static ParseResult TooLarge(SourceFile file, long size, ParseOptions options) =>
        new(ParseStatus.TooLarge, null, file.RelativePath,
            $"not parsed: {size:N0} bytes is over the parse size cap of {options.MaxBytes:N0} bytes", TimeSpan.Zero);

    private static string FormatTime(TimeSpan t) => t.TotalSeconds >= 1 ? $"{t.TotalSeconds:0.#} s" : $"{t.TotalMilliseconds:0} ms";
}
