using System.Runtime.CompilerServices;
using Pairguard.AgentContext;
using Pairguard.Scanning;

namespace Pairguard.Tests.AgentContext;

/// <summary>Shortcuts for agent-context tests: run an analyzer on in-memory text, locate the fixture folder.</summary>
internal static class AgentTestSupport
{
    public static string FixtureDirectory([CallerFilePath] string thisFile = "") => Path.Combine(Path.GetDirectoryName(thisFile)!, "Fixtures");

    public static FileAnalysisContext Run(IFileAnalyzer analyzer, string path, string text)
    {
        var file = SourceFile.FromText(path, text);
        var context = new FileAnalysisContext(new ScanRequest { Paths = [], BaseDirectory = "." }, CancellationToken.None);
        if (analyzer.AppliesTo(file))
        {
            analyzer.Analyze(file, context);
        }

        return context;
    }

    public static IReadOnlyList<Finding> Injection(string path, string text) => Run(new InjectionAnalyzer(), path, text).Findings;

    public static IReadOnlyList<Finding> Config(string path, string text) => Run(new AgentConfigAnalyzer(), path, text).Findings;

    /// <summary>The path a fixture is scanned as: the part of its name after "__", with '+' for '/'.</summary>
    public static string ScanPath(string fixture)
    {
        var name = Path.GetFileName(fixture);
        var at = name.IndexOf("__", StringComparison.Ordinal);
        return at < 0 ? "README.md" : name[(at + 2)..].Replace('+', '/');
    }

    /// <summary>Encodes text as invisible Unicode tag characters.</summary>
    public static string Tags(string text) => string.Concat(text.Select(c => char.ConvertFromUtf32(0xE0000 + c)));
}
