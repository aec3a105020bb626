namespace Pairguard.Scanning;

/// <summary>What an ignore file says about a path: nothing, ignore it, or re-include it (a <c>!</c> line).</summary>
public enum IgnoreVerdict
{
    /// <summary>No line of the file matches the path.</summary>
    None,

    /// <summary>The last matching line excludes the path.</summary>
    Ignored,

    /// <summary>The last matching line is a negation that re-includes the path.</summary>
    Included,
}

/// <summary>The compiled lines of one ignore file (or one list of globs), applying to paths below <see cref="BaseDirectory"/>.</summary>
public sealed class IgnoreRules
{
    private readonly GlobPattern[] _patterns;

    /// <summary>Creates rules from compiled patterns; <paramref name="baseDirectory"/> is '/'-separated and "" for the root.</summary>
    public IgnoreRules(string baseDirectory, IEnumerable<GlobPattern> patterns, string? source = null)
    {
        BaseDirectory = baseDirectory;
        _patterns = [.. patterns];
        Source = source;
    }

    /// <summary>Directory the patterns are relative to, relative to the ignore root ("" for the root itself).</summary>
    public string BaseDirectory { get; }

    /// <summary>File the rules came from, for messages (null for command-line or configuration globs).</summary>
    public string? Source { get; }

    /// <summary>Number of effective (non-blank, non-comment) lines.</summary>
    public int Count => _patterns.Length;

    /// <summary>Compiles the text of an ignore file: one pattern a line, blank lines and comments skipped.</summary>
    public static IgnoreRules Parse(string baseDirectory, string text, string? source = null) =>
        FromLines(baseDirectory, text.Split('\n'), source);

    /// <summary>Compiles a list of gitignore-style globs.</summary>
    public static IgnoreRules FromLines(string baseDirectory, IEnumerable<string> lines, string? source = null) =>
        new(baseDirectory, lines.Select(GlobPattern.Parse).OfType<GlobPattern>(), source);

    /// <summary>The verdict of the last matching line for <paramref name="relativePath"/> (relative to <see cref="BaseDirectory"/>).</summary>
    public IgnoreVerdict Evaluate(ReadOnlySpan<char> relativePath, bool isDirectory)
    {
        for (var i = _patterns.Length - 1; i >= 0; i--)
        {
            if (_patterns[i].Matches(relativePath, isDirectory))
            {
                return _patterns[i].Negated ? IgnoreVerdict.Included : IgnoreVerdict.Ignored;
            }
        }

        return IgnoreVerdict.None;
    }
}
