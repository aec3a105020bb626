using System.Buffers;

namespace Pairguard.Secrets;

/// <summary>One vectorised pass over a text finding every detector keyword (case-insensitive) and where it occurs.</summary>
public sealed class KeywordPrefilter
{
    private readonly SearchValues<string> _any;
    private readonly Dictionary<char, (string Keyword, int[] Detectors)[]> _byFirstChar;

    /// <summary>Builds the pre-filter over the keywords of the given detectors (indexes into the same list).</summary>
    public KeywordPrefilter(IReadOnlyList<SecretDetector> detectors)
    {
        var owners = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < detectors.Count; i++)
        {
            foreach (var k in detectors[i].Keywords)
            {
                if (!owners.TryGetValue(k, out var list))
                {
                    owners[k] = list = [];
                }

                list.Add(i);
            }
        }

        _any = SearchValues.Create(owners.Keys.ToArray(), StringComparison.OrdinalIgnoreCase);
        _byFirstChar = owners
            .GroupBy(kv => char.ToLowerInvariant(kv.Key[0]))
            .ToDictionary(g => g.Key, g => g.Select(kv => (kv.Key, kv.Value.ToArray())).ToArray());
    }

    /// <summary>Calls <paramref name="onHit"/>(detector index, keyword offset, keyword length) for every keyword occurrence.</summary>
    public void Scan(ReadOnlySpan<char> text, Action<int, int, int> onHit)
    {
        var offset = 0;
        while (offset < text.Length)
        {
            var i = text[offset..].IndexOfAny(_any);
            if (i < 0)
            {
                return;
            }

            var at = offset + i;
            if (_byFirstChar.TryGetValue(char.ToLowerInvariant(text[at]), out var candidates))
            {
                var rest = text[at..];
                foreach (var (keyword, detectors) in candidates)
                {
                    if (rest.StartsWith(keyword, StringComparison.OrdinalIgnoreCase))
                    {
                        foreach (var d in detectors)
                        {
                            onHit(d, at, keyword.Length);
                        }
                    }
                }
            }

            offset = at + 1;
        }
    }
}
