using Pairguard.Syntax.Native;

namespace Pairguard.Syntax;

/// <summary>One native query cursor per thread (queries are shared, cursors are not); freed when its thread ends and it is collected.</summary>
internal sealed class QueryCursor
{
    [ThreadStatic]
    private static QueryCursor? t_current;

    private QueryCursor() => Handle = TreeSitterApi.ts_query_cursor_new();

    ~QueryCursor()
    {
        if (Handle != 0)
        {
            TreeSitterApi.ts_query_cursor_delete(Handle);
        }
    }

    /// <summary>This thread's cursor.</summary>
    public static QueryCursor Current => t_current ??= new QueryCursor();

    public nint Handle { get; }
}
