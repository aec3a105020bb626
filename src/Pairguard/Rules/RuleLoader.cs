using System.Text.RegularExpressions;
using Pairguard.Scanning;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pairguard.Rules;

/// <summary>The rules of one or more files, and the problems met loading them (bad rules are skipped, not fatal).</summary>
public sealed record RuleSet(IReadOnlyList<Rule> Rules, IReadOnlyList<RuleLoadError> Errors);

/// <summary>Loads Semgrep-style rule YAML; every error names the file, the line and the offending key, and skips only that rule.</summary>
public static partial class RuleLoader
{
    private static readonly HashSet<string> RuleKeys =
    [
        "id", "message", "severity", "languages", "metadata", "fix", "fix-regex", "paths", "options", "mode", "min-version", "max-version",
        "pattern", "patterns", "pattern-either", "pattern-regex",
        "pattern-sources", "pattern-sinks", "pattern-sanitizers", "pattern-propagators",
    ];

    private static readonly string[] PositiveKeys = ["pattern", "patterns", "pattern-either", "pattern-regex"];

    private static readonly string[] ConditionKeys =
    [
        "pattern-not", "pattern-inside", "pattern-not-inside", "pattern-not-regex",
        "metavariable-regex", "metavariable-pattern", "metavariable-comparison", "focus-metavariable",
        "pattern-in-file", "pattern-not-in-file", "pattern-in-project", "pattern-not-in-project",
    ];

