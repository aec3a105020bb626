namespace Pairguard.Scanning;

/// <summary>Common surface of every analyzer: an id (used in config and reports) and the rules it can report.</summary>
public interface IAnalyzer
{
    /// <summary>Stable analyzer id, e.g. <c>hidden-unicode</c>, <c>rules</c>, <c>secrets</c>, <c>dependencies</c>.</summary>
    string Id { get; }

    /// <summary>Every rule this analyzer may report (used for SARIF <c>rules</c>, docs and <c>rules list</c>).</summary>
    IReadOnlyList<RuleDescriptor> Rules { get; }
}

/// <summary>An analyzer that looks at one file at a time; the scanner runs it in parallel across files.</summary>
public interface IFileAnalyzer : IAnalyzer
{
    /// <summary>Cheap test (language, name) deciding whether <see cref="Analyze"/> runs on this file.</summary>
    bool AppliesTo(SourceFile file);

    /// <summary>Analyzes one file, reporting through the context; must honour <see cref="FileAnalysisContext.CancellationToken"/>.</summary>
    void Analyze(SourceFile file, FileAnalysisContext context);
}

/// <summary>An analyzer that needs the whole project at once (manifests, git history...).</summary>
public interface IProjectAnalyzer : IAnalyzer
{
    /// <summary>Analyzes the project, reporting through the context.</summary>
    Task AnalyzeAsync(ProjectAnalysisContext context);
}
