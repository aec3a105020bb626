using Pairguard.Scanning;

namespace Pairguard.Dependencies.Manifests;

/// <summary>The registry of manifest and lockfile readers, and reading a file with the one that applies.</summary>
public static class ManifestReaders
{
    /// <summary>Every built-in reader.</summary>
    public static IReadOnlyList<IManifestReader> All { get; } =
    [
        new RequirementsTxtReader(), new PyprojectReader(), new PipfileReader(), new PythonLockReader(), new SetupCfgReader(),
        new PackageJsonReader(), new PackageLockReader(), new YarnLockReader(), new PnpmLockReader(),
        new MsBuildReader(), new GoModReader(), new CargoReader(), new RubyReader(), new ComposerReader(), new JvmReader(),
    ];

    /// <summary>The reader for a file name, or null when it is not a known manifest.</summary>
    public static IManifestReader? For(string fileName) => All.FirstOrDefault(r => r.CanRead(fileName));

    /// <summary>Reads one file with its reader; any unexpected parser failure becomes a diagnostic, never an exception.</summary>
    public static ManifestContext Read(SourceFile file, Func<string, SourceFile?>? loadRelative = null)
    {
        var context = new ManifestContext(file, loadRelative);
        var reader = For(file.FileName);
        if (reader is null)
        {
            return context;
        }

        try
        {
            reader.Read(context);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            context.Diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, file.RelativePath, $"cannot read manifest: {e.GetType().Name}: {e.Message}", DependencyAnalyzer.AnalyzerId));
        }

        return context;
    }
}
