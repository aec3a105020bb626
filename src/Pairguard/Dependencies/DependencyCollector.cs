using Pairguard.Dependencies.Imports;
using Pairguard.Dependencies.Manifests;
using Pairguard.Scanning;

namespace Pairguard.Dependencies;

/// <summary>Everything a project says about its dependencies: declared references, imports no manifest declares, and reading problems.</summary>
public sealed record DependencyInventory
{
    /// <summary>References from manifests and lockfiles.</summary>
    public required IReadOnlyList<DependencyRef> Declared { get; init; }

    /// <summary>Imports of packages that no manifest or lockfile declares (one reference per import site).</summary>
    public required IReadOnlyList<DependencyRef> UndeclaredImports { get; init; }

    /// <summary>Packages that install instructions aimed at an AI agent name (see <see cref="DocumentInstalls"/>).</summary>
    public IReadOnlyList<DependencyRef> DocumentInstalls { get; init; } = [];

    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    /// <summary>Every reference to verify.</summary>
    public IEnumerable<DependencyRef> All => Declared.Concat(UndeclaredImports).Concat(DocumentInstalls);
}

/// <summary>Reads every manifest and lockfile of a project and the imports of its code.</summary>
public static class DependencyCollector
{
    /// <summary>The built-in import extractors: the syntax layer finds the imports, each language's reader parses their module names.</summary>
    public static IReadOnlyList<IImportExtractor> Extractors { get; } =
    [
        new SyntaxImportExtractor(new PythonImportExtractor()),
        new SyntaxImportExtractor(new JsImportExtractor()),
        new SyntaxImportExtractor(new GoImportExtractor()),
        new SyntaxImportExtractor(new RubyImportExtractor()),
        new SyntaxImportExtractor(new PhpImportExtractor()),
    ];

    /// <summary>Collects the inventory from discovered files, loading them through <paramref name="load"/>.</summary>
    public static DependencyInventory Collect(IReadOnlyList<WorkspaceFile> files, Func<WorkspaceFile, SourceFile?> load, bool includeImports = true, CancellationToken cancellationToken = default)
    {
        var byPath = files.GroupBy(f => f.RelativePath, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var declared = new List<DependencyRef>();
        var diagnostics = new List<Diagnostic>();
        var ownGoModules = new List<string>();
        var composer = new ComposerAutoload();
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var fileName = file.RelativePath[(file.RelativePath.LastIndexOf('/') + 1)..];
            if (ManifestReaders.For(fileName) is null || IsVendored(file.RelativePath))
            {
                continue;
            }

            var source = load(file);
            if (source is null)
            {
                continue;
            }

            if (fileName is "composer.json" or "composer.lock")
            {
                composer.Add(fileName, source.Text);
            }

            if (fileName == "go.mod")
            {
                ownGoModules.AddRange(source.Text.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("module ", StringComparison.Ordinal)).Select(l => l[7..].Trim().Trim('"')));
            }

            var context = ManifestReaders.Read(source, rel => byPath.TryGetValue(rel, out var wf) ? load(wf) : null);
            declared.AddRange(context.References);
            diagnostics.AddRange(context.Diagnostics);
        }

        var undeclared = new List<DependencyRef>();
        if (includeImports)
        {
            var resolver = new ImportResolver(files.Select(f => f.RelativePath), ownGoModules);
            var declaredKeys = declared.Select(d => (d.Ecosystem, Key: Loose(d.Ecosystem, d.Name))).ToHashSet();
            var declaredGo = declared.Where(d => d.Ecosystem == Ecosystems.Go).Select(d => d.Name).ToList();
            var hasGemfile = files.Any(f => f.RelativePath.EndsWith("Gemfile", StringComparison.Ordinal) || f.RelativePath.EndsWith("gems.rb", StringComparison.Ordinal));
            var seen = new HashSet<(string, string, string)>();
            foreach (var file in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (IsVendored(file.RelativePath) || !IsCode(file.RelativePath))
                {
                    continue;
                }

                var source = load(file);
                if (source is null)
                {
                    continue;
                }

                var extractor = Extractors.FirstOrDefault(e => e.AppliesTo(source));
                if (extractor is null)
                {
                    continue;
                }

                if (source.Language == Languages.Php)
                {
                    foreach (var use in composer.HasProject ? extractor.Extract(source) : [])
                    {
                        if (composer.Undeclared(use.Module) is { } root && seen.Add((Ecosystems.Packagist, root.ToLowerInvariant(), use.File)))
                        {
                            undeclared.Add(new DependencyRef(Ecosystems.Packagist, root, null, use.File, use.Line)
                            {
                                Origin = DependencyOrigin.Import,
                                Kind = "import " + use.Module,
                                Unverifiable = $"no declared Composer package autoloads the namespace {root}; a package name cannot be derived from a namespace",
                            });
                        }
                    }

                    continue;
                }

                foreach (var import in extractor.Extract(source))
                {
                    if (resolver.Resolve(import) is not { } reference)
                    {
                        continue;
                    }

                    if (reference.Ecosystem == Ecosystems.RubyGems && !hasGemfile)
                    {
                        continue;
                    }

                    var isDeclared = reference.Ecosystem == Ecosystems.Go
                        ? declaredGo.Any(m => import.Module == m || import.Module.StartsWith(m + "/", StringComparison.Ordinal))
                        : declaredKeys.Contains((reference.Ecosystem, Loose(reference.Ecosystem, reference.Name)))
                          || (reference.Ecosystem == Ecosystems.PyPI && declaredKeys.Contains((reference.Ecosystem, Loose(reference.Ecosystem, import.Module.Split('.')[0]))));
                    if (!isDeclared && seen.Add((reference.Ecosystem, reference.Key, reference.File)))
                    {
                        undeclared.Add(reference);
                    }
                }
            }
        }

        var documentInstalls = Dependencies.DocumentInstalls.Collect(files, load, IsVendored, cancellationToken);
        return new DependencyInventory { Declared = declared, UndeclaredImports = undeclared, DocumentInstalls = documentInstalls, Diagnostics = diagnostics };
    }

    private static string Loose(string ecosystem, string name) =>
        ecosystem is Ecosystems.RubyGems ? name.ToLowerInvariant().Replace('_', '-') : Ecosystems.CanonicalName(ecosystem, name).ToLowerInvariant();

    private static bool IsVendored(string path) =>
        path.Split('/').Any(s => s is "node_modules" or "vendor" or ".venv" or "venv" or "site-packages" or "bower_components" or "__pycache__" or ".tox" or "third_party");

    private static bool IsCode(string path)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        return ext is ".py" or ".pyi" or ".js" or ".mjs" or ".cjs" or ".jsx" or ".ts" or ".mts" or ".cts" or ".tsx" or ".go" or ".rb" or ".php" or ".vue" or ".svelte";
    }
}
