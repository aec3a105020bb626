using System.Text.Json;
using Pairguard.AgentContext;

/// <summary>A labelled training item: an attack text (positive) or a clean document (negative), with the sentences the analyzer would score.</summary>
internal sealed record Item(string Id, bool Positive, List<string> Sentences, bool RuleHit);

/// <summary>Reads the training corpora (kept outside the repository) into items, through the analyzer's own segmentation.</summary>
internal static class Corpus
{
    /// <summary>An item from a document scanned as README.md: the sentences the model would score, and whether the keyword rules already find it.</summary>
    public static Item Make(string id, bool positive, string text)
    {
        var judged = InjectionAnalyzer.Judged(text, DocumentSegmenter.Split(text, CancellationToken.None)).ToList();
        var sentences = judged.Where(InjectionAnalyzer.ModelJudges).SelectMany(InjectionFeatures.Units).ToList();
        var ruleHit = judged.Any(s => InjectionAssessor.Assess(s, AgentFileKind.Documentation, InjectionSignals.Default) is not null);
        return new Item(id, positive, sentences, ruleHit);
    }

    /// <summary>BIPIA training split: every attack (text and code) as a positive, every training context as a negative.</summary>
    public static IEnumerable<Item> Bipia(string dir)
    {
        foreach (var file in new[] { "text_attack_train.json", "code_attack_train.json" })
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, file)));
            foreach (var p in doc.RootElement.EnumerateObject())
            {
                var i = 0;
                foreach (var v in p.Value.EnumerateArray())
                {
                    yield return Make($"bipia:{file}:{p.Name}:{i++}", true, v.GetString() ?? "");
                }
            }
        }

        foreach (var task in new[] { "email", "table", "code", "qa", "abstract" })
        {
            var path = Path.Combine(dir, task, "train.jsonl");
            if (!File.Exists(path))
            {
                continue;
            }

            var i = 0;
            foreach (var line in File.ReadLines(path))
            {
                using var doc = JsonDocument.Parse(line);
                var c = doc.RootElement.GetProperty("context");
                var text = c.ValueKind == JsonValueKind.Array ? string.Join('\n', c.EnumerateArray().Select(x => x.GetString())) : c.GetString() ?? "";
                yield return Make($"bipia-clean:{task}:{i++}", false, text);
            }
        }
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
