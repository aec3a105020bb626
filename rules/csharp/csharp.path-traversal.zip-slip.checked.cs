using System.IO;
using System.IO.Compression;

public static class CheckedImporter
{
    public static void Unpack(ZipArchive archive, string target)
    {
        var root = Path.GetFullPath(target) + Path.DirectorySeparatorChar;
        foreach (var entry in archive.Entries)
        {
            // ok: csharp.path-traversal.zip-slip
            var dest = Path.GetFullPath(Path.Combine(target, entry.FullName));
            if (!dest.StartsWith(root, System.StringComparison.Ordinal))
            {
                throw new IOException("Entry is outside the target folder");
            }

            entry.ExtractToFile(dest, overwrite: true);
        }
    }
}
