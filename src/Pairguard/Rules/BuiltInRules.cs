using System.Reflection;

namespace Pairguard.Rules;

/// <summary>The rules shipped inside the tool (every <c>rules/**/*.yaml</c> except secrets, embedded at build time), with their fixtures.</summary>
public static class BuiltInRules
{
    private const string Prefix = "rules/";
    private static readonly Lazy<RuleSet> Loaded = new(Load);

    /// <summary>Every built-in rule, and any load errors (a test keeps the list of errors empty).</summary>
    public static RuleSet All => Loaded.Value;

    /// <summary>Names of the embedded rule files (e.g. <c>rules/python/python.sql.fstring-execute.yaml</c>).</summary>
    public static IReadOnlyList<string> ResourceNames => typeof(BuiltInRules).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && (n.EndsWith(".yaml", StringComparison.Ordinal) || n.EndsWith(".yml", StringComparison.Ordinal)) && !n.StartsWith(Prefix + "secrets/", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>The embedded fixture files beside a rule file (same name, another extension).</summary>
    public static IReadOnlyList<(string Name, string Text)> FixturesOf(Rule rule)
    {
        var baseName = rule.SourcePath[..rule.SourcePath.LastIndexOf('.')];
        var asm = typeof(BuiltInRules).Assembly;
        return asm.GetManifestResourceNames()
            .Where(n => n.StartsWith(baseName + ".", StringComparison.Ordinal) && !n.EndsWith(".yaml", StringComparison.Ordinal) && !n.EndsWith(".yml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (n, Read(asm, n)))
            .ToList();
    }

    private static RuleSet Load()
    {
        var asm = typeof(BuiltInRules).Assembly;
        var rules = new List<Rule>();
        var errors = new List<RuleLoadError>();
        foreach (var name in ResourceNames)
        {
            var set = RuleLoader.Parse(Read(asm, name), name);
            rules.AddRange(set.Rules);
            errors.AddRange(set.Errors);
        }

        return new RuleSet(rules, errors);
    }

    private static string Read(Assembly asm, string name)
    {
        using var stream = asm.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
