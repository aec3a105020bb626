namespace Pairguard.Tests.Support;

/// <summary>Locates folders of the repository from the test binaries.</summary>
public static class RepoPaths
{
    /// <summary>The repository root (the folder holding Pairguard.slnx).</summary>
    public static string Root { get; } = Find();

    public static string Rules => Path.Combine(Root, "rules");

    /// <summary>Absolute path of a file or folder given relative to the repository root with '/' separators.</summary>
    public static string Combine(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Pairguard.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
    }
}
