using System.Reflection;
using System.Text.RegularExpressions;
using Pairguard.Scanning;
using Pairguard.Secrets.Validators;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pairguard.Secrets;

/// <summary>A detector file that cannot be used: bad YAML, a missing field, or a regex that is not linear-time.</summary>
public sealed class DetectorLoadException(string message) : Exception(message);

/// <summary>Loads secret detectors from YAML (the built-in ones are embedded resources from <c>rules/secrets/</c>).</summary>
public static class DetectorLoader
{
    /// <summary>CWE-798: Use of Hard-coded Credentials.</summary>
    public const int Cwe = 798;

    /// <summary>OWASP Top 10 2021 category of every secret finding.</summary>
    public const string Owasp = "A07:2021-Identification and Authentication Failures";

    private const string ResourcePrefix = "Pairguard.Secrets.Rules.";

    private static readonly Regex IdShape = new(@"^secrets\.[a-z0-9-]+\.[a-z0-9.-]+$", RegexOptions.CultureInvariant);

    private static readonly HashSet<string> Fields =
    [
        "id", "title", "description", "provider", "keywords", "regex", "group", "entropy", "severity", "confidence", "validator",
        "kind", "scope", "languages", "reveal", "context", "value", "priority", "placeholders",
    ];

    /// <summary>The built-in detectors, loaded once.</summary>
    public static IReadOnlyList<SecretDetector> BuiltIn => LazyBuiltIn.Value;

    private static readonly Lazy<IReadOnlyList<SecretDetector>> LazyBuiltIn = new(LoadBuiltIn);

    /// <summary>Names of the embedded detector files.</summary>
    public static IEnumerable<string> BuiltInFiles =>
        typeof(DetectorLoader).Assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    private static IReadOnlyList<SecretDetector> LoadBuiltIn()
    {
        var assembly = typeof(DetectorLoader).Assembly;
        var all = new List<SecretDetector>();
        foreach (var name in BuiltInFiles)
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            all.AddRange(Parse(reader.ReadToEnd(), name[ResourcePrefix.Length..], compile: false));
        }

