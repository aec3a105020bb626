using System.Text;

namespace Pairguard.Scanning;

/// <summary>Reads a discovered file safely: size and binary guards, BOM-aware decoding, invalid UTF-8 survived.</summary>
public static class FileLoader
{
    private const int SniffBytes = 8000;

    /// <summary>Loads the file, or returns null and adds a diagnostic saying why it was skipped or unreadable.</summary>
    public static SourceFile? Load(WorkspaceFile file, long maxFileSize, ICollection<Diagnostic> diagnostics)
    {
        byte[] bytes;
        if (file.Content is { } content)
        {
            bytes = content;
        }
        else
        {
            try
            {
                var info = new FileInfo(file.FullPath);
                if (info.Length > maxFileSize)
                {
                    diagnostics.Add(new Diagnostic(DiagnosticKind.Skipped, file.RelativePath, $"file is larger than the size limit ({info.Length:N0} > {maxFileSize:N0} bytes)"));
                    return null;
                }

                bytes = File.ReadAllBytes(file.FullPath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                diagnostics.Add(new Diagnostic(DiagnosticKind.ReadError, file.RelativePath, "cannot read file: " + e.Message));
                return null;
            }
        }

        if (bytes.Length > maxFileSize)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Skipped, file.RelativePath, $"file is larger than the size limit ({bytes.Length:N0} > {maxFileSize:N0} bytes)"));
            return null;
        }

        var (text, encoding, invalid, binary) = Decode(bytes);
        if (binary)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.Skipped, file.RelativePath, "binary file (NUL byte found)"));
            return null;
        }

        var head = text.Length > 256 ? text[..256] : text;
        return new SourceFile(file.RelativePath, file.FullPath, LanguageDetector.Detect(file.RelativePath, head), text, bytes.Length, encoding, invalid);
    }

    /// <summary>Decodes bytes by BOM (UTF-8, UTF-16 LE/BE) else as UTF-8 with replacement; flags binary content.</summary>
    public static (string Text, string Encoding, bool HadInvalidBytes, bool IsBinary) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return Utf8(bytes[3..], "utf-8-bom");
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return (new UnicodeEncoding(false, false, false).GetString(bytes[2..]), "utf-16le", false, false);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return (new UnicodeEncoding(true, false, false).GetString(bytes[2..]), "utf-16be", false, false);
        }

        if (bytes[..Math.Min(bytes.Length, SniffBytes)].Contains((byte)0))
        {
            return ("", "binary", false, true);
        }

        return Utf8(bytes, "utf-8");
    }

    private static (string, string, bool, bool) Utf8(ReadOnlySpan<byte> bytes, string name)
    {
        var strict = new UTF8Encoding(false, true);
        try
        {
            return (strict.GetString(bytes), name, false, false);
        }
        catch (DecoderFallbackException)
        {
            return (new UTF8Encoding(false, false).GetString(bytes), name, true, false);
        }
    }
}
