namespace Pairguard.Scanning;

/// <summary>Canonical paths with every symbolic link resolved (like POSIX <c>realpath</c>), bounded against link loops.</summary>
internal static class RealPath
{
    private const int MaxLinkHops = 40;

    /// <summary>The canonical form of an absolute path; null when it does not exist, a link is broken or links loop.</summary>
    public static string? Resolve(string fullPath)
    {
        try
        {
            return ResolveCore(Path.GetFullPath(fullPath));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="root"/> or lies below it (both canonical).</summary>
    public static bool IsWithin(string path, string root) =>
        path.Length >= root.Length
        && path.StartsWith(root, PathComparison)
        && (path.Length == root.Length || path[root.Length] == Path.DirectorySeparatorChar || Path.EndsInDirectorySeparator(root));

    /// <summary>Case rule of the platform's usual file systems.</summary>
    public static StringComparison PathComparison => OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private static string? ResolveCore(string fullPath)
    {
        var root = Path.GetPathRoot(fullPath) ?? "/";
        var pending = new Stack<string>();
        PushComponents(pending, fullPath[root.Length..]);
        var current = root;
        var hops = 0;
        while (pending.Count > 0)
        {
            var part = pending.Pop();
            if (part is "" or ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? root;
                continue;
            }

            var candidate = Path.Join(current, part);
            var target = new FileInfo(candidate).LinkTarget;
            if (target is null)
            {
                current = candidate;
                continue;
            }

            if (++hops > MaxLinkHops)
            {
                return null;
            }

            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target) ?? root;
                target = target[current.Length..];
            }

            PushComponents(pending, target);
        }

        return Path.Exists(current) ? current : null;
    }

    private static void PushComponents(Stack<string> pending, string path)
    {
        var parts = path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar]);
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            pending.Push(parts[i]);
        }
    }
}
