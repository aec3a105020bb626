using System.Text;

/// <summary>
/// File-level scoring of SecurityEval's hand-labelled generated Python (<c>Result/testcases_*.csv</c>, column <c>Manual</c>: 1 = vulnerable):
/// a file is flagged when Pairguard's code rules report anything in it. Also recall on the dataset's insecure reference code.
/// </summary>
internal static class SecurityEval
{
    public static async Task<int> RunAsync(string suite, string? rulesOnly, string? missesPath)
    {
        var misses = new StringBuilder();
        Console.WriteLine("## SecurityEval (Python, file level; a file is flagged by any code-rule finding)\n");
        Console.WriteLine("| set | files | vulnerable (Manual=1) | flagged | TP | FP | FN | precision | recall | F1 |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (label, csv, folder) in new[] { ("Copilot", "testcases_copilot.csv", "Testcases_Copilot"), ("InCoder", "testcases_incoder.csv", "Testcases_InCoder") })
        {
            var root = Path.Combine(suite, folder);
            var flagged = await FlaggedFiles(root, rulesOnly);
            int tp = 0, fp = 0, fn = 0, vulnerable = 0, files = 0;
            foreach (var line in File.ReadLines(Path.Combine(suite, "Result", csv)).Skip(1))
            {
                var cells = line.Split(',');
                if (cells.Length < 6)
                {
                    continue;
                }

                var path = cells[0] + "/" + cells[1];
                if (!File.Exists(Path.Combine(root, path)))
                {
                    continue;
                }

                files++;
                var isVulnerable = cells[5].Trim() == "1";
                var isFlagged = flagged.ContainsKey(path);
                vulnerable += isVulnerable ? 1 : 0;
                if (isVulnerable && isFlagged)
                {
                    tp++;
                }
                else if (!isVulnerable && isFlagged)
                {
                    fp++;
                    misses.Append($"false-positive {label} {path}: {string.Join(", ", flagged[path])}\n");
                }
                else if (isVulnerable)
                {
                    fn++;
                    misses.Append($"miss {label} {path}\n");
                }
            }

            Row(label, files, vulnerable, tp + fp, tp, fp, fn);
        }

        // The dataset's insecure reference code: every sample is vulnerable, so only recall is meaningful.
        var scratch = Path.Combine(Path.GetTempPath(), "pairguard-securityeval-" + Environment.ProcessId);
        Directory.CreateDirectory(scratch);
        try
        {
            var count = 0;
            foreach (var line in File.ReadLines(Path.Combine(suite, "dataset.jsonl")))
            {
                using var doc = System.Text.Json.JsonDocument.Parse(line);
                var id = doc.RootElement.GetProperty("ID").GetString()!;
                File.WriteAllText(Path.Combine(scratch, id), doc.RootElement.GetProperty("Insecure_code").GetString());
                count++;
            }

            var flagged = await FlaggedFiles(scratch, rulesOnly);
            Console.WriteLine();
            Console.WriteLine($"Insecure reference code (`dataset.jsonl`): {flagged.Count} of {count} flagged, recall {100.0 * flagged.Count / count:0.0} %.");
            foreach (var f in Directory.EnumerateFiles(scratch).Select(Path.GetFileName).Order(StringComparer.Ordinal).Where(f => !flagged.ContainsKey(f!)))
            {
                misses.Append($"miss dataset {f}\n");
            }
        }
        finally
        {
            Directory.Delete(scratch, true);
        }

        if (missesPath is not null)
        {
            File.WriteAllText(missesPath, misses.ToString());
        }

        return 0;
    }

    private static async Task<Dictionary<string, List<string>>> FlaggedFiles(string root, string? rulesOnly)
    {
        var findings = await Scan.RunAsync(root, rulesOnly);
        return findings.Where(f => f.Analyzer == Pairguard.Rules.RuleAnalyzer.AnalyzerId)
            .GroupBy(f => f.Location.Path)
            .ToDictionary(g => g.Key, g => g.Select(f => f.RuleId).Distinct().ToList(), StringComparer.Ordinal);
    }

    private static void Row(string label, int files, int vulnerable, int flagged, int tp, int fp, int fn)
    {
        double precision = flagged == 0 ? 0 : (double)tp / flagged, recall = vulnerable == 0 ? 0 : (double)tp / vulnerable;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        Console.WriteLine($"| {label} | {files} | {vulnerable} | {flagged} | {tp} | {fp} | {fn} | {100 * precision:0.0} % | {100 * recall:0.0} % | {100 * f1:0.0} % |");
    }
}
