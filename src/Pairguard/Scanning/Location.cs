namespace Pairguard.Scanning;

/// <summary>Where a finding sits: a path relative to the scan root (with '/') and a 1-based line/column span.</summary>
public sealed record Location(string Path, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>A location covering a whole line.</summary>
    public static Location Line(string path, int line) => new(path, line, 1, line, 1);

    /// <inheritdoc />
    public override string ToString() => $"{Path}:{StartLine}:{StartColumn}";
}
