namespace Pairguard.Scanning;

/// <summary>One line of a <c>.gitignore</c>-style file, compiled: negation, directory-only, anchoring and <c>**</c> segments.</summary>
public sealed class GlobPattern
{
    // null entries stand for a "**" segment (zero or more whole path segments).
    private readonly GlobSegment?[] _segments;
    private readonly bool _basenameOnly;

    private GlobPattern(string text, GlobSegment?[] segments, bool basenameOnly, bool negated, bool directoryOnly)
    {
        Text = text;
        _segments = segments;
        _basenameOnly = basenameOnly;
        Negated = negated;
        DirectoryOnly = directoryOnly;
    }

    /// <summary>The line as written (after trimming unescaped trailing spaces).</summary>
    public string Text { get; }

    /// <summary>The line began with <c>!</c>: a match re-includes the path.</summary>
    public bool Negated { get; }

    /// <summary>The line ended with <c>/</c>: it matches directories only.</summary>
    public bool DirectoryOnly { get; }

    /// <summary>Compiles one line; null for blank lines and <c>#</c> comments.</summary>
    public static GlobPattern? Parse(string line)
    {
        var text = line.TrimEnd('\r', '\n');
        if (text.Length == 0 || text[0] == '#')
        {
            return null;
        }

        text = TrimUnescapedTrailingSpaces(text);
        var body = text;
        var negated = false;
        if (body.StartsWith('!'))
        {
            negated = true;
            body = body[1..];
        }

        var directoryOnly = false;
        if (body.EndsWith('/') && !EndsWithEscape(body))
        {
            directoryOnly = true;
            body = body[..^1];
        }

        var anchored = body.Contains('/');
        if (body.StartsWith('/'))
        {
            body = body[1..];
        }

        // As in git, an empty path segment ("a//b", "a//") can never match a path: such a line is inert.
        if (body.Length == 0 || body.StartsWith('/') || body.EndsWith('/') || body.Contains("//", StringComparison.Ordinal))
        {
            return null;
        }

        var parts = body.Split('/');

        var segments = new List<GlobSegment?>();
        foreach (var part in parts)
        {
            if (part.Length >= 2 && part.All(c => c == '*'))
            {
                if (segments.Count == 0 || segments[^1] is not null)
                {
                    segments.Add(null);
                }
            }
            else
            {
                segments.Add(GlobSegment.Parse(part));
            }
        }

        // "dir/**" matches everything inside dir but not dir itself: at least one segment after it.
        if (anchored && segments.Count > 1 && segments[^1] is null)
        {
            segments.Insert(segments.Count - 1, GlobSegment.Parse("*"));
        }

        return new GlobPattern(text, [.. segments], !anchored, negated, directoryOnly);
    }

    /// <summary>True when <paramref name="path"/> ('/'-separated, relative to the pattern's base directory) matches.</summary>
    public bool Matches(ReadOnlySpan<char> path, bool isDirectory)
    {
        if (DirectoryOnly && !isDirectory)
        {
            return false;
        }

        if (_basenameOnly)
        {
            var name = path[(path.LastIndexOf('/') + 1)..];
            return _segments[0] is not { } only || only.Matches(name);
        }

        var count = path.Count('/') + 1;
        Span<int> starts = count <= 128 ? stackalloc int[count + 1] : new int[count + 1];
        var k = 0;
        starts[k++] = 0;
        for (var i = 0; i < path.Length; i++)
        {
            if (path[i] == '/')
            {
                starts[k++] = i + 1;
            }
        }

        starts[k] = path.Length + 1;
        return MatchSegments(path, starts, count);
    }

    private bool MatchSegments(ReadOnlySpan<char> path, ReadOnlySpan<int> starts, int count)
    {
        var n = _segments.Length;
        int p = 0, s = 0, starP = -1, starS = 0;
        while (s < count)
        {
            if (p < n && _segments[p] is null)
            {
                starP = p++;
                starS = s;
                continue;
            }

            if (p < n && _segments[p]!.Matches(path[starts[s]..(starts[s + 1] - 1)]))
            {
                p++;
                s++;
                continue;
            }

            if (starP >= 0)
            {
                p = starP + 1;
                s = ++starS;
                continue;
            }

            return false;
        }

        while (p < n && _segments[p] is null)
        {
            p++;
        }

        return p == n;
    }

    private static string TrimUnescapedTrailingSpaces(string text)
    {
        var end = text.Length;
        while (end > 0 && text[end - 1] == ' ')
        {
            var backslashes = 0;
            for (var j = end - 2; j >= 0 && text[j] == '\\'; j--)
            {
                backslashes++;
            }

            if (backslashes % 2 == 1)
            {
                break;
            }

            end--;
        }

        return text[..end];
    }

    private static bool EndsWithEscape(string body)
    {
        var backslashes = 0;
        for (var j = body.Length - 2; j >= 0 && body[j] == '\\'; j--)
        {
            backslashes++;
        }

        return backslashes % 2 == 1;
    }

    /// <inheritdoc/>
    public override string ToString() => Text;
}
