namespace Pairguard.Scanning;

/// <summary>Recognises common binary formats by their leading "magic" bytes, for files that hold no NUL byte early on.</summary>
internal static class BinaryMagic
{
    private static readonly (byte[] Magic, string Name)[] Signatures =
    [
        ([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], "PNG image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        ("GIF87a"u8.ToArray(), "GIF image"),
        ("GIF89a"u8.ToArray(), "GIF image"),
        ("%PDF-"u8.ToArray(), "PDF document"),
        ([(byte)'P', (byte)'K', 0x03, 0x04], "ZIP archive"),
        ([(byte)'P', (byte)'K', 0x05, 0x06], "ZIP archive"),
        ([(byte)'P', (byte)'K', 0x07, 0x08], "ZIP archive"),
        ([0x7F, (byte)'E', (byte)'L', (byte)'F'], "ELF executable"),
        ([0x1F, 0x8B, 0x08], "gzip archive"),
        ([0xCA, 0xFE, 0xBA, 0xBE], "Java class or Mach-O binary"),
        ([0xCF, 0xFA, 0xED, 0xFE], "Mach-O binary"),
        ([0xCE, 0xFA, 0xED, 0xFE], "Mach-O binary"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "7z archive"),
        ([0xFD, (byte)'7', (byte)'z', (byte)'X', (byte)'Z', 0x00], "xz archive"),
        ([0x00, (byte)'a', (byte)'s', (byte)'m'], "WebAssembly module"),
    ];

    /// <summary>The format's name when <paramref name="bytes"/> starts like a known binary format; otherwise null.</summary>
    public static string? Identify(ReadOnlySpan<byte> bytes)
    {
        foreach (var (magic, name) in Signatures)
        {
            if (bytes.StartsWith(magic))
            {
                return name;
            }
        }

        return IsPortableExecutable(bytes) ? "Windows executable (PE)" : null;
    }

    // "MZ" alone is too weak (a text file may start with it): require the PE header the DOS stub points to.
    private static bool IsPortableExecutable(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 0x40 || bytes[0] != (byte)'M' || bytes[1] != (byte)'Z')
        {
            return false;
        }

        var offset = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(bytes.Slice(0x3C, 4));
        return offset >= 0x40 && offset <= bytes.Length - 4 && bytes.Slice(offset, 4).SequenceEqual("PE\0\0"u8);
    }
}
