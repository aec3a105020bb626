using Pairguard.AgentContext;
using Pairguard.Scanning;

namespace Pairguard.Dependencies;

/// <summary>
/// Packages that text aimed at an AI agent tells it to install (the <c>agent.payload.package-install</c> passages of documents and
/// agent-instruction files), as references for the verifier: an injected install is the path a slopsquatted name takes.
/// </summary>
public static class DocumentInstalls
{
    /// <summary>What <see cref="DependencyRef.Kind"/> says for these references.</summary>
    public const string Kind = "install instruction aimed at an AI agent";

    /// <summary>The packages named by install commands in the injection findings of the agent-read documents among <paramref name="files"/>.</summary>
    public static List<DependencyRef> Collect(IReadOnlyList<WorkspaceFile> files, Func<WorkspaceFile, SourceFile?> load, Func<string, bool> skip, CancellationToken cancellationToken = default)
    {
        var refs = new List<DependencyRef>();
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var kind = AgentFiles.Classify(file.RelativePath);
            if (kind is not (AgentFileKind.Documentation or AgentFileKind.AgentInstructions) || skip(file.RelativePath) || load(file) is not { } source)
            {
                continue;
            }

            var segments = DocumentSegmenter.Split(source.Text, cancellationToken);
            foreach (var passage in InjectionAnalyzer.Judged(source.Text, segments))
            {
                // Most passages name no install command: only those are judged (decoded passages included, so the check is per passage).
                if (!InjectionSignals.Default.Matches("package-install", passage.Text).Any()
                    || InjectionAssessor.Assess(passage, kind, InjectionSignals.Default, cancellationToken) is not { Packages.Count: > 0 })
                {
                    continue;
                }

                var line = source.LocationOf(passage.Start, Math.Max(passage.Start, passage.End)).StartLine;
                foreach (var command in InjectionSignals.Default.Matches("package-install", passage.Text))
                {
                    // Only the packages named on the command line: requirement files it points to are never read from here.
                    foreach (var p in InstallCommandParser.Parse(command.Value, Path.Combine(Path.GetTempPath(), "pairguard-no-such-dir")).Packages.Where(p => p.Origin == DependencyOrigin.CommandLine))
                    {
                        refs.Add(p with { File = file.RelativePath, Line = line, Origin = DependencyOrigin.Document, Kind = Kind });
                    }
                }
            }
        }

        return refs;
    }
}
