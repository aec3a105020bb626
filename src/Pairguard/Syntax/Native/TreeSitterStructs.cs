using System.Runtime.InteropServices;

namespace Pairguard.Syntax.Native;

/// <summary>tree-sitter's TSNode: 32 bytes, passed and returned by value; only valid while its tree lives.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct TSNode
{
    public uint Context0;
    public uint Context1;
    public uint Context2;
    public uint Context3;
    public nint Id;
    public nint Tree;

    public readonly bool IsNull => Id == 0;
}

/// <summary>tree-sitter's TSTreeCursor (passed by pointer).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct TSTreeCursor
{
    public nint Tree;
    public nint Id;
    public uint Context0;
    public uint Context1;
    public uint Context2;
}

/// <summary>A row/column position in bytes, 0-based.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct TSPoint
{
    public uint Row;
    public uint Column;
}

/// <summary>One captured node of a query match.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct TSQueryCapture
{
    public TSNode Node;
    public uint Index;
}

/// <summary>A query match: the pattern that matched and its captures (owned by the query cursor).</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct TSQueryMatch
{
    public uint Id;
    public ushort PatternIndex;
    public ushort CaptureCount;
    public TSQueryCapture* Captures;
}

/// <summary>One step of a query predicate: done (0), a capture (1) or a string (2).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct TSQueryPredicateStep
{
    public const uint Done = 0;
    public const uint Capture = 1;
    public const uint String = 2;

    public uint Type;
    public uint ValueId;
}

/// <summary>How the parser reads the text: a callback over our pinned UTF-8 buffer.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct TSInput
{
    public void* Payload;
    public delegate* unmanaged<void*, uint, TSPoint, uint*, byte*> Read;
    public uint Encoding;
    public nint Decode;
}

/// <summary>What the progress callback sees during a parse.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct TSParseState
{
    public void* Payload;
    public uint CurrentByteOffset;
    public byte HasError;
}

/// <summary>Parse options: a payload and a progress callback that returns true to cancel.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct TSParseOptions
{
    public void* Payload;
    public delegate* unmanaged<TSParseState*, byte> ProgressCallback;
}
