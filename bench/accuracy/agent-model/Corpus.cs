using System.Text.Json;
using Pairguard.AgentContext;

/// <summary>A labelled training item: an attack text (positive) or a clean document (negative), with the sentences the analyzer would score.</summary>
internal sealed record Item(string Id, bool Positive, List<string> Sentences, DocumentWords Document, bool RuleHit);

/// <summary>Reads the training corpora (kept outside the repository) into items, through the analyzer's own segmentation.</summary>
internal static class Corpus
{
    /// <summary>An item from a document scanned as README.md: the sentences the model would score, and whether the keyword rules already find it.</summary>
    public static Item Make(string id, bool positive, string text) => Make(id, positive, text, text);

    /// <summary>An item whose scored sentences come from <paramref name="scored"/> (an attack) placed inside <paramref name="document"/>.</summary>
    public static Item Make(string id, bool positive, string scored, string document)
    {
        var sentences = Judged(scored).Where(InjectionAnalyzer.ModelJudges).SelectMany(InjectionFeatures.Units).ToList();
        var ruleHit = Judged(document).Any(s => InjectionAssessor.Assess(s, AgentFileKind.Documentation, InjectionSignals.Default) is not null);
        return new Item(id, positive, sentences, DocumentWords.Of(document), ruleHit);
    }

    private static List<TextSegment> Judged(string text) => InjectionAnalyzer.Judged(text, DocumentSegmenter.Split(text, CancellationToken.None)).ToList();

    /// <summary>BIPIA training split: every attack (text and code) as a positive, every training context as a negative.</summary>
    public static IEnumerable<Item> Bipia(string dir)
    {
        var contexts = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var task in new[] { "email", "table", "code" })
        {
            var path = Path.Combine(dir, task, "train.jsonl");
            contexts[task] = File.Exists(path) ? File.ReadLines(path).Select(Context).ToList() : [];
            var i = 0;
            foreach (var text in contexts[task])
            {
                yield return Make($"bipia-clean:{task}:{i++}", false, text);
            }
        }

        // Each attack placed in one training context (start, middle or end in turn): its sentences are the positives, judged
        // against the words of the whole attacked document.
        var text_ = contexts["email"].Concat(contexts["table"]).ToList();
        var n = 0;
        foreach (var (file, pool) in new[] { ("text_attack_train.json", text_), ("code_attack_train.json", contexts["code"]) })
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, file)));
            foreach (var p in doc.RootElement.EnumerateObject())
            {
                var i = 0;
                foreach (var v in p.Value.EnumerateArray())
                {
                    var attack = v.GetString() ?? "";
                    var context = pool.Count == 0 ? "" : pool[((n * 7) + 3) % pool.Count];
                    var placed = (n % 3) switch
                    {
                        0 => attack + "\n\n" + context,
                        1 => context[..(context.Length / 2)] + "\n\n" + attack + "\n\n" + context[(context.Length / 2)..],
                        _ => context + "\n\n" + attack,
                    };
                    n++;
                    yield return Make($"bipia:{file}:{p.Name}:{i++}", true, attack, placed);
                }
            }
        }
    }

    private static string Context(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var c = doc.RootElement.GetProperty("context");
        return c.ValueKind == JsonValueKind.Array ? string.Join('\n', c.EnumerateArray().Select(x => x.GetString())) : c.GetString() ?? "";
    }

    /// <summary>CyberSecEval prompt injection, English cases: each user_input as a positive.</summary>
    public static IEnumerable<Item> CyberSecEval(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var e in doc.RootElement.EnumerateArray().Where(e => e.GetProperty("speaking_language").GetString() == "English"))
        {
            yield return Make($"cyberseceval:{e.GetProperty("prompt_id").GetInt32()}", true, e.GetProperty("user_input").GetString() ?? "");
        }
    }

    /// <summary>Documentation files of a real repository (Markdown, reStructuredText, text) as negatives.</summary>
    public static IEnumerable<Item> Docs(string root)
    {
        foreach (var f in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var ext = Path.GetExtension(f).ToLowerInvariant();
            if (ext is not (".md" or ".mdx" or ".rst" or ".txt") || new FileInfo(f).Length > 1_000_000)
            {
                continue;
            }

            yield return Make("docs:" + Path.GetFileName(root) + "/" + Path.GetRelativePath(root, f), false, File.ReadAllText(f));
        }
    }
}
