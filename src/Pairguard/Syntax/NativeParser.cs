using System.Diagnostics;
using System.Runtime.InteropServices;
using Pairguard.Syntax.Native;

namespace Pairguard.Syntax;

/// <summary>One native TSParser, owned by one thread (see <see cref="Current"/>); freed when its thread ends and it is collected.</summary>
internal sealed unsafe class NativeParser
{
    [ThreadStatic]
    private static NativeParser? t_current;

    private nint _parser;
    private nint _language;

    private NativeParser() => _parser = TreeSitterApi.ts_parser_new();

    ~NativeParser()
    {
        if (_parser != 0)
        {
            TreeSitterApi.ts_parser_delete(_parser);
            _parser = 0;
        }
    }

    /// <summary>This thread's parser (created on first use).</summary>
    public static NativeParser Current => t_current ??= new NativeParser();

    /// <summary>Parses <paramref name="length"/> UTF-8 bytes; returns the tree, or 0 when the deadline passed or
    /// <paramref name="cancellationToken"/> fired (then the parser is reset, so the next parse starts afresh).</summary>
    public nint Parse(Grammar grammar, byte[] bytes, int length, TimeSpan timeout, CancellationToken cancellationToken, out bool cancelled)
    {
        if (_language != grammar.Pointer)
        {
            if (!TreeSitterApi.ts_parser_set_language(_parser, grammar.Pointer))
            {
                throw new SyntaxUnavailableException($"grammar {grammar.Name} was rejected by the parser");
            }

            _language = grammar.Pointer;
        }

        var payload = new ParsePayload
        {
            Length = (uint)length,
            Deadline = timeout == Timeout.InfiniteTimeSpan ? long.MaxValue : Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency),
        };

        CancellationTokenRegistration registration = default;
        nint tree;
        try
        {
            fixed (byte* data = bytes)
            {
                payload.Data = data;
                if (cancellationToken.CanBeCanceled)
                {
                    // the flag lives in this stack frame; the registration is disposed (waiting for a running callback) before the frame ends
                    registration = cancellationToken.Register(static state => Volatile.Write(ref *(int*)(nint)state!, 1), (nint)(&payload.Cancelled));
                }

                var input = new TSInput { Payload = &payload, Read = &Read, Encoding = 0 };
                var options = new TSParseOptions { Payload = &payload, ProgressCallback = &Progress };
                tree = TreeSitterApi.ts_parser_parse_with_options(_parser, 0, input, options);
            }
        }
        finally
        {
            registration.Dispose();
        }

        cancelled = payload.Cancelled != 0;
        if (tree == 0)
        {
            TreeSitterApi.ts_parser_reset(_parser);
        }

        return tree;
    }

    [UnmanagedCallersOnly]
    private static byte* Read(void* state, uint byteIndex, TSPoint position, uint* bytesRead)
    {
        var payload = (ParsePayload*)state;
        if (byteIndex >= payload->Length)
        {
            *bytesRead = 0;
            return payload->Data + payload->Length; // the spare zero byte
        }

        *bytesRead = payload->Length - byteIndex;
        return payload->Data + byteIndex;
    }

    [UnmanagedCallersOnly]
    private static byte Progress(TSParseState* state)
    {
        var payload = (ParsePayload*)state->Payload;
        return Volatile.Read(ref payload->Cancelled) != 0 || Stopwatch.GetTimestamp() > payload->Deadline ? (byte)1 : (byte)0;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct ParsePayload
    {
        public byte* Data;
        public uint Length;
        public int Cancelled;
        public long Deadline;
    }
}
