using System.Globalization;
using Pairguard.AgentContext;

// Trains the injection model (src/Pairguard/AgentContext/Data/injection-model.json) on training corpora kept outside the repository,
// and reports k-fold cross-validated item-level TPR/FPR. Usage and results: docs/accuracy.md ("Agent context", "The model").
//   dotnet bench/accuracy/agent-model/bin/Release/net10.0/InjectionModelTrainer.dll --bipia DIR --cyberseceval FILE --docs DIR... [--out FILE] [--folds K]
var bipia = Arg("--bipia");
var cse = Arg("--cyberseceval");
var docs = Args("--docs");
var output = Arg("--out");
var folds = int.Parse(Arg("--folds") ?? "5", CultureInfo.InvariantCulture);
var targetFpr = double.Parse(Arg("--target-fpr") ?? "0.005", CultureInfo.InvariantCulture);
// The shipped threshold: the false-positive rate the fold models reach on the negatives they did not see (out-of-fold), which is
// how the model behaves on documentation it never saw; the training-fit threshold (--target-fpr) is only used inside each fold.
// 1.5 %: rules and model together then stay under the 2 % per-document budget on the held-out documentation (1.7 %).
var oofFpr = double.Parse(Arg("--oof-fpr") ?? "0.015", CultureInfo.InvariantCulture);

var items = new List<Item>();
if (bipia is not null)
{
    items.AddRange(Corpus.Bipia(bipia));
}

if (cse is not null)
{
    items.AddRange(Corpus.CyberSecEval(cse));
}

foreach (var d in docs)
{
    items.AddRange(Corpus.Docs(d));
}

// Items without a scorable sentence (another language, tables only) stay: they train nothing but count in the cross-validation.
Console.WriteLine($"items: {items.Count(i => i.Positive)} positive, {items.Count(i => !i.Positive)} negative; sentences: {items.Sum(i => i.Sentences.Count)}");
var trainer = new Trainer(
    epochs: int.Parse(Arg("--epochs") ?? "200", CultureInfo.InvariantCulture),
    l2: double.Parse(Arg("--l2") ?? "1e-5", CultureInfo.InvariantCulture),
    learningRate: 0.2,
    minCount: int.Parse(Arg("--min-count") ?? "10", CultureInfo.InvariantCulture),
    prune: double.Parse(Arg("--prune") ?? "0.1", CultureInfo.InvariantCulture),
    seed: 17);

// Cross-validation: folds by item, so no attack text or document is both trained on and scored.
var foldOf = items.Select(i => (int)((uint)StableHash(i.Id) % (uint)folds)).ToArray();
var found = new Dictionary<string, (int Hit, int Total)>(StringComparer.Ordinal);
var report = new System.Text.StringBuilder();
var union = new Dictionary<string, int>(StringComparer.Ordinal);
var rules = new Dictionary<string, int>(StringComparer.Ordinal);
var outOfFold = new double[items.Count];
for (var k = 0; k < folds; k++)
{
    var train = items.Where((_, i) => foldOf[i] != k).ToList();
    var model = trainer.Train(train, targetFpr);
    foreach (var (item, i) in items.Select((item, i) => (item, i)).Where(x => foldOf[x.i] == k))
    {
        var set = item.Id[..item.Id.IndexOf(':')] + (item.Positive ? " (positive)" : " (negative)");
        var best = item.Sentences.Select(s => model.Score(s, item.Document)).MaxBy(s => s.Probability);
        var hit = best is not null && best.Probability >= model.Threshold;
        outOfFold[i] = best?.Probability ?? 0;
        if (hit != item.Positive && !item.RuleHit)
        {
            report.AppendLine($"{(item.Positive ? "MISS" : "FP  ")} {item.Id} p={best?.Probability ?? 0:0.000}: {best?.Sentence[..Math.Min(160, best.Sentence.Length)] ?? "(no scorable sentence)"}");
        }
        var (h, t) = found.GetValueOrDefault(set);
        found[set] = (h + (hit ? 1 : 0), t + 1);
        union[set] = union.GetValueOrDefault(set) + (hit || item.RuleHit ? 1 : 0);
        rules[set] = rules.GetValueOrDefault(set) + (item.RuleHit ? 1 : 0);
    }
}

Console.WriteLine($"{folds}-fold cross-validation, item level (a positive is found / a negative is flagged when any sentence reaches the threshold):");
foreach (var (set, (hit, total)) in found.OrderBy(x => x.Key, StringComparer.Ordinal))
{
    Console.WriteLine($"  {set,-26} model {hit,4}/{total} ({100.0 * hit / total,5:0.0} %)   rules {rules[set],4} ({100.0 * rules[set] / total,5:0.0} %)   rules or model {union[set],4} ({100.0 * union[set] / total,5:0.0} %)");
}

// Out-of-fold calibration: the lowest threshold at which the fold models flag at most oofFpr of the scorable negatives.
var oofNegatives = items.Select((item, i) => (item, i)).Where(x => !x.item.Positive && x.item.Sentences.Count > 0)
    .Select(x => outOfFold[x.i]).OrderDescending().ToList();
var oofThreshold = Math.Clamp(oofNegatives[Math.Min((int)Math.Floor(oofFpr * oofNegatives.Count), oofNegatives.Count - 1)] + 1e-6, 0.05, 0.999);
Console.WriteLine($"out-of-fold threshold {oofThreshold:0.000} (at most {oofFpr:P1} of the {oofNegatives.Count} scorable negatives), item level:");
foreach (var set in found.Keys.Order(StringComparer.Ordinal))
{
    var members = items.Select((item, i) => (item, i)).Where(x => x.item.Id.StartsWith(set[..set.IndexOf(' ')] + ":", StringComparison.Ordinal)).ToList();
    var model = members.Count(x => outOfFold[x.i] >= oofThreshold);
    var either = members.Count(x => outOfFold[x.i] >= oofThreshold || x.item.RuleHit);
    Console.WriteLine($"  {set,-26} model {model,4}/{members.Count} ({100.0 * model / members.Count,5:0.0} %)   rules or model {either,4} ({100.0 * either / members.Count,5:0.0} %)");
}

if (Arg("--report") is { } reportPath)
{
    File.WriteAllText(reportPath, report.ToString());
}

if (output is not null)
{
    var final = trainer.Train(items, targetFpr).WithThreshold(oofThreshold);
    final.Save(output);
    Console.WriteLine($"model: {final.FeatureCount} features, threshold {final.Threshold:0.000}, written to {output}");
}

string? Arg(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

List<string> Args(string name) => args.Select((a, i) => (a, i)).Where(x => x.a == name && x.i + 1 < args.Length).Select(x => args[x.i + 1]).ToList();

static int StableHash(string s)
{
    unchecked
    {
        var h = (int)2166136261;
        foreach (var c in s)
        {
            h = (h ^ c) * 16777619;
        }

        return h;
    }
}
