namespace Pairguard.Scanning;

/// <summary>A decoded file ready for analysis: its path relative to the scan root, language and text.</summary>
public sealed class SourceFile
{
    private LineIndex? _lines;

    public SourceFile(string relativePath, string fullPath, string? language, string text, long sizeBytes, string encoding = "utf-8", bool hadInvalidBytes = false)
    {
        RelativePath = relativePath;
        FullPath = fullPath;
        Language = language;
        Text = text;
        SizeBytes = sizeBytes;
        Encoding = encoding;
        HadInvalidBytes = hadInvalidBytes;
    }

    /// <summary>Path relative to the scan root, with '/' separators.</summary>
    public string RelativePath { get; }

    /// <summary>Absolute path on disk (empty for in-memory sources such as stdin snippets).</summary>
    public string FullPath { get; }

    /// <summary>Language id from <see cref="Languages"/>, or null when unknown.</summary>
    public string? Language { get; }

    /// <summary>Decoded text of the file.</summary>
    public string Text { get; }

    public long SizeBytes { get; }

    /// <summary>Encoding the text was decoded from (utf-8, utf-8-bom, utf-16le, utf-16be).</summary>
    public string Encoding { get; }

    /// <summary>True when invalid byte sequences were replaced by U+FFFD while decoding.</summary>
    public bool HadInvalidBytes { get; }

    /// <summary>File name without directories.</summary>
    public string FileName => RelativePath[(RelativePath.LastIndexOf('/') + 1)..];

    /// <summary>Line/column index over <see cref="Text"/>, built on first use.</summary>
    public LineIndex Lines => _lines ??= new LineIndex(Text);

    /// <summary>Creates an in-memory source (for snippets and tests).</summary>
    public static SourceFile FromText(string relativePath, string text, string? language = null) =>
        new(relativePath, "", language ?? LanguageDetector.Detect(relativePath, text), text, System.Text.Encoding.UTF8.GetByteCount(text));

    /// <summary>The location spanning character offsets [start, end) of this file.</summary>
    public Location LocationOf(int start, int end)
    {
        var (sl, sc) = Lines.Position(start);
        var (el, ec) = Lines.Position(Math.Max(start, end));
        return new Location(RelativePath, sl, sc, el, ec);
    }
}
