namespace Pairguard.Tests.Samples;

/// <summary>Locates the repository checkout (the directory holding <c>Pairguard.slnx</c>) from the test binaries.</summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    /// <summary>Absolute path of a file or folder given relative to the repository root with '/' separators.</summary>
    public static string Combine(string relative) => System.IO.Path.Combine(Path, relative.Replace('/', System.IO.Path.DirectorySeparatorChar));

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Pairguard.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Pairguard.slnx not found above " + AppContext.BaseDirectory);
    }
}
