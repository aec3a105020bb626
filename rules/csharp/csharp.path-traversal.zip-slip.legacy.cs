using System.IO;
using System.IO.Compression;

public static class LegacyImporter
{
    public static void Unpack(ZipArchive archive, string target)
    {
        foreach (ZipArchiveEntry e in archive.Entries)
        {
            // ruleid: csharp.path-traversal.zip-slip
            using var output = File.Create(target + "/" + e.FullName);
            using var input = e.Open();
            input.CopyTo(output);
        }
    }

    public static void List(ZipArchive archive)
    {
        foreach (var e in archive.Entries)
        {
            // ok: csharp.path-traversal.zip-slip
            System.Console.WriteLine(e.FullName);
        }
    }
}
