using System.Collections.Concurrent;
using Pairguard.Scanning;

namespace Pairguard.Rules;

/// <summary>Rule <c>paths:</c> globs with gitignore semantics (the workspace's matcher): a pattern matches a file or any folder above it.</summary>
public static class PathGlob
{
    private static readonly ConcurrentDictionary<string, GlobPattern?> Cache = new(StringComparer.Ordinal);

    /// <summary>True when the relative path (with '/') or one of its parent folders matches the glob.</summary>
    public static bool IsMatch(string glob, string path)
    {
        var pattern = Cache.GetOrAdd(glob, g => GlobPattern.Parse(g.Trim()));
        if (pattern is null)
        {
            return false;
        }

        if (pattern.Matches(path, isDirectory: false))
        {
            return true;
        }

        for (var slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1))
        {
            if (pattern.Matches(path.AsSpan(0, slash), isDirectory: true))
            {
                return true;
            }
        }

        return false;
    }
}
