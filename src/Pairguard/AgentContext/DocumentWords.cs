namespace Pairguard.AgentContext;

/// <summary>
/// The content words of a whole document, to tell whether a sentence belongs to it: an injected task ("What is the capital of
/// Brazil?") shares no word with the email or README around it, while a document's own questions reuse its vocabulary.
/// </summary>
public sealed class DocumentWords
{
    /// <summary>Fewest content words the rest of a document needs before the overlap says anything.</summary>
    public const int MinContext = 40;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "about", "after", "again", "also", "another", "back", "because", "been", "before", "being", "between", "both", "could", "does",
        "doing", "done", "during", "each", "even", "from", "further", "have", "having", "here", "into", "just", "like", "made", "make",
        "many", "more", "most", "much", "must", "need", "only", "other", "over", "same", "should", "some", "such", "than", "that", "their",
        "them", "then", "there", "these", "they", "this", "those", "through", "under", "used", "using", "very", "want", "well", "were",
        "what", "when", "where", "which", "while", "will", "with", "without", "would", "your", "yours", "you're", "it's", "don't",
    };

    private readonly Dictionary<string, int> _counts;
    private readonly int _total;

    private DocumentWords(Dictionary<string, int> counts, int total)
    {
        _counts = counts;
        _total = total;
    }

    /// <summary>Counts the content words of a document.</summary>
    public static DocumentWords Of(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        foreach (var w in ContentWords(text))
        {
            counts[w] = counts.GetValueOrDefault(w) + 1;
            total++;
        }

        return new DocumentWords(counts, total);
    }

    /// <summary>Words of four letters or more that are not function words.</summary>
    public static IEnumerable<string> ContentWords(string text) =>
        InjectionFeatures.Words(text).Where(w => w.Length >= 4 && !StopWords.Contains(w) && !w.All(char.IsDigit));

    /// <summary>
    /// How much of the sentence's vocabulary the rest of the document uses: <c>ctx:0</c>, <c>ctx:low</c> (under a third), <c>ctx:mid</c>
    /// (under two thirds), <c>ctx:high</c>; null when the sentence has no content word or the rest of the document is too short to tell
    /// (a short document must not look suspicious for being short).
    /// </summary>
    public string? Feature(string sentence)
    {
        var own = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var w in ContentWords(sentence))
        {
            own[w] = own.GetValueOrDefault(w) + 1;
        }

        if (own.Count == 0)
        {
            return null;
        }

        if (_total - own.Values.Sum() < MinContext)
        {
            return null;
        }

        var shared = own.Count(kv => _counts.GetValueOrDefault(kv.Key) > kv.Value);
        var share = (double)shared / own.Count;
        return shared == 0 ? "ctx:0" : share < 1.0 / 3 ? "ctx:low" : share < 2.0 / 3 ? "ctx:mid" : "ctx:high";
    }
}
