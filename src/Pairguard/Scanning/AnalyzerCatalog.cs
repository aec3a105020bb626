using Pairguard.AgentContext;
using Pairguard.Secrets;

namespace Pairguard.Scanning;

/// <summary>The built-in analyzers; the single place where a new analyzer is plugged in.</summary>
public static class AnalyzerCatalog
{
    /// <summary>Creates every built-in analyzer (the scanner then drops the ones the configuration disables).</summary>
    public static IReadOnlyList<IAnalyzer> CreateDefault() =>
    [
        new HiddenUnicodeAnalyzer(),
        new SecretsAnalyzer(),
    ];
}