        CheckUnique(all);
        return all;
    }

    /// <summary>Throws when two detectors share an id.</summary>
    public static void CheckUnique(IEnumerable<SecretDetector> detectors)
    {
        var dup = detectors.GroupBy(d => d.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (dup is not null)
        {
            throw new DetectorLoadException($"duplicate detector id '{dup.Key}'");
        }
    }

    /// <summary>Parses one detector file: a mapping with a <c>detectors</c> list. With <paramref name="compile"/> every regex is compiled and checked now
    /// (user files); the built-in files are checked by the test suite and compiled lazily, on first use.</summary>
    public static IReadOnlyList<SecretDetector> Parse(string yaml, string fileName, bool compile = true)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new DetectorLoadException($"{fileName}:{e.Start.Line}: invalid YAML: {e.Message}");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("detectors"), out var list) || list is not YamlSequenceNode items)
        {
            throw new DetectorLoadException($"{fileName}: expected a mapping with a 'detectors' list");
        }

        var result = new List<SecretDetector>();
        foreach (var item in items)
        {
            if (item is not YamlMappingNode map)
            {
                throw new DetectorLoadException($"{fileName}:{item.Start.Line}: each detector must be a mapping");
            }

            result.Add(ParseDetector(map, fileName, compile));
        }

        return result;
    }

    private static SecretDetector ParseDetector(YamlMappingNode map, string file, bool compile)
    {
        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (k, v) in map.Children)
        {
            var key = (k as YamlScalarNode)?.Value ?? "";
            if (!Fields.Contains(key))
            {
                throw new DetectorLoadException($"{file}:{k.Start.Line}: unknown field '{key}'");
            }

            values[key] = v;
        }

        var line = map.Start.Line;
        string? Str(string key) => values.TryGetValue(key, out var n) ? (n as YamlScalarNode)?.Value : null;
        string Req(string key) => Str(key) is { Length: > 0 } s ? s : throw new DetectorLoadException($"{file}:{line}: missing '{key}'");
        IReadOnlyList<string> List(string key) => values.TryGetValue(key, out var n) && n is YamlSequenceNode seq
            ? seq.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").Where(s => s.Length > 0).ToList()
            : Str(key) is { Length: > 0 } one ? [one] : [];

        var id = Req("id");
        if (!IdShape.IsMatch(id))
        {
            throw new DetectorLoadException($"{file}:{line}: id '{id}' must look like secrets.<provider>.<kind>");
        }

        var context = List("context");
        string pattern;
        DetectorKind kind;
        if (context.Count > 0)
        {
            var value = Req("value");
            pattern = ContextPattern(context, value);
            kind = DetectorKind.Context;
        }
        else
        {
            pattern = Req("regex");
            kind = DetectorKind.Prefixed;
        }

        if (Str("kind") is { } k2)
        {
            kind = k2 switch
            {
                "generic" => DetectorKind.Generic,
                "context" => DetectorKind.Context,
                "prefixed" => DetectorKind.Prefixed,
                _ => throw new DetectorLoadException($"{file}:{line}: {id}: unknown kind '{k2}'"),
            };
        }

        var group = int.TryParse(Str("group") ?? "1", out var g) ? g : throw new DetectorLoadException($"{file}:{line}: {id}: 'group' must be a number");
        Regex? regex = null;
        if (compile)
        {
            regex = Compile(pattern, group, $"{file}:{line}: {id}");
        }

        var keywords = List("keywords");
        if (keywords.Count == 0)
        {
            keywords = context;
        }

        if (keywords.Count == 0 && (Str("scope") != "file" || List("languages").Count == 0))
        {
            throw new DetectorLoadException($"{file}:{line}: {id}: 'keywords' is required (it drives the pre-filter) unless the detector is limited to languages with scope: file");
        }

        var validator = Str("validator");
        if (validator is not null && SecretValidators.Find(validator) is null)
        {
            throw new DetectorLoadException($"{file}:{line}: {id}: unknown validator '{validator}' (known: {string.Join(", ", SecretValidators.Names)})");
        }

        var severity = Severity.High;
        if (Str("severity") is { } sv && !SeverityNames.TryParse(sv, out severity))
        {
            throw new DetectorLoadException($"{file}:{line}: {id}: unknown severity '{sv}'");
        }

        var confidence = kind == DetectorKind.Prefixed ? Confidence.High : Confidence.Medium;
        if (Str("confidence") is { } cv && !SeverityNames.TryParse(cv, out confidence))
        {
            throw new DetectorLoadException($"{file}:{line}: {id}: unknown confidence '{cv}'");
        }

        var scope = Str("scope") switch
        {
            null or "line" => DetectorScope.Line,
            "file" => DetectorScope.File,
            var other => throw new DetectorLoadException($"{file}:{line}: {id}: unknown scope '{other}'"),
        };

        var title = Req("title");
        var provider = Req("provider");
        var description = Str("description") ?? $"A {title} is written in the code. Anyone who can read the repository, a copy of it or its history can use it to act as its owner.";
        var rule = new RuleDescriptor
        {
            Id = id,
            Title = title,
            Description = description,
            Severity = severity,
            Confidence = confidence,
            Cwe = [Cwe],
            Owasp = Owasp,
            Analyzer = SecretsAnalyzer.AnalyzerId,
            Tags = ["security", "secret"],
            HelpMarkdown = $"{description}\n\nFix: revoke and rotate the {provider} credential (removing it from the code does not remove it from git history), then read it at run time from an environment variable or a secret manager.",
        };

        return new SecretDetector
        {
            Id = id,
            Title = title,
            Description = description,
            Provider = provider,
            Keywords = keywords,
            Pattern = pattern,
            Group = group,
            MinEntropy = double.TryParse(Str("entropy") ?? "0", System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var e2) ? e2 : 0,
            Severity = severity,
            Confidence = confidence,
            Validator = validator,
            Kind = kind,
            Scope = scope,
            Languages = List("languages").ToHashSet(StringComparer.Ordinal),
            Reveal = int.TryParse(Str("reveal") ?? "4", out var r) ? r : 4,
            Priority = int.TryParse(Str("priority") ?? "0", out var p) ? p : 0,
            CheckPlaceholders = Str("placeholders") is not "false",
            Rule = rule,
        }.WithRegex(regex);
    }

    /// <summary>Compiles a detector pattern with <see cref="SecretDetector.Options"/>; throws when it is not linear-time or lacks the capture group.</summary>
    public static Regex Compile(string pattern, int group, string where)
    {
        Regex regex;
        try
        {
            regex = new Regex(pattern, SecretDetector.Options);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            throw new DetectorLoadException($"{where}: regex cannot run in linear time (NonBacktracking): {e.Message}");
        }

        if (group < 0 || group >= regex.GetGroupNumbers().Length)
        {
            throw new DetectorLoadException($"{where}: the regex has no capture group {group}");
        }

        return regex;
    }

    /// <summary>The regex for the <c>context</c>/<c>value</c> shorthand: a name containing one of the words, an assignment, then the value.</summary>
    public static string ContextPattern(IReadOnlyList<string> words, string value)
    {
        var alternatives = string.Join('|', words.Select(Regex.Escape));
        return $"(?i:(?:{alternatives})[a-z0-9_.\\-]{{0,30}})[\"'`\\]]?[ \\t]{{0,3}}(?::=|=>|=|:|,)[ \\t]{{0,3}}[\"'`]?({value})(?:[^A-Za-z0-9_\\-+/=]|$)";
    }
}
