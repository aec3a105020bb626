using Pairguard.Scanning;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pairguard.Configuration;

/// <summary>Reads and validates <c>.pairguard.yml</c>; unknown keys and bad values are errors naming file, line and key.</summary>
public static class ConfigLoader
{
    /// <summary>File name looked up at the scan root.</summary>
    public const string FileName = ".pairguard.yml";

    private static readonly string[] TopKeys = ["version", "fail-on", "max-file-size", "paths", "rules", "analyzers", "registries"];

    /// <summary>Loads <c>.pairguard.yml</c> (or <c>.pairguard.yaml</c>) from a directory; empty config when absent.</summary>
    public static PairguardConfig LoadFromDirectory(string directory)
    {
        foreach (var name in new[] { FileName, ".pairguard.yaml" })
        {
            var path = Path.Combine(directory, name);
            if (File.Exists(path))
            {
                return LoadFile(path);
            }
        }

        return PairguardConfig.Empty;
    }

    /// <summary>Loads a configuration file; throws <see cref="ConfigException"/> when missing or invalid.</summary>
    public static PairguardConfig LoadFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException($"{path}: cannot read configuration: {e.Message}", e);
        }

        return Parse(text, path);
    }

    /// <summary>Parses configuration text; <paramref name="name"/> is used in error messages.</summary>
    public static PairguardConfig Parse(string text, string name)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw ConfigException.At(name, e.Start.Line, "invalid YAML: " + e.Message);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return PairguardConfig.Empty with { SourcePath = name };
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw ConfigException.At(name, stream.Documents[0].RootNode.Start.Line, "the configuration must be a mapping of keys");
        }

        var config = new PairguardConfig { SourcePath = name };
        foreach (var (keyNode, value) in root.Children)
        {
            var key = Key(keyNode, name);
            switch (key)
            {
                case "version":
                    var v = Scalar(value, name, key);
                    if (v != "1")
                    {
                        throw ConfigException.At(name, value.Start.Line, $"'version': unsupported value '{v}' (expected 1)");
                    }

                    break;
                case "fail-on":
                    var f = Scalar(value, name, key);
                    if (string.Equals(f, "never", StringComparison.OrdinalIgnoreCase))
                    {
                        config = config with { FailNever = true, FailOn = null };
                    }
                    else if (SeverityNames.TryParse(f, out Severity sev))
                    {
                        config = config with { FailOn = sev, FailNever = false };
                    }
                    else
                    {
                        throw ConfigException.At(name, value.Start.Line, $"'fail-on': invalid value '{f}' (expected critical, high, medium, low, info or never)");
                    }

                    break;
                case "max-file-size":
                    var m = Scalar(value, name, key);
                    if (!SizeParser.TryParse(m, out var bytes))
                    {
                        throw ConfigException.At(name, value.Start.Line, $"'max-file-size': invalid size '{m}' (e.g. 2MB, 500k, 1048576)");
                    }

                    config = config with { MaxFileSize = bytes };
                    break;
                case "paths":
                    config = ParsePaths(value, name, config);
                    break;
                case "rules":
                    config = config with { Rules = ParseRules(value, name) };
                    break;
                case "analyzers":
                    config = config with { Analyzers = ParseAnalyzers(value, name) };
                    break;
                case "registries":
                    config = config with { Registries = ParseRegistries(value, name) };
                    break;
                default:
                    throw ConfigException.At(name, keyNode.Start.Line, $"unknown key '{key}' (expected one of: {string.Join(", ", TopKeys)})");
            }
        }

        return config;
    }

    private static PairguardConfig ParsePaths(YamlNode node, string name, PairguardConfig config)
    {
        var map = Mapping(node, name, "paths");
        foreach (var (k, v) in map.Children)
        {
            var key = Key(k, name);
            switch (key)
            {
                case "include":
                    config = config with { Include = StringList(v, name, "paths.include") };
                    break;
                case "exclude":
                    config = config with { Exclude = StringList(v, name, "paths.exclude") };
                    break;
                default:
                    throw ConfigException.At(name, k.Start.Line, $"unknown key 'paths.{key}' (expected include or exclude)");
            }
        }

        return config;
    }

    private static List<KeyValuePair<string, RuleSetting>> ParseRules(YamlNode node, string name)
    {
        var result = new List<KeyValuePair<string, RuleSetting>>();
        var map = Mapping(node, name, "rules");
        foreach (var (k, v) in map.Children)
        {
            var id = Key(k, name);
            var where = $"rules.{id}";
            if (v is YamlScalarNode s)
            {
                var value = s.Value?.Trim() ?? "";
                if (IsOff(value))
                {
                    result.Add(new(id, new RuleSetting(false, null)));
                }
                else if (IsOn(value))
                {
                    result.Add(new(id, new RuleSetting(true, null)));
                }
                else if (SeverityNames.TryParse(value, out Severity sev))
                {
                    result.Add(new(id, new RuleSetting(true, sev)));
                }
                else
                {
                    throw ConfigException.At(name, v.Start.Line, $"'{where}': invalid value '{value}' (expected on, off or a severity)");
                }

                continue;
            }

            var entry = Mapping(v, name, where);
            var enabled = true;
            Severity? severity = null;
            foreach (var (ek, ev) in entry.Children)
            {
                var key = Key(ek, name);
                var text = Scalar(ev, name, $"{where}.{key}");
                switch (key)
                {
                    case "enabled":
                        enabled = Bool(text, ev, name, $"{where}.enabled");
                        break;
                    case "severity":
                        if (!SeverityNames.TryParse(text, out Severity sv))
                        {
                            throw ConfigException.At(name, ev.Start.Line, $"'{where}.severity': invalid severity '{text}' (expected critical, high, medium, low or info)");
                        }

                        severity = sv;
                        break;
                    default:
                        throw ConfigException.At(name, ek.Start.Line, $"unknown key '{where}.{key}' (expected enabled or severity)");
                }
            }

            result.Add(new(id, new RuleSetting(enabled, severity)));
        }

        return result;
    }

    private static Dictionary<string, AnalyzerSetting> ParseAnalyzers(YamlNode node, string name)
    {
        var result = new Dictionary<string, AnalyzerSetting>(StringComparer.Ordinal);
        var map = Mapping(node, name, "analyzers");
        foreach (var (k, v) in map.Children)
        {
            var id = Key(k, name);
            var where = $"analyzers.{id}";
            if (v is YamlScalarNode s)
            {
                result[id] = new AnalyzerSetting(Bool(s.Value ?? "", v, name, where), new Dictionary<string, string>());
                continue;
            }

            var entry = Mapping(v, name, where);
            var enabled = true;
            var options = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (ek, ev) in entry.Children)
            {
                var key = Key(ek, name);
                switch (key)
                {
                    case "enabled":
                        enabled = Bool(Scalar(ev, name, $"{where}.enabled"), ev, name, $"{where}.enabled");
                        break;
                    case "options":
                        foreach (var (ok, ov) in Mapping(ev, name, $"{where}.options").Children)
                        {
                            var optionKey = Key(ok, name);
                            options[optionKey] = ov switch
                            {
                                YamlScalarNode sc => sc.Value ?? "",
                                YamlSequenceNode seq => string.Join(',', seq.Children.Select(c => Scalar(c, name, $"{where}.options.{optionKey}"))),
                                _ => throw ConfigException.At(name, ov.Start.Line, $"'{where}.options.{optionKey}': expected a value or a list"),
                            };
                        }

                        break;
                    default:
                        throw ConfigException.At(name, ek.Start.Line, $"unknown key '{where}.{key}' (expected enabled or options)");
                }
            }

            result[id] = new AnalyzerSetting(enabled, options);
        }

        return result;
    }

    private static Dictionary<string, string> ParseRegistries(YamlNode node, string name)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in Mapping(node, name, "registries").Children)
        {
            var ecosystem = Key(k, name);
            var url = Scalar(v, name, $"registries.{ecosystem}").Trim();
            var bare = url.StartsWith("sparse+", StringComparison.Ordinal) ? url[7..] : url;
            if (!Uri.TryCreate(bare, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                throw ConfigException.At(name, v.Start.Line, $"'registries.{ecosystem}': '{url}' is not an http(s) URL");
            }

            result[ecosystem] = url;
        }

        return result;
    }

    private static bool IsOff(string v) => v is "off" or "false" or "disabled" or "no";

    private static bool IsOn(string v) => v is "on" or "true" or "enabled" or "yes";

    private static bool Bool(string text, YamlNode node, string name, string where)
    {
        var t = text.Trim().ToLowerInvariant();
        if (IsOn(t))
        {
            return true;
        }

        if (IsOff(t))
        {
            return false;
        }

        throw ConfigException.At(name, node.Start.Line, $"'{where}': invalid value '{text}' (expected true/false or on/off)");
    }

    private static string Key(YamlNode node, string name) =>
        node is YamlScalarNode { Value: { } v } ? v : throw ConfigException.At(name, node.Start.Line, "keys must be plain strings");

    private static string Scalar(YamlNode node, string name, string where) =>
        node is YamlScalarNode s ? s.Value ?? "" : throw ConfigException.At(name, node.Start.Line, $"'{where}': expected a single value");

    private static YamlMappingNode Mapping(YamlNode node, string name, string where) =>
        node as YamlMappingNode ?? throw ConfigException.At(name, node.Start.Line, $"'{where}': expected a mapping of keys");

    private static List<string> StringList(YamlNode node, string name, string where) => node switch
    {
        YamlScalarNode s => [s.Value ?? ""],
        YamlSequenceNode seq => seq.Children.Select(c => Scalar(c, name, where)).ToList(),
        _ => throw ConfigException.At(name, node.Start.Line, $"'{where}': expected a list of glob patterns"),
    };
}
