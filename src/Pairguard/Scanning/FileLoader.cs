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
                var read = ReadBounded(file.FullPath, maxFileSize);
                if (read is null)
                {
                    diagnostics.Add(TooLarge(file.RelativePath, new FileInfo(file.FullPath).Length, maxFileSize));
                    return null;
                }

                bytes = read;
            }
            catch (Exception e) when (IoErrors.IsExpected(e))
            {
                diagnostics.Add(new Diagnostic(DiagnosticKind.ReadError, file.RelativePath, "cannot read file: " + IoErrors.Describe(e)));
                return null;
            }
        }

        if (bytes.Length > maxFileSize)
        {
            diagnostics.Add(TooLarge(file.RelativePath, bytes.Length, maxFileSize));
            return null;
        }

        var (text, encoding, invalid, binary) = Decode(bytes);
        if (binary)
        {
            var kind = BinaryMagic.Identify(bytes) is { } format ? format : "NUL byte found";
            diagnostics.Add(new Diagnostic(DiagnosticKind.Skipped, file.RelativePath, $"binary file ({kind})"));
            return null;
        }

        var head = text.Length > 256 ? text[..256] : text;
        return new SourceFile(file.RelativePath, file.FullPath, LanguageDetector.Detect(file.RelativePath, head), text, bytes.Length, encoding, invalid);
    }

    /// <summary>Decodes bytes by BOM (UTF-8, UTF-16/32 LE/BE) else as UTF-8 with replacement; flags binary content (NUL byte or known magic).</summary>
    public static (string Text, string Encoding, bool HadInvalidBytes, bool IsBinary) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Utf8(bytes[3..], "utf-8-bom");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return Strict(new UTF32Encoding(false, false, true), new UTF32Encoding(false, false, false), bytes[4..], "utf-32le");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return Strict(new UTF32Encoding(true, false, true), new UTF32Encoding(true, false, false), bytes[4..], "utf-32be");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Strict(new UnicodeEncoding(false, false, true), new UnicodeEncoding(false, false, false), bytes[2..], "utf-16le");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Strict(new UnicodeEncoding(true, false, true), new UnicodeEncoding(true, false, false), bytes[2..], "utf-16be");
        }

        if (LooksBinary(bytes))
        {
            return ("", "binary", false, true);
        }

        return Utf8(bytes, "utf-8");
    }

    /// <summary>True for content without a Unicode byte-order mark that has a NUL byte in its first 8,000 bytes or a known binary signature.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes) =>
        !bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])
        && !bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
        && !bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
        && !bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF])
        && (bytes[..Math.Min(bytes.Length, SniffBytes)].Contains((byte)0) || BinaryMagic.Identify(bytes) is not null);

    private static (string, string, bool, bool) Utf8(ReadOnlySpan<byte> bytes, string name)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return (Encoding.UTF8.GetString(bytes), name, false, false);
        }

        return (new UTF8Encoding(false, false).GetString(bytes), name, true, false);
    }

    private static (string, string, bool, bool) Strict(Encoding strict, Encoding lenient, ReadOnlySpan<byte> bytes, string name)
    {
        try
        {
            return (strict.GetString(bytes), name, false, false);
        }
        catch (DecoderFallbackException)
        {
            return (lenient.GetString(bytes), name, true, false);
        }
    }

    /// <summary>
    /// Reads at most <paramref name="maxFileSize"/> bytes; null when the file is larger (also when it grew while being read).
    /// An empty entry is never opened: FIFOs, sockets and devices report a size of 0 and opening them could block.
    /// </summary>
    private static byte[]? ReadBounded(string path, long maxFileSize)
    {
        var length = new FileInfo(path).Length;
        if (length > maxFileSize || length > Array.MaxLength)
        {
            return null;
        }

        if (length == 0)
        {
            return [];
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan);
        var buffer = new byte[length];
        var total = 0;
        var sniffed = false;
        while (total < buffer.Length)
        {
            // The head is read first: a binary file is recognised from it and the rest need not be read.
            var limit = sniffed ? buffer.Length : Math.Min(SniffBytes, buffer.Length);
            var n = stream.Read(buffer, total, limit - total);
            if (n == 0)
            {
                return total == buffer.Length ? buffer : buffer[..total];
            }

            total += n;
            if (!sniffed && total >= limit)
            {
                sniffed = true;
                if (LooksBinary(buffer.AsSpan(0, total)))
                {
                    return buffer[..total];
                }
            }
        }

        // The file may have grown since it was measured: read on, but never past the limit.
        using var rest = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            rest.Write(chunk, 0, read);
            if (total + rest.Length > maxFileSize)
            {
                return null;
            }
        }

        return rest.Length == 0 ? buffer : [.. buffer, .. rest.ToArray()];
    }

    private static Diagnostic TooLarge(string path, long size, long max) =>
        new(DiagnosticKind.Skipped, path, $"file is larger than the size limit ({size:N0} > {max:N0} bytes)");
}
