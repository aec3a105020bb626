using System.Runtime.InteropServices;

namespace Pairguard.Syntax.Native;

/// <summary>The part of tree-sitter's C API (0.25) that Pairguard uses, bound with LibraryImport.</summary>
internal static unsafe partial class TreeSitterApi
{
    /// <summary>The name the resolver maps to libpairguard-treesitter.so.</summary>
    public const string Library = "pairguard-treesitter";

    // parser
    [LibraryImport(Library)] public static partial nint ts_parser_new();
    [LibraryImport(Library)] public static partial void ts_parser_delete(nint parser);
    [LibraryImport(Library)][return: MarshalAs(UnmanagedType.U1)] public static partial bool ts_parser_set_language(nint parser, nint language);
    [LibraryImport(Library)] public static partial nint ts_parser_parse_with_options(nint parser, nint oldTree, TSInput input, TSParseOptions options);
    [LibraryImport(Library)] public static partial void ts_parser_reset(nint parser);

    // language
    [LibraryImport(Library)] public static partial uint ts_language_abi_version(nint language);
    [LibraryImport(Library)] public static partial uint ts_language_symbol_count(nint language);
    [LibraryImport(Library)] public static partial byte* ts_language_symbol_name(nint language, ushort symbol);
    [LibraryImport(Library)] public static partial int ts_language_symbol_type(nint language, ushort symbol);

    /// <summary><c>TSSymbolTypeAnonymous</c>: what <see cref="ts_language_symbol_type"/> gives for an anonymous token.</summary>
    public const int SymbolTypeAnonymous = 1;
    [LibraryImport(Library)] public static partial uint ts_language_field_count(nint language);
    [LibraryImport(Library)] public static partial byte* ts_language_field_name_for_id(nint language, ushort field);

    // tree
    [LibraryImport(Library)] public static partial void ts_tree_delete(nint tree);
    [LibraryImport(Library)] public static partial TSNode ts_tree_root_node(nint tree);

    // node
    [LibraryImport(Library)] public static partial ushort ts_node_symbol(TSNode node);
    [LibraryImport(Library)] public static partial uint ts_node_start_byte(TSNode node);
    [LibraryImport(Library)] public static partial uint ts_node_end_byte(TSNode node);
    [LibraryImport(Library)] public static partial uint ts_node_child_count(TSNode node);
    [LibraryImport(Library)] public static partial uint ts_node_named_child_count(TSNode node);
    [LibraryImport(Library)] public static partial TSNode ts_node_child(TSNode node, uint index);
    [LibraryImport(Library)] public static partial TSNode ts_node_named_child(TSNode node, uint index);
    [LibraryImport(Library)] public static partial TSNode ts_node_parent(TSNode node);
    [LibraryImport(Library)] public static partial TSNode ts_node_child_by_field_id(TSNode node, ushort field);
    [LibraryImport(Library)] public static partial TSNode ts_node_next_sibling(TSNode node);
    [LibraryImport(Library)] public static partial TSNode ts_node_prev_sibling(TSNode node);
    [LibraryImport(Library)][return: MarshalAs(UnmanagedType.U1)] public static partial bool ts_node_is_named(TSNode node);
    [LibraryImport(Library)][return: MarshalAs(UnmanagedType.U1)] public static partial bool ts_node_is_error(TSNode node);
    [LibraryImport(Library)][return: MarshalAs(UnmanagedType.U1)] public static partial bool ts_node_is_missing(TSNode node);
    [LibraryImport(Library)][return: MarshalAs(UnmanagedType.U1)] public static partial bool ts_node_has_error(TSNode node);
    [LibraryImport(Library)][return: MarshalAs(UnmanagedType.U1)] public static partial bool ts_node_is_extra(TSNode node);

    // tree cursor
    [LibraryImport(Library)] public static partial TSTreeCursor ts_tree_cursor_new(TSNode node);
    [LibraryImport(Library)] public static partial void ts_tree_cursor_delete(TSTreeCursor* cursor);
    [LibraryImport(Library)] public static partial TSNode ts_tree_cursor_current_node(TSTreeCursor* cursor);
    [LibraryImport(Library)] public static partial ushort ts_tree_cursor_current_field_id(TSTreeCursor* cursor);
    [LibraryImport(Library)][return: MarshalAs(UnmanagedType.U1)] public static partial bool ts_tree_cursor_goto_first_child(TSTreeCursor* cursor);
    [LibraryImport(Library)][return: MarshalAs(UnmanagedType.U1)] public static partial bool ts_tree_cursor_goto_next_sibling(TSTreeCursor* cursor);
    [LibraryImport(Library)][return: MarshalAs(UnmanagedType.U1)] public static partial bool ts_tree_cursor_goto_parent(TSTreeCursor* cursor);

    // query
    [LibraryImport(Library)] public static partial nint ts_query_new(nint language, byte* source, uint length, uint* errorOffset, uint* errorType);
    [LibraryImport(Library)] public static partial void ts_query_delete(nint query);
    [LibraryImport(Library)] public static partial uint ts_query_pattern_count(nint query);
    [LibraryImport(Library)] public static partial uint ts_query_capture_count(nint query);
    [LibraryImport(Library)] public static partial byte* ts_query_capture_name_for_id(nint query, uint id, uint* length);
    [LibraryImport(Library)] public static partial byte* ts_query_string_value_for_id(nint query, uint id, uint* length);
    [LibraryImport(Library)] public static partial TSQueryPredicateStep* ts_query_predicates_for_pattern(nint query, uint pattern, uint* stepCount);

    // query cursor
    [LibraryImport(Library)] public static partial nint ts_query_cursor_new();
    [LibraryImport(Library)] public static partial void ts_query_cursor_delete(nint cursor);
    [LibraryImport(Library)] public static partial void ts_query_cursor_exec(nint cursor, nint query, TSNode node);
    [LibraryImport(Library)][return: MarshalAs(UnmanagedType.U1)] public static partial bool ts_query_cursor_next_match(nint cursor, TSQueryMatch* match);
    [LibraryImport(Library)] public static partial void ts_query_cursor_set_match_limit(nint cursor, uint limit);
    [LibraryImport(Library)][return: MarshalAs(UnmanagedType.U1)] public static partial bool ts_query_cursor_did_exceed_match_limit(nint cursor);

    /// <summary>A NUL-terminated UTF-8 string owned by the library, as a .NET string ("" for null).</summary>
    public static string ToManaged(byte* text) => text == null ? "" : Marshal.PtrToStringUTF8((nint)text) ?? "";

    /// <summary>A UTF-8 string of known length owned by the library, as a .NET string.</summary>
    public static string ToManaged(byte* text, uint length) => text == null ? "" : System.Text.Encoding.UTF8.GetString(text, (int)length);
}
