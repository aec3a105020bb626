using Pairguard.Scanning;

namespace Pairguard.Dependencies.Imports;

/// <summary>Turns imports into package references: drops standard-library, relative and local modules, and maps import names to distribution names.</summary>
public sealed class ImportResolver
{
    private static readonly Lazy<IReadOnlySet<string>> PythonStdlib = new(() => DataFiles.Set("python-stdlib.txt", StringComparer.Ordinal));
    private static readonly Lazy<IReadOnlySet<string>> NodeBuiltins = new(() => DataFiles.Set("node-builtins.txt", StringComparer.Ordinal));
    private static readonly Lazy<IReadOnlySet<string>> RubyStdlib = new(() => DataFiles.Set("ruby-stdlib.txt", StringComparer.Ordinal));
    private static readonly Lazy<IReadOnlyDictionary<string, string>> PythonNames = new(() => DataFiles.Map("python-import-names.txt", StringComparer.Ordinal));
    private static readonly Lazy<IReadOnlyDictionary<string, string>> RubyNames = new(() => DataFiles.Map("ruby-require-names.txt", StringComparer.Ordinal));

    private readonly IReadOnlySet<string> _localNames;
    private readonly IReadOnlyList<string> _ownGoModules;

    /// <param name="repositoryPaths">Relative paths of every file in the project: their directory names and file stems are local modules.</param>
    /// <param name="ownGoModules">Module paths declared by the project's own <c>go.mod</c> files.</param>
    public ImportResolver(IEnumerable<string> repositoryPaths, IEnumerable<string>? ownGoModules = null)
    {
        var local = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in repositoryPaths)
        {
            var parts = path.Split('/');
            for (var i = 0; i < parts.Length; i++)
            {
                var p = parts[i];
                if (i < parts.Length - 1)
                {
                    local.Add(p);
                }
                else
                {
                    var dot = p.LastIndexOf('.');
                    if (dot > 0 && p[(dot + 1)..] is "py" or "pyi" or "js" or "ts" or "mjs" or "cjs" or "tsx" or "jsx" or "rb" or "so" or "pyd")
                    {
                        local.Add(p[..dot]);
                    }
                }
            }
        }

        _localNames = local;
        _ownGoModules = ownGoModules?.ToList() ?? [];
    }

    /// <summary>The package an import needs, or null when it is standard library, relative or part of the project itself.</summary>
    public DependencyRef? Resolve(ImportRef import)
    {
        var (ecosystem, name) = import.Language switch
        {
            Languages.Python => (Ecosystems.PyPI, Python(import.Module)),
            Languages.JavaScript or Languages.TypeScript or Languages.Tsx or Languages.Vue or Languages.Svelte => (Ecosystems.Npm, Node(import.Module)),
            Languages.Go => (Ecosystems.Go, Go(import.Module)),
            Languages.Ruby => (Ecosystems.RubyGems, Ruby(import.Module)),
            _ => (null, null),
        };

        return ecosystem is null || name is null
            ? null
            : new DependencyRef(ecosystem, name, null, import.File, import.Line) { Origin = DependencyOrigin.Import, Kind = "import " + import.Module };
    }

    private string? Python(string module)
    {
        var top = module.Split('.')[0];
        if (top.Length == 0 || PythonStdlib.Value.Contains(top) || top.StartsWith('_') || _localNames.Contains(top))
        {
            return null;
        }

        var parts = module.Split('.');
        for (var n = parts.Length; n >= 1; n--)
        {
            if (PythonNames.Value.TryGetValue(string.Join('.', parts.Take(n)), out var dist))
            {
                return dist;
            }
        }

        // Namespace packages shared by many distributions: the import alone does not say which one.
        return top is "google" or "azure" or "zope" or "backports" or "jaraco" or "sphinxcontrib" ? null : top;
    }

    private string? Node(string spec)
    {
        if (spec.Length == 0 || spec[0] is '.' or '/' or '#' or '~' || spec.StartsWith("node:", StringComparison.Ordinal) || spec.StartsWith("@/", StringComparison.Ordinal)
            || spec.Contains(':', StringComparison.Ordinal) || spec.StartsWith("$", StringComparison.Ordinal))
        {
            return null;
        }

        var parts = spec.Split('/');
        string name;
        if (spec.StartsWith('@'))
        {
            if (parts.Length < 2 || parts[1].Length == 0)
            {
                return null;
            }

            name = parts[0] + "/" + parts[1];
        }
        else
        {
            name = parts[0];
        }

        if (NodeBuiltins.Value.Contains(parts[0]) || (!spec.StartsWith('@') && _localNames.Contains(parts[0])))
        {
            return null;
        }

        return name;
    }


    private string? Go(string path)
    {
        var first = path.Split('/')[0];
        if (!first.Contains('.'))
        {
            return null;
        }

        if (_ownGoModules.Any(m => path == m || path.StartsWith(m + "/", StringComparison.Ordinal)))
        {
            return null;
        }

        var parts = path.Split('/');
        var take = first switch
        {
            "gopkg.in" => 2,
            _ when parts.Length >= 3 && parts[1] == "x" => 3,
            _ => Math.Min(3, parts.Length),
        };
        return string.Join('/', parts.Take(Math.Min(take, parts.Length)));
    }

    private string? Ruby(string require)
    {
        var top = require.Split('/')[0];
        if (top.Length == 0 || RubyStdlib.Value.Contains(top) || _localNames.Contains(top) || require.StartsWith('.'))
        {
            return null;
        }

        return RubyNames.Value.TryGetValue(top, out var gem) ? gem : top;
    }
}