    /// <summary>Loads every <c>*.yaml</c>/<c>*.yml</c> rule file under a file or folder (fixtures and non-rule YAML are skipped).</summary>
    public static RuleSet LoadPath(string path)
    {
        var files = File.Exists(path)
            ? [path]
            : Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*.*", SearchOption.AllDirectories)
                    .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .ToList()
                : [];
        if (files.Count == 0)
        {
            return new RuleSet([], [new RuleLoadError(path, 0, "no rule files found")]);
        }

        var rules = new List<Rule>();
        var errors = new List<RuleLoadError>();
        foreach (var file in files)
        {
            string text;
            try
            {
                text = File.ReadAllText(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.Add(new RuleLoadError(file, 0, "cannot read rule file: " + e.Message));
                continue;
            }

            var set = Parse(text, file, requireRulesKey: !File.Exists(path));
            rules.AddRange(set.Rules);
            errors.AddRange(set.Errors);
        }

        return new RuleSet(rules, errors);
    }

    /// <summary>Parses one rule file's text. With <paramref name="requireRulesKey"/> false, a YAML without <c>rules:</c> is an error; otherwise it is silently not a rule file.</summary>
    public static RuleSet Parse(string text, string path, bool requireRulesKey = false)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            return new RuleSet([], [new RuleLoadError(path, (int)e.Start.Line, "invalid YAML: " + e.Message)]);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("rules"), out var rulesNode))
        {
            return requireRulesKey ? new RuleSet([], []) : new RuleSet([], [new RuleLoadError(path, 1, "not a rule file: no top-level 'rules:' list")]);
        }

        if (rulesNode is not YamlSequenceNode list)
        {
            return new RuleSet([], [new RuleLoadError(path, Line(rulesNode), "'rules' must be a list")]);
        }

        var rules = new List<Rule>();
        var errors = new List<RuleLoadError>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in list.Children)
        {
            try
            {
                var rule = ParseRule(item, path);
                if (!seen.Add(rule.Id))
                {
                    throw new RuleSyntaxException(rule.SourceLine, $"duplicate rule id '{rule.Id}'");
                }

                rules.Add(rule);
            }
            catch (RuleSyntaxException e)
            {
                errors.Add(new RuleLoadError(path, e.Line, e.Message));
            }
        }

        return new RuleSet(rules, errors);
    }

    private static Rule ParseRule(YamlNode node, string path)
    {
        var map = node as YamlMappingNode ?? throw new RuleSyntaxException(Line(node), "each rule must be a mapping");
        string? id = null;
        string? message = null;
        Severity? severity = null;
        IReadOnlyList<string>? languages = null;
        var mode = RuleMode.Search;
        Formula? formula = null;
        var metadata = new Dictionary<string, object>(StringComparer.Ordinal);
        string? fix = null;
        IReadOnlyList<string> include = [], exclude = [];
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        List<TaintSpec>? sources = null, sinks = null, sanitizers = null;
        List<Propagator>? propagators = null;

        var idNode = map.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: "id" }).Value;
        var idText = (idNode as YamlScalarNode)?.Value;
        string Where(string key) => idText is null ? $"'{key}'" : $"rule '{idText}': '{key}'";

        foreach (var (keyNode, value) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? throw new RuleSyntaxException(Line(keyNode), "keys must be plain strings");
            if (!RuleKeys.Contains(key))
            {
                throw new RuleSyntaxException(Line(keyNode), $"{Where(key)}: unknown key (expected one of: {string.Join(", ", RuleKeys.Order(StringComparer.Ordinal))})");
            }

            switch (key)
            {
                case "id":
                    id = Scalar(value, Where(key));
                    if (string.IsNullOrWhiteSpace(id) || id.Any(char.IsWhiteSpace))
                    {
                        throw new RuleSyntaxException(Line(value), $"'id': must be a non-empty name without spaces");
                    }

                    break;
                case "message":
                    message = Scalar(value, Where(key)).Trim();
                    break;
                case "severity":
                    severity = ParseSeverity(Scalar(value, Where(key))) ?? throw new RuleSyntaxException(Line(value), $"{Where(key)}: invalid severity '{Scalar(value, key)}' (expected CRITICAL, HIGH, MEDIUM, LOW, INFO, or legacy ERROR, WARNING)");
                    break;
                case "languages":
                    var names = StringList(value, Where(key));
                    var resolved = new List<string>();
                    foreach (var n in names)
                    {
                        resolved.AddRange(RuleLanguages.Resolve(n) ?? throw new RuleSyntaxException(Line(value), $"{Where(key)}: unknown language '{n}'"));
                    }

                    if (resolved.Count == 0)
                    {
                        throw new RuleSyntaxException(Line(value), $"{Where(key)}: at least one language is required");
                    }

                    languages = resolved.Distinct().ToList();
                    break;
                case "mode":
                    var m = Scalar(value, Where(key));
                    mode = m switch
                    {
                        "search" => RuleMode.Search,
                        "taint" => RuleMode.Taint,
                        _ => throw new RuleSyntaxException(Line(value), $"{Where(key)}: unsupported mode '{m}' (expected search or taint)"),
                    };
                    break;
                case "pattern" or "patterns" or "pattern-either" or "pattern-regex":
                    if (formula is not null)
                    {
                        throw new RuleSyntaxException(Line(keyNode), $"{Where(key)}: only one of pattern, patterns, pattern-either, pattern-regex may be given");
                    }

                    formula = ParsePositive(key, value);
                    break;
                case "metadata":
                    var md = value as YamlMappingNode ?? throw new RuleSyntaxException(Line(value), $"{Where(key)}: expected a mapping");
                    foreach (var (mk, mv) in md.Children)
                    {
                        metadata[(mk as YamlScalarNode)?.Value ?? throw new RuleSyntaxException(Line(mk), $"{Where(key)}: keys must be plain strings")] = ToObject(mv);
                    }

                    break;
                case "fix":
                    fix = Scalar(value, Where(key));
                    break;
                case "fix-regex":
                    // accepted and checked, not applied: the rule still reports, it only offers no autofix
                    var fr = Mapping(value, Where(key));
                    CheckKeys(fr, Where(key), "regex", "replacement", "count");
                    CheckRegex(Required(fr, "regex", "fix-regex"), value, "fix-regex.regex");
                    _ = Required(fr, "replacement", "fix-regex");
                    break;
                case "paths":
                    var pm = value as YamlMappingNode ?? throw new RuleSyntaxException(Line(value), $"{Where(key)}: expected a mapping with include/exclude");
                    foreach (var (pk, pv) in pm.Children)
                    {
                        switch ((pk as YamlScalarNode)?.Value)
                        {
                            case "include": include = StringList(pv, Where("paths.include")); break;
                            case "exclude": exclude = StringList(pv, Where("paths.exclude")); break;
                            default: throw new RuleSyntaxException(Line(pk), $"{Where("paths." + (pk as YamlScalarNode)?.Value)}: unknown key (expected include or exclude)");
                        }
                    }

                    break;
                case "options":
                    var om = value as YamlMappingNode ?? throw new RuleSyntaxException(Line(value), $"{Where(key)}: expected a mapping");
                    foreach (var (ok, ov) in om.Children)
                    {
                        options[(ok as YamlScalarNode)?.Value ?? ""] = ov switch
                        {
                            YamlScalarNode s => s.Value ?? "",
                            YamlSequenceNode seq => string.Join(',', seq.Children.Select(c => (c as YamlScalarNode)?.Value)),
                            _ => throw new RuleSyntaxException(Line(ov), $"{Where("options." + (ok as YamlScalarNode)?.Value)}: expected a value or a list"),
                        };
                    }

                    break;
                case "pattern-sources":
                    sources = ParseTaintSpecs(value, Where(key));
                    break;
                case "pattern-sinks":
                    sinks = ParseTaintSpecs(value, Where(key));
                    break;
                case "pattern-sanitizers":
                    sanitizers = ParseTaintSpecs(value, Where(key));
                    break;
                case "pattern-propagators":
                    propagators = ParsePropagators(value, Where(key));
                    break;
                case "min-version" or "max-version":
                    break;
            }
        }

        var line = Line(map);
        if (id is null)
        {
            throw new RuleSyntaxException(line, "rule without 'id'");
        }

        if (message is null)
        {
            throw new RuleSyntaxException(line, $"rule '{id}': missing 'message'");
        }

        if (severity is null)
        {
            throw new RuleSyntaxException(line, $"rule '{id}': missing 'severity'");
        }

        if (languages is null)
        {
            throw new RuleSyntaxException(line, $"rule '{id}': missing 'languages'");
        }

        TaintRule? taint = null;
        if (mode == RuleMode.Taint)
        {
            if (formula is not null)
            {
                throw new RuleSyntaxException(line, $"rule '{id}': a taint rule uses pattern-sources/pattern-sinks, not pattern/patterns");
            }

            if (sources is null || sinks is null)
            {
                throw new RuleSyntaxException(line, $"rule '{id}': a taint rule needs 'pattern-sources' and 'pattern-sinks'");
            }

            taint = new TaintRule(sources, sinks, sanitizers ?? [], propagators ?? []);
        }
        else
        {
            if (sources is not null || sinks is not null || sanitizers is not null || propagators is not null)
            {
                throw new RuleSyntaxException(line, $"rule '{id}': pattern-sources/sinks need 'mode: taint'");
            }

            if (formula is null)
            {
                throw new RuleSyntaxException(line, $"rule '{id}': missing a pattern (one of pattern, patterns, pattern-either, pattern-regex)");
            }
        }

        var confidence = Confidence.Medium;
        if (metadata.TryGetValue("confidence", out var conf) && conf is string cs)
        {
            SeverityNames.TryParse(cs, out confidence);
        }

        return new Rule
        {
            Id = id,
            Message = message,
            Severity = severity.Value,
            Languages = languages,
            Mode = mode,
            Formula = formula,
            Taint = taint,
            Metadata = metadata,
            Fix = fix,
            PathsInclude = include,
            PathsExclude = exclude,
            Options = options,
            SourcePath = path,
            SourceLine = (int)(idNode?.Start.Line ?? line),
            Cwe = ParseCwe(metadata),
            Owasp = FirstString(metadata, "owasp"),
            Confidence = confidence,
            Title = FirstString(metadata, "title") ?? TitleFromId(id),
        };
    }

    /// <summary>Semgrep-compatible severity: new names, and legacy ERROR/WARNING/INFO as HIGH/MEDIUM/LOW.</summary>
    public static Severity? ParseSeverity(string text) => text.Trim().ToUpperInvariant() switch
    {
        "CRITICAL" => Severity.Critical,
        "HIGH" or "ERROR" => Severity.High,
        "MEDIUM" or "WARNING" => Severity.Medium,
        "LOW" or "INFO" => Severity.Low,
        "INVENTORY" or "EXPERIMENT" => Severity.Info,
        _ => null,
    };

    private static Formula ParsePositive(string key, YamlNode value) => key switch
    {
        "pattern" => new PatternFormula(Scalar(value, key), Line(value)),
        "pattern-regex" => new RegexFormula(CheckRegex(Scalar(value, key), value, key), Line(value)),
        "pattern-either" => new EitherFormula(Sequence(value, key).Select(ParseFormulaItem).ToList(), Line(value)),
        "patterns" => ParsePatterns(value),
        _ => throw new RuleSyntaxException(Line(value), $"'{key}': not a pattern operator"),
    };

    /// <summary>An item of pattern-either / a nested formula: a mapping with exactly one positive key (or <c>pattern-inside</c>, as Semgrep allows).</summary>
    private static Formula ParseFormulaItem(YamlNode item)
    {
        var map = item as YamlMappingNode ?? throw new RuleSyntaxException(Line(item), "expected a mapping with one of: " + string.Join(", ", PositiveKeys));
        if (map.Children.Count != 1)
        {
            throw new RuleSyntaxException(Line(item), "expected exactly one of: " + string.Join(", ", PositiveKeys));
        }

        var (k, v) = map.Children.First();
        var key = (k as YamlScalarNode)?.Value ?? "";
        if (key == "pattern-inside")
        {
            return new InsideFormula(ScalarOrFormula(v, key), Line(k));
        }

        if (!PositiveKeys.Contains(key))
        {
            throw new RuleSyntaxException(Line(k), $"'{key}': not allowed here (expected one of: {string.Join(", ", PositiveKeys)}, pattern-inside)");
        }

        return ParsePositive(key, v);
    }

    /// <summary>
    /// A <c>patterns</c> list. Inside <c>metavariable-pattern</c> (<paramref name="inMetavariablePattern"/>) it may hold only filters:
    /// as in Semgrep, the bound range is then the starting range.
    /// </summary>
    private static AllFormula ParsePatterns(YamlNode value, bool inMetavariablePattern = false)
    {
        var positives = new List<Formula>();
        var conditions = new List<Condition>();
        foreach (var item in Sequence(value, "patterns"))
        {
            var map = item as YamlMappingNode ?? throw new RuleSyntaxException(Line(item), "'patterns': each item must be a mapping");
            if (map.Children.Count != 1)
            {
                throw new RuleSyntaxException(Line(item), "'patterns': each item must have exactly one operator");
            }

            var (k, v) = map.Children.First();
            var key = (k as YamlScalarNode)?.Value ?? "";
            if (PositiveKeys.Contains(key))
            {
                positives.Add(ParsePositive(key, v));
                continue;
            }

            conditions.Add(key switch
            {
                "pattern-not" => new NotCondition(ScalarOrFormula(v, key), Line(k)),
                "pattern-inside" => new InsideCondition(ScalarOrFormula(v, key), Line(k)),
                "pattern-not-inside" => new NotInsideCondition(ScalarOrFormula(v, key), Line(k)),
                "pattern-not-regex" => new NotRegexCondition(CheckRegex(Scalar(v, key), v, key), Line(k)),
                "pattern-in-file" => new InFileCondition(ScalarOrFormula(v, key), false, Line(k)),
                "pattern-not-in-file" => new InFileCondition(ScalarOrFormula(v, key), true, Line(k)),
                "pattern-in-project" => new InProjectCondition(ScalarOrFormula(v, key), false, Line(k)),
                "pattern-not-in-project" => new InProjectCondition(ScalarOrFormula(v, key), true, Line(k)),
                "metavariable-regex" => ParseMetavariableRegex(v),
                "metavariable-pattern" => ParseMetavariablePattern(v),
                "metavariable-comparison" => ParseMetavariableComparison(v),
                "focus-metavariable" => new FocusCondition(StringList(v, key), Line(k)),
                _ => throw new RuleSyntaxException(Line(k), $"'{key}': unknown operator in 'patterns' (expected one of: {string.Join(", ", PositiveKeys.Concat(ConditionKeys))})"),
            });
        }

        if (positives.Count == 0)
        {
            // Semgrep counts pattern-inside as a positive term: the first one gives the ranges, the others still filter them
            var firstInside = conditions.FindIndex(c => c is InsideCondition);
            if (firstInside < 0 && inMetavariablePattern)
            {
                return new AllFormula(positives, conditions, Line(value));
            }

            if (firstInside < 0)
            {
                throw new RuleSyntaxException(Line(value), "'patterns': needs at least one positive term (pattern, patterns, pattern-either, pattern-regex or pattern-inside)");
            }

            var inside = (InsideCondition)conditions[firstInside];
            conditions.RemoveAt(firstInside);
            positives.Add(new InsideFormula(inside.Formula, inside.Line));
        }

        return new AllFormula(positives, conditions, Line(value));
    }

    private static Formula ScalarOrFormula(YamlNode v, string key) => v is YamlScalarNode s
        ? new PatternFormula(s.Value ?? "", Line(v))
        : ParseFormulaItem(v);

    private static MetavariableRegexCondition ParseMetavariableRegex(YamlNode v)
    {
        var map = Mapping(v, "metavariable-regex");
        var mv = Required(map, "metavariable", "metavariable-regex");
        var re = Required(map, "regex", "metavariable-regex");
        CheckKeys(map, "metavariable-regex", "metavariable", "regex", "constant-propagation");
        return new MetavariableRegexCondition(mv, CheckRegex(re, v, "metavariable-regex.regex"), Line(v));
    }

    private static MetavariablePatternCondition ParseMetavariablePattern(YamlNode v)
    {
        var map = Mapping(v, "metavariable-pattern");
        var mv = Required(map, "metavariable", "metavariable-pattern");
        CheckKeys(map, "metavariable-pattern", "metavariable", "language", "pattern", "patterns", "pattern-either", "pattern-regex");
        string? language = null;
        if (map.Children.TryGetValue(new YamlScalarNode("language"), out var ln))
        {
            var name = Scalar(ln, "metavariable-pattern.language");
            language = RuleLanguages.Resolve(name)?[0] ?? throw new RuleSyntaxException(Line(ln), $"'metavariable-pattern.language': unknown language '{name}'");
        }

        var positive = map.Children.Where(c => PositiveKeys.Contains((c.Key as YamlScalarNode)?.Value)).ToList();
        if (positive.Count != 1)
        {
            throw new RuleSyntaxException(Line(v), "'metavariable-pattern': needs exactly one of pattern, patterns, pattern-either, pattern-regex");
        }

        var key = ((YamlScalarNode)positive[0].Key).Value!;
        var formula = key == "patterns" ? ParsePatterns(positive[0].Value, inMetavariablePattern: true) : ParsePositive(key, positive[0].Value);
        return new MetavariablePatternCondition(mv, formula, language, Line(v));
    }

    private static MetavariableComparisonCondition ParseMetavariableComparison(YamlNode v)
    {
        var map = Mapping(v, "metavariable-comparison");
        CheckKeys(map, "metavariable-comparison", "metavariable", "comparison", "strip", "base");
        var comparison = Required(map, "comparison", "metavariable-comparison");
        map.Children.TryGetValue(new YamlScalarNode("metavariable"), out var mvNode);
        return new MetavariableComparisonCondition((mvNode as YamlScalarNode)?.Value, comparison, Line(v));
    }

    private static List<TaintSpec> ParseTaintSpecs(YamlNode value, string where)
    {
        var result = new List<TaintSpec>();
        foreach (var item in Sequence(value, where))
        {
            var map = item as YamlMappingNode ?? throw new RuleSyntaxException(Line(item), $"{where}: each item must be a mapping");
            Formula? formula = null;
            bool byConstructor = false, notConflicting = false;
            foreach (var (k, v) in map.Children)
            {
                var key = (k as YamlScalarNode)?.Value ?? "";
                if (PositiveKeys.Contains(key) || key == "pattern-inside")
                {
                    var parsed = key == "pattern-inside" ? new InsideFormula(ScalarOrFormula(v, key), Line(k)) : ParsePositive(key, v);
                    formula = formula is null ? parsed : throw new RuleSyntaxException(Line(k), $"{where}: only one pattern operator per item");
                }
                else if (key is "exact" or "by-side-effect" or "label" or "requires" or "control" or "not-conflicting" or "not_conflicting")
                {
                    notConflicting |= key is "not-conflicting" or "not_conflicting" && Scalar(v, key) == "true";
                    byConstructor |= key == "by-side-effect" && Scalar(v, key) is "true" or "only";
                }
                else
                {
                    throw new RuleSyntaxException(Line(k), $"{where}: unknown key '{key}'");
                }
            }

            result.Add(new TaintSpec(formula ?? throw new RuleSyntaxException(Line(item), $"{where}: item without a pattern"), byConstructor, notConflicting));
        }

        return result;
    }

    private static List<Propagator> ParsePropagators(YamlNode value, string where)
    {
        var result = new List<Propagator>();
        foreach (var item in Sequence(value, where))
        {
            var map = Mapping(item, where);
            CheckKeys(map, where, "pattern", "patterns", "pattern-either", "from", "to", "by-side-effect", "label", "requires", "replace-labels");
            var positive = map.Children.FirstOrDefault(c => PositiveKeys.Contains((c.Key as YamlScalarNode)?.Value));
            if (positive.Key is null)
            {
                throw new RuleSyntaxException(Line(item), $"{where}: item without a pattern");
            }

            result.Add(new Propagator(ParsePositive(((YamlScalarNode)positive.Key).Value!, positive.Value), Required(map, "from", where), Required(map, "to", where)));
        }

        return result;
    }

    private static string CheckRegex(string pattern, YamlNode node, string where)
    {
        try
        {
            // only parsed here: the engine that runs it (linear-time when possible; backreferences and lookarounds time-limited, see
            // RuleRegex) is built when a file first needs it
            Matching.RuleRegex.Validate(pattern, RegexOptions.Multiline);
        }
        catch (ArgumentException e)
        {
            throw new RuleSyntaxException(Line(node), $"'{where}': invalid regex: {e.Message}");
        }

        return pattern;
    }

    private static List<int> ParseCwe(Dictionary<string, object> metadata)
    {
        if (!metadata.TryGetValue("cwe", out var value))
        {
            return [];
        }

        var texts = value switch
        {
            string s => [s],
            IEnumerable<object> list => list.OfType<string>(),
            _ => [],
        };
        return texts.SelectMany(t => CweNumber().Matches(t).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)))
            .Distinct().ToList();
    }

    private static string? FirstString(Dictionary<string, object> metadata, string key) => metadata.TryGetValue(key, out var v)
        ? v switch { string s => s, IEnumerable<object> l => l.OfType<string>().FirstOrDefault(), _ => null }
        : null;

    private static string TitleFromId(string id)
    {
        var last = id[(id.LastIndexOf('.') + 1)..].Replace('-', ' ').Replace('_', ' ');
        return last.Length == 0 ? id : char.ToUpperInvariant(last[0]) + last[1..];
    }

    private static object ToObject(YamlNode node) => node switch
    {
        YamlScalarNode s => s.Value ?? "",
        YamlSequenceNode seq => seq.Children.Select(ToObject).ToList(),
        YamlMappingNode map => map.Children.GroupBy(c => (c.Key as YamlScalarNode)?.Value ?? "").ToDictionary(g => g.Key, g => ToObject(g.First().Value)),
        _ => "",
    };

    private static string Scalar(YamlNode node, string where) =>
        node is YamlScalarNode s ? s.Value ?? "" : throw new RuleSyntaxException(Line(node), $"{Quote(where)}: expected a single value");

    private static List<string> StringList(YamlNode node, string where) => node switch
    {
        YamlScalarNode s => [s.Value ?? ""],
        YamlSequenceNode seq => seq.Children.Select(c => Scalar(c, where)).ToList(),
        _ => throw new RuleSyntaxException(Line(node), $"{Quote(where)}: expected a list"),
    };

    private static IEnumerable<YamlNode> Sequence(YamlNode node, string where) =>
        node as YamlSequenceNode ?? throw new RuleSyntaxException(Line(node), $"{Quote(where)}: expected a list");

    private static YamlMappingNode Mapping(YamlNode node, string where) =>
        node as YamlMappingNode ?? throw new RuleSyntaxException(Line(node), $"{Quote(where)}: expected a mapping");

    private static string Required(YamlMappingNode map, string key, string where) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? Scalar(v, $"{where}.{key}") : throw new RuleSyntaxException(Line(map), $"'{where}': missing '{key}'");

    private static void CheckKeys(YamlMappingNode map, string where, params string[] allowed)
    {
        foreach (var (k, _) in map.Children)
        {
            var key = (k as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(key))
            {
                throw new RuleSyntaxException(Line(k), $"'{where}': unknown key '{key}' (expected one of: {string.Join(", ", allowed)})");
            }
        }
    }

    private static string Quote(string where) => where.StartsWith("rule '", StringComparison.Ordinal) || where.StartsWith('\'') ? where : $"'{where}'";

    private static int Line(YamlNode node) => (int)node.Start.Line;

    [GeneratedRegex(@"CWE-(\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex CweNumber();

    private sealed class RuleSyntaxException(int line, string message) : Exception(message)
    {
        public int Line { get; } = line;
    }
}
