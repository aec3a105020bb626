using System.Text.Json;

/// <summary>Builds BIPIA training-split documents: each attack inserted into contexts (start, middle, end), and the clean contexts.</summary>
internal static class Bipia
{
    /// <summary>How many contexts each attack is inserted into.</summary>
    public const int ContextsPerAttack = 3;

    public static (List<Doc> Attacked, List<Doc> Clean) Build(string benchmarkDir)
    {
        var text = Contexts(Path.Combine(benchmarkDir, "email", "train.jsonl"), "email")
            .Concat(Contexts(Path.Combine(benchmarkDir, "table", "train.jsonl"), "table")).ToList();
        var code = Contexts(Path.Combine(benchmarkDir, "code", "train.jsonl"), "code").ToList();
        var attacked = new List<Doc>();
        Insert(Attacks(Path.Combine(benchmarkDir, "text_attack_train.json")), text, "text", attacked);
        Insert(Attacks(Path.Combine(benchmarkDir, "code_attack_train.json")), code, "code", attacked);
        var clean = text.Concat(code).Select(c => new Doc($"bipia/clean/{c.Id}", "README.md", c.Text, false)).ToList();
        return (attacked, clean);
    }

    private static void Insert(List<(string Category, string Text)> attacks, List<(string Id, string Text)> contexts, string kind, List<Doc> output)
    {
        var n = 0;
        foreach (var (category, attack) in attacks)
        {
            for (var k = 0; k < ContextsPerAttack; k++, n++)
            {
                var (id, context) = contexts[n % contexts.Count];
                var doc = (n % 3) switch
                {
                    0 => attack + "\n\n" + context,
                    1 => MiddleInsert(context, attack),
                    _ => context + "\n\n" + attack,
                };
                output.Add(new Doc($"bipia/{kind}/{category}/{n}@{id}", "README.md", doc, true));
            }
        }
    }

    private static string MiddleInsert(string context, string attack)
    {
        var mid = context.Length / 2;
        var cut = context.IndexOf('\n', mid);
        if (cut < 0)
        {
            cut = context.IndexOf(". ", mid, StringComparison.Ordinal);
            cut = cut < 0 ? context.Length : cut + 1;
        }

        return context[..cut] + "\n\n" + attack + "\n\n" + context[cut..];
    }

    private static List<(string, string)> Attacks(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.EnumerateObject()
            .SelectMany(p => p.Value.EnumerateArray().Select(v => (p.Name, v.GetString() ?? "")))
            .ToList();
    }

    private static IEnumerable<(string Id, string Text)> Contexts(string path, string kind)
    {
        var i = 0;
        foreach (var line in File.ReadLines(path))
        {
            using var doc = JsonDocument.Parse(line);
            var c = doc.RootElement.GetProperty("context");
            var text = c.ValueKind == JsonValueKind.Array ? string.Join('\n', c.EnumerateArray().Select(x => x.GetString())) : c.GetString() ?? "";
            yield return ($"{kind}{i++}", text);
        }
    }
}
