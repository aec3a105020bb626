using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pairguard.AgentContext;

/// <summary>One sentence's score under the injection model and the features that pushed it up most (the explanation).</summary>
/// <param name="Probability">Model probability that the sentence is an injected instruction.</param>
/// <param name="Sentence">The sentence that was scored.</param>
/// <param name="Evidence">The features with the largest positive contribution, strongest first, with their contribution.</param>
public sealed record InjectionModelScore(double Probability, string Sentence, IReadOnlyList<(string Feature, double Contribution)> Evidence);

/// <summary>
/// A logistic-regression model over word features (<see cref="InjectionFeatures"/>) that scores sentences as likely prompt injection.
/// Its weights are data (<c>Data/injection-model.json</c>), written by the training program in <c>bench/accuracy/agent-model</c>.
/// </summary>
public sealed class InjectionModel
{
    /// <summary>Name of the embedded weights resource.</summary>
    public const string ResourceName = "Pairguard.AgentContext.Data.injection-model.json";

    /// <summary>Fewest features with a weight a unit needs before the model gives it a score.</summary>
    public const int MinKnownFeatures = 3;

    /// <summary>Smallest share of a unit's words the model must know (text in another language, or mostly identifiers, gets no score).</summary>
    public const double MinKnownWordShare = 0.5;

    private static readonly Lazy<InjectionModel> LazyDefault = new(() => Load(ResourceName));

    private readonly Dictionary<string, double> _weights;

    /// <summary>Creates a model from its bias, decision threshold and feature weights.</summary>
    public InjectionModel(double bias, double threshold, IReadOnlyDictionary<string, double> weights)
    {
        Bias = bias;
        Threshold = threshold;
        _weights = new Dictionary<string, double>(weights, StringComparer.Ordinal);
    }

    /// <summary>The built-in model.</summary>
    public static InjectionModel Default => LazyDefault.Value;

    /// <summary>Intercept of the linear score.</summary>
    public double Bias { get; }

    /// <summary>Probability at or above which a sentence is reported.</summary>
    public double Threshold { get; }

    /// <summary>Number of weighted features.</summary>
    public int FeatureCount => _weights.Count;

    /// <summary>The same weights with another decision threshold (the trainer calibrates it on out-of-fold scores).</summary>
    public InjectionModel WithThreshold(double threshold) => new(Bias, threshold, _weights);

    /// <summary>The weight of a feature (0 when the model does not know it).</summary>
    public double Weight(string feature) => _weights.GetValueOrDefault(feature);

    /// <summary>Probability that one sentence is an injected instruction, with the strongest positive evidence.</summary>
    public InjectionModelScore Score(string sentence, DocumentWords? document = null, int evidence = 4)
    {
        var words = InjectionFeatures.Words(sentence);
        var features = InjectionFeatures.Extract(sentence, words, document);
        var scale = features.Count == 0 ? 0 : 1.0 / Math.Sqrt(features.Count);
        var z = Bias;
        var contributions = new List<(string, double)>();
        var known = 0;
        foreach (var f in features)
        {
            if (_weights.TryGetValue(f, out var w))
            {
                known++;
                z += w * scale;
                if (w > 0)
                {
                    contributions.Add((f, w * scale));
                }
            }
        }

        var knownWords = words.Count(w => _weights.ContainsKey("w:" + w));
        if (known < MinKnownFeatures || knownWords < MinKnownWordShare * words.Count)
        {
            // Too little the model has seen (another language, an encoded blob, a bare identifier): no opinion.
            return new InjectionModelScore(0, sentence, []);
        }

        var top = contributions.OrderByDescending(c => c.Item2).ThenBy(c => c.Item1, StringComparer.Ordinal).Take(evidence).ToList();
        return new InjectionModelScore(1.0 / (1.0 + Math.Exp(-z)), sentence, top);
    }

    /// <summary>The highest-scoring unit of a passage (<see cref="InjectionFeatures.Units"/>), or null when it has none.</summary>
    public InjectionModelScore? Best(TextSegment segment, DocumentWords? document = null, CancellationToken cancellationToken = default)
    {
        InjectionModelScore? best = null;
        foreach (var s in InjectionFeatures.Units(segment))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var score = Score(s, document);
            if (best is null || score.Probability > best.Probability)
            {
                best = score;
            }
        }

        return best;
    }

    /// <summary>Writes the model as JSON (features sorted, weights rounded to 4 decimals).</summary>
    public void Save(string path)
    {
        var data = new ModelData
        {
            Bias = Math.Round(Bias, 4),
            Threshold = Math.Round(Threshold, 4),
            Weights = _weights.Where(kv => Math.Round(kv.Value, 4) != 0).OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => Math.Round(kv.Value, 4)),
        };
        File.WriteAllText(path, JsonSerializer.Serialize(data, new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }

    /// <summary>Reads a model written by <see cref="Save"/> from a file.</summary>
    public static InjectionModel LoadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    private static InjectionModel Load(string resource)
    {
        using var stream = typeof(InjectionModel).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The injection model resource '{resource}' is missing from the build.");
        return Read(stream, resource);
    }

    private static InjectionModel Read(Stream stream, string name)
    {
        var data = JsonSerializer.Deserialize<ModelData>(stream) ?? throw new InvalidDataException($"{name}: empty injection model.");
        if (data.Threshold is <= 0 or >= 1)
        {
            throw new InvalidDataException($"{name}: threshold must be between 0 and 1, not {data.Threshold}.");
        }

        return new InjectionModel(data.Bias, data.Threshold, data.Weights);
    }

    private sealed class ModelData
    {
        [JsonPropertyName("bias")]
        public double Bias { get; init; }

        [JsonPropertyName("threshold")]
        public double Threshold { get; init; }

        [JsonPropertyName("weights")]
        public Dictionary<string, double> Weights { get; init; } = [];
    }
}
