using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace Pairguard.Rules;

/// <summary>Gitignore-style path globs for rule <c>paths:</c> (<c>*</c>, <c>**</c>, <c>?</c>; a pattern without '/' matches any path segment).</summary>
public static class PathGlob
{
    private static readonly ConcurrentDictionary<string, Regex> Cache = new(StringComparer.Ordinal);

    /// <summary>True when the relative path (with '/') matches the glob.</summary>
    public static bool IsMatch(string glob, string path) => Cache.GetOrAdd(glob, Compile).IsMatch(path);

    private static Regex Compile(string glob)
    {
        var g = glob.Trim().TrimStart('/');
        var anchored = glob.TrimStart().StartsWith('/') || g.TrimEnd('/').Contains('/');
        var sb = new StringBuilder(anchored ? "^" : "(^|/)");
        for (var i = 0; i < g.Length; i++)
        {
            var c = g[i];
            if (c == '*' && i + 1 < g.Length && g[i + 1] == '*')
            {
                sb.Append(".*");
                i++;
                if (i + 1 < g.Length && g[i + 1] == '/')
                {
                    i++;
                    sb.Append("/?");
                }
            }
            else if (c == '*')
            {
                sb.Append("[^/]*");
            }
            else if (c == '?')
            {
                sb.Append("[^/]");
            }
            else
            {
                sb.Append(Regex.Escape(c.ToString()));
            }
        }

        sb.Append("(/.*)?$");
        return new Regex(sb.ToString(), RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
    }
}
