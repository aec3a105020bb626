using Pairguard.Secrets.Validators;

namespace Pairguard.Secrets;

/// <summary>Runs every detector over a text in one pass: keyword pre-filter, regexes on the hit lines only, checks, then one result per secret.</summary>
public sealed class SecretEngine
{
    private const int MaxWindow = 4096;

    private static readonly Lazy<SecretEngine> LazyDefault = new(() => new SecretEngine(DetectorLoader.BuiltIn));

    private readonly KeywordPrefilter _prefilter;

    public SecretEngine(IReadOnlyList<SecretDetector> detectors)
    {
        Detectors = detectors;
        _prefilter = new KeywordPrefilter(detectors);
    }

    /// <summary>The engine over the built-in detectors.</summary>
    public static SecretEngine Default => LazyDefault.Value;

    public IReadOnlyList<SecretDetector> Detectors { get; }

    /// <summary>Every secret in the text, one per secret (the most specific detector wins), in text order.</summary>
    public IReadOnlyList<SecretMatch> Find(string text, string? language, CancellationToken cancellationToken = default)
    {
        var windows = new List<(int Start, int End)>?[Detectors.Count];
        var text0 = text;
        _prefilter.Scan(text, (d, at, length) =>
        {
            var detector = Detectors[d];
            if (!detector.AppliesToLanguage(language))
            {
                return;
            }

            var list = windows[d] ??= [];
            if (detector.Scope == DetectorScope.File)
            {
                if (list.Count == 0)
                {
                    list.Add((0, text0.Length));
                }

                return;
            }

            if (list.Count > 0 && list[^1].End >= at + length)
            {
                return;
            }

            var (start, end) = LineWindow(text0, at, length);
            if (list.Count > 0 && list[^1].End >= start)
            {
                list[^1] = (list[^1].Start, Math.Max(end, list[^1].End));
            }
            else
            {
                list.Add((start, end));
            }
        });

        for (var d = 0; d < Detectors.Count; d++)
        {
            if (Detectors[d].Keywords.Count == 0 && windows[d] is null && Detectors[d].AppliesToLanguage(language))
            {
                windows[d] = [(0, text.Length)];
            }
        }

        var candidates = new List<SecretMatch>();
        for (var d = 0; d < Detectors.Count; d++)
        {
            if (windows[d] is not { } list)
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var detector = Detectors[d];
            foreach (var (start, end) in list)
            {
                for (var m = detector.Regex.Match(text, start, end - start); m.Success; m = m.NextMatch())
                {
                    if (Evaluate(detector, m, text, language) is { } found)
                    {
                        candidates.Add(found);
                    }
                }
            }
        }

        return Deduplicate(candidates);
    }

    /// <summary>Keeps the most specific match for each secret span: explicit priority (a provider named in the context), then rank, then the longer secret.</summary>
    public static IReadOnlyList<SecretMatch> Deduplicate(List<SecretMatch> candidates)
    {
        if (candidates.Count <= 1)
        {
            return candidates;
        }

        var kept = new List<SecretMatch>();
        foreach (var c in candidates.OrderByDescending(c => c.Detector.Priority).ThenByDescending(c => c.Rank).ThenByDescending(c => c.End - c.Start).ThenBy(c => c.Start))
        {
            if (!kept.Any(k => k.Start < c.End && c.Start < k.End))
            {
                kept.Add(c);
            }
        }

        kept.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : string.CompareOrdinal(a.Detector.Id, b.Detector.Id));
        return kept;
    }

    private static SecretMatch? Evaluate(SecretDetector detector, System.Text.RegularExpressions.Match m, string text, string? language)
    {
        var g = m.Groups[detector.Group];
        if (!g.Success || g.Length == 0)
        {
            return null;
        }

        var secret = g.Value;
        var prefix = detector.Kind == DetectorKind.Prefixed ? LongestPrefix(detector, secret) : null;
        if (detector.CheckPlaceholders && PlaceholderFilter.IsPlaceholder(secret, prefix))
        {
            return null;
        }

        if (detector.MinEntropy > 0)
        {
            var body = prefix is null ? secret.AsSpan() : secret.AsSpan(prefix.Length);

            // A short random string cannot reach a high entropy: cap the threshold by what its length allows.
            var threshold = Math.Min(detector.MinEntropy, Math.Log2(Math.Max(2, body.Length)) - 1.0);
            if (Entropy.Shannon(body) < threshold)
            {
                return null;
            }
        }

        var outcome = ValidationOutcome.Unverified;
        if (detector.Validator is { } name && SecretValidators.Find(name) is { } validator)
        {
            outcome = validator.Validate(new SecretCandidate(secret, m.Value, text, m.Index, m.Index + m.Length, language));
            if (outcome.Result == ValidationResult.Invalid)
            {
                return null;
            }
        }

        return new SecretMatch(detector, g.Index, g.Index + g.Length, secret, outcome);
    }

    private static string? LongestPrefix(SecretDetector detector, string secret)
    {
        string? best = null;
        foreach (var k in detector.Keywords)
        {
            if (secret.StartsWith(k, StringComparison.OrdinalIgnoreCase) && (best is null || k.Length > best.Length))
            {
                best = k;
            }
        }

        return best;
    }

    private static (int Start, int End) LineWindow(string text, int at, int length)
    {
        var back = Math.Min(at, MaxWindow);
        var nl = back == 0 ? -1 : text.LastIndexOf('\n', at - 1, back);
        var start = nl >= 0 ? nl + 1 : at - back;
        var from = Math.Min(text.Length, at + length);
        var ahead = Math.Min(text.Length - from, MaxWindow);
        var next = ahead == 0 ? -1 : text.IndexOf('\n', from, ahead);
        var end = next >= 0 ? next : from + ahead;
        return (start, end);
    }
}
