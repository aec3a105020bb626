using System.Text;

namespace Pairguard.Dependencies.Risk;

/// <summary>Detects names that imitate a popular package: edit distance, separator, order and affix tricks, <c>@types</c> confusion and homoglyphs.</summary>
public sealed class Typosquat
{
    /// <summary>How many of the most popular names per ecosystem are typosquat targets (the rest still count as known-good).</summary>
    public const int TargetCount = 5000;

    private static readonly string[] Affixes = ["python", "py", "node", "js", "npm", "lib", "dev", "official", "sdk", "api", "cli", "utils", "util", "core", "pkg", "package", "2", "3", "io"];
    private static readonly Dictionary<char, char> Homoglyphs = new()
    {
        ['а'] = 'a',
        ['е'] = 'e',
        ['о'] = 'o',
        ['р'] = 'p',
        ['с'] = 'c',
        ['у'] = 'y',
        ['х'] = 'x',
        ['і'] = 'i',
        ['ј'] = 'j',
        ['ԁ'] = 'd',
        ['ɡ'] = 'g',
        ['ѕ'] = 's',
        ['ԛ'] = 'q',
        ['ԝ'] = 'w',
        ['ӏ'] = 'l',
        ['ı'] = 'i',
        ['ο'] = 'o',
        ['α'] = 'a',
        ['ν'] = 'v',
        ['κ'] = 'k',
        ['τ'] = 't',
        ['０'] = '0',
        ['１'] = '1',
        ['ｌ'] = 'l',
        ['ｏ'] = 'o',
        ['ａ'] = 'a',
        ['ｅ'] = 'e',
    };

    private readonly IReadOnlySet<string> _known;
    private readonly HashSet<string> _targetSet;
    private readonly Dictionary<int, string[]> _targetsByLength;
    private readonly Dictionary<string, string> _bySkeleton;
    private readonly Dictionary<string, string> _byTokens;
    private readonly string _ecosystem;

