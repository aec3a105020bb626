namespace Pairguard.Scanning;

/// <summary>Short, user-facing reasons for file-system errors.</summary>
internal static class IoErrors
{
    /// <summary>True for the exceptions that reading or listing a path can raise and that a scan survives.</summary>
    public static bool IsExpected(Exception e) =>
        e is IOException or UnauthorizedAccessException or System.Security.SecurityException or ArgumentException or NotSupportedException;

    /// <summary>A short reason for the error, e.g. "permission denied".</summary>
    public static string Describe(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        PathTooLongException => "path is too long",
        DirectoryNotFoundException or FileNotFoundException => "no longer exists",
        _ => e.Message,
    };
}
