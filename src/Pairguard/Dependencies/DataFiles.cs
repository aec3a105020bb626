using System.Collections.Concurrent;
using System.Reflection;

namespace Pairguard.Dependencies;

/// <summary>Reads the data lists embedded in the library (popular names, standard-library modules, name maps); lines starting with '#' are provenance and comments.</summary>
public static class DataFiles
{
    private static readonly ConcurrentDictionary<string, IReadOnlyList<string>> Cache = new(StringComparer.Ordinal);

    /// <summary>The non-comment, non-empty lines of an embedded data file (e.g. <c>npm-top.txt</c>), in file order.</summary>
    public static IReadOnlyList<string> Lines(string name) => Cache.GetOrAdd(name, static n =>
    {
        using var stream = typeof(DataFiles).Assembly.GetManifestResourceStream("Pairguard.Dependencies.Data." + n)
            ?? throw new InvalidOperationException($"embedded data file '{n}' is missing from the build");
        using var reader = new StreamReader(stream);
        var list = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var t = line.Trim();
            if (t.Length > 0 && !t.StartsWith('#'))
            {
                list.Add(t);
            }
        }

        return list;
    });

    /// <summary>The provenance line (first comment line) of an embedded data file.</summary>
    public static string Provenance(string name)
    {
        using var stream = typeof(DataFiles).Assembly.GetManifestResourceStream("Pairguard.Dependencies.Data." + name);
        if (stream is null)
        {
            return "";
        }

        using var reader = new StreamReader(stream);
        return reader.ReadLine()?.TrimStart('#', ' ') ?? "";
    }

    /// <summary>A "key value" data file as a dictionary (first whitespace splits key from value).</summary>
    public static IReadOnlyDictionary<string, string> Map(string name, StringComparer comparer) =>
        Lines(name).Select(l => l.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries))
            .Where(p => p.Length == 2)
            .GroupBy(p => p[0], comparer)
            .ToDictionary(g => g.Key, g => g.First()[1].Trim(), comparer);

    /// <summary>A one-name-a-line data file as a set.</summary>
    public static IReadOnlySet<string> Set(string name, StringComparer comparer) => Lines(name).ToHashSet(comparer);
}
