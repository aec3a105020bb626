using System.Text;

namespace Pairguard.Syntax;

/// <summary>The UTF-8 bytes tree-sitter parses and a map from their byte offsets back to UTF-16 character offsets of the .NET string.</summary>
internal sealed class Utf8TextMap
{
    private readonly int[]? _byteToChar;

    public Utf8TextMap(string text)
    {
        var count = Encoding.UTF8.GetByteCount(text);
        // one spare zero byte, so the read callback always has a valid pointer even for empty text
        Bytes = new byte[count + 1];
        Length = Encoding.UTF8.GetBytes(text, 0, text.Length, Bytes, 0);
        if (Length == text.Length)
        {
            return; // ASCII only: byte offset == char offset
        }

        _byteToChar = new int[Length + 1];
        var b = 0;
        for (var c = 0; c < text.Length; c++)
        {
            int width;
            var ch = text[c];
            if (ch < 0x80)
            {
                width = 1;
            }
            else if (ch < 0x800)
            {
                width = 2;
            }
            else if (char.IsHighSurrogate(ch) && c + 1 < text.Length && char.IsLowSurrogate(text[c + 1]))
            {
                // a surrogate pair is 4 bytes for 2 chars: every byte maps to the pair's first char
                for (var k = 0; k < 4; k++)
                {
                    _byteToChar[b + k] = c;
                }

                b += 4;
                c++;
                continue;
            }
            else
            {
                width = 3; // includes lone surrogates, which the encoder replaces with U+FFFD (3 bytes)
            }

            for (var k = 0; k < width; k++)
            {
                _byteToChar[b + k] = c;
            }

            b += width;
        }

        _byteToChar[Length] = text.Length;
    }

    /// <summary>The UTF-8 encoding of the text (followed by one spare zero byte).</summary>
    public byte[] Bytes { get; }

    /// <summary>Number of UTF-8 bytes of the text.</summary>
    public int Length { get; }

    /// <summary>Character offset of a byte offset (offsets inside a multi-byte character map to that character).</summary>
    public int ToChar(uint byteOffset)
    {
        var offset = (int)Math.Min(byteOffset, (uint)Length);
        return _byteToChar is null ? offset : _byteToChar[offset];
    }
}
