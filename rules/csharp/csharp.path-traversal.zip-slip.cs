using System.IO;
using System.IO.Compression;

public static class Importer
{
    public static void Unpack(Stream upload, string target)
    {
        using var archive = new ZipArchive(upload);
        foreach (var entry in archive.Entries)
        {
            // ruleid: csharp.path-traversal.zip-slip
            var path = Path.Combine(target, entry.FullName);
            Directory.CreateDirectory(Path.GetDirectoryName(path));
            entry.ExtractToFile(path, overwrite: true);
        }
    }

    public static void UnpackFlat(ZipArchive archive, string target)
    {
        foreach (var entry in archive.Entries)
        {
            // ok: csharp.path-traversal.zip-slip
            var path = Path.Combine(target, Path.GetFileName(entry.FullName));
            entry.ExtractToFile(path, overwrite: true);
        }
    }

    public static void UnpackAll(ZipArchive archive, string target)
    {
        // ok: csharp.path-traversal.zip-slip
        archive.ExtractToDirectory(target);
    }
}
