using System.Runtime.InteropServices;

namespace Pairguard.Syntax.Native;

/// <summary>One node of a tree flattened by <c>pairguard_flatten_tree</c> (native/flatten.c, whose <c>PairguardFlatNode</c> this
/// mirrors field by field: keep the two in step).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct PairguardFlatNode
{
    public const uint Named = 1;
    public const uint Error = 2;
    public const uint Missing = 4;
    public const uint NoParent = uint.MaxValue;

    public uint StartByte;
    public uint EndByte;

    /// <summary>Record index of the parent; <see cref="NoParent"/> for the root.</summary>
    public uint Parent;

    /// <summary>Position among the parent's children.</summary>
    public uint IndexInParent;

    public uint ChildCount;

    /// <summary>The public symbol (aliases applied), as <c>ts_node_symbol</c> gives it.</summary>
    public ushort Symbol;

    /// <summary>Field id in the parent, 0 for none.</summary>
    public ushort Field;

    /// <summary><see cref="Named"/>, <see cref="Error"/>, <see cref="Missing"/>.</summary>
    public uint Flags;
}

/// <summary>The one native call that copies a whole tree into <see cref="PairguardFlatNode"/> records (native/flatten.c).</summary>
internal static unsafe partial class FlatTreeApi
{
    /// <summary>Writes the nodes of <paramref name="tree"/> in pre-order into <paramref name="output"/> (room for
    /// <paramref name="capacity"/> records) and returns the node count; a count above the capacity means "call again with a larger
    /// buffer" (only the first <paramref name="capacity"/> records were written). Anonymous one-byte tokens whose symbol is marked in
    /// <paramref name="skip"/> (<paramref name="skipCount"/> bytes, one per symbol; may be null) are left out.</summary>
    [LibraryImport(TreeSitterApi.Library)]
    public static partial uint pairguard_flatten_tree(nint tree, PairguardFlatNode* output, uint capacity, byte* skip, uint skipCount);
}
