namespace Pairguard.Dependencies;

/// <summary>Verifies every declared and imported package against its registry.</summary>
public sealed partial class DependencyAnalyzer
{
    public const string AnalyzerId = "dependencies";
}