    public Typosquat(string ecosystem, IReadOnlyList<string> popularNames)
    {
        _ecosystem = ecosystem;
        _known = popularNames.Select(Canonical).ToHashSet(StringComparer.Ordinal);
        var targets = popularNames.Take(TargetCount).Select(Canonical).Distinct(StringComparer.Ordinal).ToList();
        _targetSet = targets.ToHashSet(StringComparer.Ordinal);
        _targetsByLength = targets.GroupBy(t => t.Length).ToDictionary(g => g.Key, g => g.ToArray());
        _bySkeleton = new Dictionary<string, string>(StringComparer.Ordinal);
        _byTokens = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var t in targets)
        {
            _bySkeleton.TryAdd(Skeleton(t), t);
            _byTokens.TryAdd(SortedTokens(t), t);
        }
    }

    /// <summary>The bundled popular-name list of an ecosystem (empty when Pairguard has none).</summary>
    public static Typosquat ForEcosystem(string ecosystem)
    {
        var file = ecosystem switch
        {
            Ecosystems.Npm => "npm-top.txt",
            Ecosystems.PyPI => "pypi-top.txt",
            Ecosystems.NuGet => "nuget-top.txt",
            Ecosystems.RubyGems => "rubygems-top.txt",
            Ecosystems.Cargo => "crates-top.txt",
            _ => null,
        };
        return new Typosquat(ecosystem, file is null ? [] : DataFiles.Lines(file));
    }

    /// <summary>True when the name is on the bundled popular list.</summary>
    public bool IsPopular(string name) => _known.Contains(Canonical(name));

    /// <summary>The popular name this one imitates and how, or null.</summary>
    public (string Target, string How)? Check(string name)
    {
        var n = Canonical(name);
        if (n.Length == 0 || _known.Contains(n))
        {
            return null;
        }

        var ascii = Deglyph(n);
        if (ascii != n && _known.Contains(ascii))
        {
            return (ascii, "uses look-alike (homoglyph) characters");
        }

        if (_ecosystem == Ecosystems.Npm && n.StartsWith('@') && n.IndexOf('/') is var slash and > 1)
        {
            var scope = n[1..slash];
            var bare = n[(slash + 1)..];
            if (scope != "types" && Distance(scope, "types", 2) <= 2 && _known.Contains(bare))
            {
                return ("@types/" + bare, "imitates the @types scope");
            }
        }

        if (_bySkeleton.TryGetValue(Skeleton(n), out var sep) && sep != n)
        {
            return (sep, "differs only in separators");
        }

        if (_byTokens.TryGetValue(SortedTokens(n), out var order) && order != n)
        {
            return (order, "reorders the words of the name");
        }

        var tokens = Tokens(n);
        if (tokens.Count >= 2)
        {
            foreach (var affix in Affixes)
            {
                if (tokens[0] == affix && _targetSet.Contains(Join(n, tokens.Skip(1))))
                {
                    return (Join(n, tokens.Skip(1)), $"adds the prefix '{affix}' to a popular name");
                }

                if (tokens[^1] == affix && _targetSet.Contains(Join(n, tokens.Take(tokens.Count - 1))))
                {
                    return (Join(n, tokens.Take(tokens.Count - 1)), $"adds the suffix '{affix}' to a popular name");
                }
            }
        }

        var max = n.Length >= 7 ? 2 : n.Length >= 4 ? 1 : 0;
        if (max == 0)
        {
            return null;
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        for (var length = Math.Max(4, n.Length - max); length <= n.Length + max; length++)
        {
            if (!_targetsByLength.TryGetValue(length, out var candidates))
            {
                continue;
            }

            var limit = Math.Min(max, length >= 7 ? 2 : 1);
            foreach (var t in candidates)
            {
                if (!CloseEnough(n, t, limit))
                {
                    continue;
                }

                var d = Distance(n, t, limit);
                if (d <= limit && d < bestDistance)
                {
                    best = t;
                    bestDistance = d;
                }
            }
        }

        return best is null ? null : (best, bestDistance == 1 ? "is one edit away from a popular name" : "is two edits away from a popular name");
    }

    /// <summary>Optimal-string-alignment Damerau–Levenshtein distance, stopping early once it exceeds <paramref name="limit"/>.</summary>
    public static int Distance(string a, string b, int limit = int.MaxValue)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        Span<int> buffer = b.Length < 170 ? stackalloc int[3 * (b.Length + 1)] : new int[3 * (b.Length + 1)];
        var prev2 = buffer[..(b.Length + 1)];
        var prev = buffer.Slice(b.Length + 1, b.Length + 1);
        var cur = buffer.Slice(2 * (b.Length + 1), b.Length + 1);
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var rowMin = cur[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    v = Math.Min(v, prev2[j - 2] + 1);
                }

                cur[j] = v;
                rowMin = Math.Min(rowMin, v);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            var rotate = prev2;
            prev2 = prev;
            prev = cur;
            cur = rotate;
        }

        return prev[b.Length];
    }

    /// <summary>Cheap lower bound: two strings within <paramref name="limit"/> edits differ in at most 2×limit character counts (ASCII letters, digits).</summary>
    private static bool CloseEnough(string a, string b, int limit)
    {
        Span<int> counts = stackalloc int[128];
        foreach (var c in a)
        {
            counts[c & 127]++;
        }

        foreach (var c in b)
        {
            counts[c & 127]--;
        }

        var diff = 0;
        foreach (var v in counts)
        {
            diff += Math.Abs(v);
        }

        return diff <= 2 * limit;
    }

    private string Canonical(string name) => Ecosystems.CanonicalName(_ecosystem, name).ToLowerInvariant();

    private static string Skeleton(string n) => new(n.Where(c => c is not ('-' or '_' or '.')).ToArray());

    private static List<string> Tokens(string n) => n.Split(['-', '_', '.'], StringSplitOptions.RemoveEmptyEntries).ToList();

    private static string SortedTokens(string n) => string.Join('-', Tokens(n).Order(StringComparer.Ordinal));

    private static string Join(string original, IEnumerable<string> tokens) =>
        string.Join(original.Contains('_') && !original.Contains('-') ? '_' : '-', tokens);

    private static string Deglyph(string n)
    {
        var sb = new StringBuilder(n.Length);
        foreach (var c in n.Normalize(NormalizationForm.FormKC))
        {
            sb.Append(Homoglyphs.TryGetValue(c, out var a) ? a : c);
        }

        return sb.ToString();
    }
}
