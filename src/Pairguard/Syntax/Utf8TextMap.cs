using System.Buffers;
using System.Text;

namespace Pairguard.Syntax;

/// <summary>The UTF-8 bytes tree-sitter parses and a map from their byte offsets back to UTF-16 character offsets of the .NET string.</summary>
/// <remarks>
/// Both arrays are rented from the shared pool (a scan makes one map per file, and the map of a file with any non-ASCII character
/// is four times the file's size): the bytes go back once the parser has read them (<see cref="ReleaseBytes"/>), the map when
/// its tree is disposed (<see cref="Release"/>).
/// </remarks>
internal sealed class Utf8TextMap
{
    /// <summary>What a released map holds: any offset asked of it then fails, where a stale rented array would answer wrongly.</summary>
    private static readonly int[] Released = [];

    private int[]? _byteToChar;
    private byte[]? _bytes;

    public Utf8TextMap(string text)
    {
        var count = Encoding.UTF8.GetByteCount(text);
        // one spare zero byte, so the read callback always has a valid pointer even for empty text
        _bytes = ArrayPool<byte>.Shared.Rent(count + 1);
        Length = Encoding.UTF8.GetBytes(text, 0, text.Length, _bytes, 0);
        _bytes[Length] = 0;
        if (Length == text.Length)
        {
            return; // ASCII only: byte offset == char offset
        }

        _byteToChar = ArrayPool<int>.Shared.Rent(Length + 1);
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

    /// <summary>The UTF-8 encoding of the text in its first <see cref="Length"/> bytes, followed by one spare zero byte (the array may be longer).</summary>
    public byte[] Bytes => _bytes ?? throw new ObjectDisposedException(nameof(Utf8TextMap), "the bytes were given back after the parse");

    /// <summary>Number of UTF-8 bytes of the text.</summary>
    public int Length { get; }

    /// <summary>Character offset of a byte offset (offsets inside a multi-byte character map to that character).</summary>
    public int ToChar(uint byteOffset)
    {
        var offset = (int)Math.Min(byteOffset, (uint)Length);
        return _byteToChar is null ? offset : _byteToChar[offset];
    }

    /// <summary>Gives the bytes back to the pool; the parser has read them, and nothing else does.</summary>
    public void ReleaseBytes()
    {
        if (Interlocked.Exchange(ref _bytes, null) is { } bytes)
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>Gives both arrays back to the pool: the tree is disposed, and no offset is asked of the map after this.</summary>
    public void Release()
    {
        ReleaseBytes();
        if (_byteToChar is { Length: > 0 } map && Interlocked.CompareExchange(ref _byteToChar, Released, map) == map)
        {
            ArrayPool<int>.Shared.Return(map);
        }
    }
}
