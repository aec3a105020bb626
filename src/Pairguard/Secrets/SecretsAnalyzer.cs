using System.Globalization;
using Pairguard.Scanning;
using Pairguard.Secrets.Validators;

namespace Pairguard.Secrets;

/// <summary>Finds hard-coded credentials with the data-driven detectors of <c>rules/secrets/</c>; every finding is redacted.</summary>
public sealed class SecretsAnalyzer : IFileAnalyzer
{
    public const string AnalyzerId = "secrets";

    private readonly SecretEngine _engine;

    public SecretsAnalyzer()
        : this(SecretEngine.Default)
    {
    }

    public SecretsAnalyzer(SecretEngine engine)
    {
        _engine = engine;
        Rules = engine.Detectors.Select(d => d.Rule).ToList();
    }

    public string Id => AnalyzerId;

    public IReadOnlyList<RuleDescriptor> Rules { get; }

    public bool AppliesTo(SourceFile file) => true;

    public void Analyze(SourceFile file, FileAnalysisContext context)
    {
        foreach (var finding in FindingsFor(file, _engine.Find(file.Text, file.Language, context.CancellationToken)))
        {
            context.Report(finding);
        }
    }

    /// <summary>Turns the matches of one file into redacted findings with a salted hash and a fingerprint built from it.</summary>
    public static IEnumerable<Finding> FindingsFor(SourceFile file, IReadOnlyList<SecretMatch> matches, IReadOnlyDictionary<string, string>? extra = null)
    {
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in matches)
        {
            var d = m.Detector;
            var hash = SecretHash.Of(m.Secret);
            var location = file.LocationOf(m.Start, m.End);
            var key = d.Id + "\u001f" + hash;
            occurrences.TryGetValue(key, out var n);
            occurrences[key] = n + 1;
            var validated = m.Validation.Result == ValidationResult.Valid;
            var properties = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["secretHash"] = hash,
                ["secretLength"] = m.Secret.Length.ToString(CultureInfo.InvariantCulture),
                ["provider"] = d.Provider,
                ["detectorKind"] = d.Kind.ToString().ToLowerInvariant(),
                ["validation"] = validated ? m.Validation.Check ?? "valid" : "none",
            };
            if (extra is not null)
            {
                foreach (var (k, v) in extra)
                {
                    properties[k] = v;
                }
            }

            yield return new Finding
            {
                RuleId = d.Id,
                Title = d.Title,
                Message = $"{d.Title} ({d.Provider}): {m.Masked}{(validated ? $", {m.Validation.Check} verified" : "")}. Anyone who can read this code or its history can use it.",
                Severity = !validated && d.Validator is not null && d.Kind == DetectorKind.Prefixed ? StepDown(d.Severity) : d.Severity,
                Confidence = validated ? Confidence.High : d.Confidence,
                Cwe = d.Rule.Cwe,
                Owasp = d.Rule.Owasp,
                Analyzer = AnalyzerId,
                Location = location,
                Snippet = MaskedLine(file, location.StartLine, matches),
                Fix = $"Revoke and rotate this {d.Provider} credential now (it stays in git history), then load it at run time from an environment variable or a secret manager.",
                Fingerprint = Fingerprint.Compute(d.Id, file.RelativePath, hash, null, n),
                Properties = properties,
            };
        }
    }

    /// <summary>The text of a line with every secret on it replaced by its masked form.</summary>
    public static string MaskedLine(SourceFile file, int line, IReadOnlyList<SecretMatch> matches)
    {
        var lineStart = file.Lines.LineStart(line);
        var text = file.Lines.LineText(line);
        var lineEnd = lineStart + text.Length;
        var sb = new System.Text.StringBuilder(text.Length);
        var pos = lineStart;
        foreach (var m in matches.Where(m => m.Start < lineEnd && m.End > lineStart).OrderBy(m => m.Start))
        {
            var s = Math.Max(m.Start, pos);
            sb.Append(file.Text, pos, s - pos);
            if (m.Start >= lineStart)
            {
                sb.Append(m.Masked);
            }
            else
            {
                sb.Append('…');
            }

            pos = Math.Min(Math.Max(m.End, pos), lineEnd);
        }

        if (pos < lineEnd)
        {
            sb.Append(file.Text, pos, lineEnd - pos);
        }

        return sb.ToString();
    }

    /// <summary>One level lower: a prefixed match whose validator could not confirm it (an AWS key id with no secret nearby).</summary>
    private static Severity StepDown(Severity s) => s > Severity.Low ? s - 1 : s;
}
