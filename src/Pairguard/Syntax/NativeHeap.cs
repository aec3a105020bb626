using System.Runtime.InteropServices;

namespace Pairguard.Syntax;

/// <summary>How much memory the C heap (where tree-sitter keeps trees) has in use, from glibc's <c>mallinfo2</c>: for leak checks and benchmarks.</summary>
public static partial class NativeHeap
{
    /// <summary>Bytes allocated with malloc and not yet freed (all arenas, mmapped blocks included); -1 where glibc is not the C library.</summary>
    public static long InUseBytes()
    {
        try
        {
            var info = mallinfo2();
            return (long)(info.Uordblks + info.Hblkhd);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return -1;
        }
    }

    [LibraryImport("libc.so.6")]
    private static partial MallInfo2 mallinfo2();

    [StructLayout(LayoutKind.Sequential)]
    private struct MallInfo2
    {
        public nuint Arena;
        public nuint Ordblks;
        public nuint Smblks;
        public nuint Hblks;
        public nuint Hblkhd;
        public nuint Usmblks;
        public nuint Fsmblks;
        public nuint Uordblks;
        public nuint Fordblks;
        public nuint Keepcost;
    }
}
