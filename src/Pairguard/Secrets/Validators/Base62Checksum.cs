namespace Pairguard.Secrets.Validators;

/// <summary>The CRC32-in-base62 checksum carried by the last six characters of GitHub and npm tokens.</summary>
public static class Base62Checksum
{
    /// <summary>Digits 0-9, then A-Z, then a-z.</summary>
    public const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private static readonly uint[] Table = BuildTable();

    /// <summary>CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320) of the ASCII bytes of the text.</summary>
    public static uint Crc32(ReadOnlySpan<char> text)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var c in text)
        {
            crc = Table[(crc ^ (byte)c) & 0xFF] ^ (crc >> 8);
        }

        return ~crc;
    }

    /// <summary>Base62 of a 32-bit value, left-padded with '0' to <paramref name="width"/> characters.</summary>
    public static string Encode(uint value, int width = 6)
    {
        Span<char> buffer = stackalloc char[16];
        var i = buffer.Length;
        do
        {
            buffer[--i] = Alphabet[(int)(value % 62)];
            value /= 62;
        }
        while (value > 0);

        var s = new string(buffer[i..]);
        return s.Length >= width ? s : new string('0', width - s.Length) + s;
    }

    /// <summary>True when the token, after <paramref name="prefixLength"/> characters, ends with the base62 CRC32 of the 30 characters before it.</summary>
    public static bool Verify(string token, int prefixLength)
    {
        if (token.Length != prefixLength + 36)
        {
            return false;
        }

        var body = token.AsSpan(prefixLength, 30);
        var check = token.AsSpan(prefixLength + 30, 6);
        return check.SequenceEqual(Encode(Crc32(body)));
    }

    /// <summary>Appends the checksum to a prefix and a 30-character body (used to build test tokens).</summary>
    public static string Complete(string prefix, string body30) => prefix + body30 + Encode(Crc32(body30));

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
