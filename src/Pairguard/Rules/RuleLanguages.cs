using Pairguard.Scanning;

namespace Pairguard.Rules;

/// <summary>Maps the language names rule files use (Semgrep's spellings included) to Pairguard language ids.</summary>
public static class RuleLanguages
{
    /// <summary>Pseudo-language of rules that run on the raw text of any file (<c>pattern-regex</c> only).</summary>
    public const string Generic = "generic";

    private static readonly Dictionary<string, string[]> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["python"] = [Languages.Python],
        ["py"] = [Languages.Python],
        ["python3"] = [Languages.Python],
        ["javascript"] = [Languages.JavaScript],
        ["js"] = [Languages.JavaScript],
        ["typescript"] = [Languages.TypeScript, Languages.Tsx],
        ["ts"] = [Languages.TypeScript, Languages.Tsx],
        ["tsx"] = [Languages.Tsx],
        ["java"] = [Languages.Java],
        ["csharp"] = [Languages.CSharp],
        ["c#"] = [Languages.CSharp],
        ["cs"] = [Languages.CSharp],
        ["go"] = [Languages.Go],
        ["golang"] = [Languages.Go],
        ["php"] = [Languages.Php],
        ["ruby"] = [Languages.Ruby],
        ["rb"] = [Languages.Ruby],
        ["bash"] = [Languages.Bash],
        ["sh"] = [Languages.Bash],
        ["json"] = [Languages.Json],
        ["yaml"] = [Languages.Yaml],
        ["generic"] = [Generic],
        ["regex"] = [Generic],
        ["none"] = [Generic],
    };

    /// <summary>Pairguard ids for a rule-file language name; null when the name is unknown.</summary>
    public static IReadOnlyList<string>? Resolve(string name) => Names.TryGetValue(name.Trim(), out var ids) ? ids : null;

    /// <summary>The names accepted in <c>languages:</c>.</summary>
    public static IEnumerable<string> Known => Names.Keys.Order(StringComparer.Ordinal);
}
