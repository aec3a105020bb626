using System.Buffers;

namespace Pairguard.Secrets;

/// <summary>Vectorised passes over a text finding every detector keyword (case-insensitive) and where it occurs.</summary>
/// <remarks>
/// Only the keywords that contain no shorter keyword are searched ("minimal" keywords); a longer keyword is checked
/// around each hit of one minimal keyword it contains. The minimal keywords are split into small sets, because
/// <see cref="SearchValues{T}"/> over a few keywords runs a packed SIMD search while a set of hundreds falls back to
/// a much slower automaton (measured in docs/benchmarks.md, "Secrets throughput").
/// </remarks>
public sealed class KeywordPrefilter
{
    private const int ShortKeyword = 3;
    private const int ShortGroupSize = 8;
    private const int GroupSize = 16;

    private readonly Group[] _groups;

    /// <summary>Builds the pre-filter over the keywords of the given detectors (indexes into the same list).</summary>
    public KeywordPrefilter(IReadOnlyList<SecretDetector> detectors)
    {
        var owners = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < detectors.Count; i++)
        {
            foreach (var k in detectors[i].Keywords)
            {
                if (k.Length == 0)
                {
                    continue;
                }

                if (!owners.TryGetValue(k, out var list))
                {
                    owners[k] = list = [];
                }

                list.Add(i);
            }
        }

        var keywords = owners.Keys.ToArray();
        var minimal = keywords.Where(k => !keywords.Any(o => o.Length < k.Length && k.Contains(o, StringComparison.OrdinalIgnoreCase))).ToArray();
        var entries = minimal.ToDictionary(k => k, k => new Entry(k, owners[k].ToArray()), StringComparer.OrdinalIgnoreCase);
        foreach (var k in keywords.Where(k => !entries.ContainsKey(k)))
        {
            // Every occurrence of k contains an occurrence of this inner keyword: checking k there finds it exactly once.
            var inner = minimal.Where(m => k.Contains(m, StringComparison.OrdinalIgnoreCase)).OrderByDescending(m => m.Length).ThenBy(m => m, StringComparer.Ordinal).First();
            entries[inner].Containers.Add((k, k.IndexOf(inner, StringComparison.OrdinalIgnoreCase), owners[k].ToArray()));
        }

        var ordered = minimal.OrderBy(k => k, StringComparer.OrdinalIgnoreCase).ThenBy(k => k, StringComparer.Ordinal).ToArray();
        _groups = ordered.Where(k => k.Length <= ShortKeyword).Chunk(ShortGroupSize)
            .Concat(ordered.Where(k => k.Length > ShortKeyword).Chunk(GroupSize))
            .Select(g => new Group(g.Select(k => entries[k]).ToArray()))
            .ToArray();
    }

    /// <summary>Calls <paramref name="onHit"/>(detector index, keyword offset, keyword length) for every keyword occurrence, in text order.</summary>
    public void Scan(ReadOnlySpan<char> text, Action<int, int, int> onHit)
    {
        var hits = new List<Hit>();
        foreach (var group in _groups)
        {
            group.Scan(text, hits);
        }

        hits.Sort();
        foreach (var h in hits)
        {
            onHit(h.Detector, h.At, h.Length);
        }
    }

    private readonly record struct Hit(int At, int Length, int Detector) : IComparable<Hit>
    {
        public int CompareTo(Hit other) =>
            At != other.At ? At.CompareTo(other.At) : Length != other.Length ? Length.CompareTo(other.Length) : Detector.CompareTo(other.Detector);
    }

    private sealed class Entry(string keyword, int[] detectors)
    {
        public string Keyword { get; } = keyword;

        public int[] Detectors { get; } = detectors;

        public List<(string Keyword, int Offset, int[] Detectors)> Containers { get; } = [];
    }

    private sealed class Group(Entry[] entries)
    {
        private readonly SearchValues<string> _values = SearchValues.Create(entries.Select(e => e.Keyword).ToArray(), StringComparison.OrdinalIgnoreCase);

        public void Scan(ReadOnlySpan<char> text, List<Hit> hits)
        {
            var offset = 0;
            while (offset < text.Length)
            {
                var i = text[offset..].IndexOfAny(_values);
                if (i < 0)
                {
                    return;
                }

                var at = offset + i;
                var rest = text[at..];
                foreach (var e in entries)
                {
                    if (!rest.StartsWith(e.Keyword, StringComparison.OrdinalIgnoreCase))
                    {
                        continue;
                    }

                    foreach (var d in e.Detectors)
                    {
                        hits.Add(new Hit(at, e.Keyword.Length, d));
                    }

                    foreach (var (keyword, inner, detectors) in e.Containers)
                    {
                        var start = at - inner;
                        if (start >= 0 && text[start..].StartsWith(keyword, StringComparison.OrdinalIgnoreCase))
                        {
                            foreach (var d in detectors)
                            {
                                hits.Add(new Hit(start, keyword.Length, d));
                            }
                        }
                    }
                }

                offset = at + 1;
            }
        }
    }
}
