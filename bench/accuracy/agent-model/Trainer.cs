using Pairguard.AgentContext;

/// <summary>Class-weighted logistic regression over sentence features, trained with AdaGrad; an item's score is its best sentence.</summary>
internal sealed class Trainer(int epochs, double l2, double learningRate, int minCount, double prune, int seed)
{
    /// <summary>Trains on the items (every sentence of a positive item is a positive example in the first round; in the second round
    /// only the item's highest-scoring sentences stay positive, since an attack text often wraps its instruction in harmless sentences).</summary>
    public InjectionModel Train(IReadOnlyList<Item> items, double targetFpr)
    {
        // Vocabulary: a feature seen twice in positive sentences, or minCount times in all (the negatives' frequent words carry the
        // negative weights that keep ordinary documentation quiet; their rare words would only bloat the model).
        var counts = new Dictionary<string, (int All, int Positive)>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            foreach (var s in item.Sentences)
            {
                foreach (var f in InjectionFeatures.Extract(s, item.Document))
                {
                    var (all, pos) = counts.GetValueOrDefault(f);
                    counts[f] = (all + 1, pos + (item.Positive ? 1 : 0));
                }
            }
        }

        var vocabulary = counts.Where(kv => kv.Value.Positive >= 2 || kv.Value.All >= minCount).Select(kv => kv.Key).Order(StringComparer.Ordinal).ToList();
        var index = vocabulary.Select((f, i) => (f, i)).ToDictionary(x => x.f, x => x.i, StringComparer.Ordinal);
        var vectors = items.Select(i => i.Sentences.Select(s => Vector(s, i.Document, index)).ToList()).ToList();

        var examples = new List<(int Item, int Sentence, bool Label)>();
        for (var i = 0; i < items.Count; i++)
        {
            for (var s = 0; s < vectors[i].Count; s++)
            {
                examples.Add((i, s, items[i].Positive));
            }
        }

        var (w, b) = Fit(examples, vectors, vocabulary.Count);
        var reduced = new List<(int, int, bool)>();
        for (var i = 0; i < items.Count; i++)
        {
            var ranked = Enumerable.Range(0, vectors[i].Count).OrderByDescending(s => Dot(w, b, vectors[i][s])).ToList();
            foreach (var s in items[i].Positive ? ranked.Take(2) : ranked)
            {
                reduced.Add((i, s, items[i].Positive));
            }
        }

        (w, b) = Fit(reduced, vectors, vocabulary.Count);
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var f = 0; f < vocabulary.Count; f++)
        {
            if (Math.Abs(w[f]) >= prune)
            {
                weights[vocabulary[f]] = w[f];
            }
        }

        // Threshold: the lowest item score that keeps the negatives' item-level false-positive rate at or under the target.
        var scorer = new InjectionModel(b, 0.5, weights);
        // Negatives without a scorable sentence (tables) are left out, or they would dilute the rate and lower the threshold.
        var negatives = items.Where(x => !x.Positive && x.Sentences.Count > 0)
            .Select(x => x.Sentences.Max(s => scorer.Score(s, x.Document).Probability)).OrderDescending().ToList();
        var allowed = (int)Math.Floor(targetFpr * negatives.Count);
        var threshold = Math.Clamp(negatives.Count == 0 ? 0.5 : negatives[Math.Min(allowed, negatives.Count - 1)] + 1e-6, 0.05, 0.999);
        return new InjectionModel(b, threshold, weights);
    }

    private (double[] W, double B) Fit(List<(int Item, int Sentence, bool Label)> examples, List<List<(int[] F, double Scale)>> vectors, int n)
    {
        var w = new double[n];
        var g2 = new double[n];
        double b = 0, gb2 = 0;
        var positives = examples.Count(e => e.Label);
        var posWeight = positives == 0 ? 1 : Math.Min(50, (double)(examples.Count - positives) / positives);
        var rng = new Random(seed);
        var order = examples.ToArray();
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            rng.Shuffle(order);
            foreach (var (item, sentence, label) in order)
            {
                var (f, scale) = vectors[item][sentence];
                var p = Sigmoid(Dot(w, b, (f, scale)));
                var g = (p - (label ? 1 : 0)) * (label ? posWeight : 1);
                foreach (var j in f)
                {
                    var grad = g * scale + l2 * w[j];
                    g2[j] += grad * grad;
                    w[j] -= learningRate * grad / Math.Sqrt(g2[j] + 1e-8);
                }

                gb2 += g * g;
                b -= learningRate * g / Math.Sqrt(gb2 + 1e-8);
            }
        }

        return (w, b);
    }

    private static (int[] F, double Scale) Vector(string sentence, DocumentWords document, Dictionary<string, int> index)
    {
        var all = InjectionFeatures.Extract(sentence, document);
        var known = all.Where(index.ContainsKey).Select(f => index[f]).ToArray();

        // Scaled by all of the sentence's features, known or not, exactly as InjectionModel.Score does.
        return (known, all.Count == 0 ? 0 : 1.0 / Math.Sqrt(all.Count));
    }

    private static double Dot(double[] w, double b, (int[] F, double Scale) v)
    {
        var z = b;
        foreach (var j in v.F)
        {
            z += w[j] * v.Scale;
        }

        return z;
    }

    private static double Sigmoid(double z) => 1.0 / (1.0 + Math.Exp(-z));
}
