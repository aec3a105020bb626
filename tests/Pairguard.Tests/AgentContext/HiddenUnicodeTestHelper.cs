using Pairguard.AgentContext;
using Pairguard.Scanning;

namespace Pairguard.Tests.AgentContext;

/// <summary>Runs the hidden-Unicode analyzer on in-memory text.</summary>
internal static class HiddenUnicodeTestHelper
{
    public static IReadOnlyList<Finding> Analyze(string path, string text)
    {
        var file = SourceFile.FromText(path, text);
        var context = new FileAnalysisContext(new ScanRequest { Paths = [], BaseDirectory = "." }, CancellationToken.None);
        new HiddenUnicodeAnalyzer().Analyze(file, context);
        return context.Findings;
    }

    /// <summary>True when the text holds nothing that the escaper would rewrite (no raw invisible or control characters).</summary>
    public static bool IsClean(string text) => HiddenUnicodeEscaper.Escape(text) == text;

    public static IReadOnlyList<Finding> Analyze(string path, string text, string ruleId) =>
        Analyze(path, text).Where(f => f.RuleId == ruleId).ToList();
}
