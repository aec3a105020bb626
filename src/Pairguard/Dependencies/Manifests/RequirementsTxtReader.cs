namespace Pairguard.Dependencies.Manifests;

/// <summary>Reads pip requirements files (<c>requirements*.txt</c>, <c>*.in</c>): specifiers, extras, markers, <c>-r</c>/<c>-c</c> includes, URL and VCS references.</summary>
public sealed class RequirementsTxtReader : IManifestReader
{
    private const int MaxIncludeDepth = 8;

    public bool CanRead(string fileName) =>
        (fileName.StartsWith("requirements", StringComparison.OrdinalIgnoreCase) && (fileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".in", StringComparison.OrdinalIgnoreCase)))
        || fileName.Equals("constraints.txt", StringComparison.OrdinalIgnoreCase);

    public void Read(ManifestContext context) => ReadFile(context, context.File, new HashSet<string>(StringComparer.Ordinal) { context.File.RelativePath }, 0);

    private static void ReadFile(ManifestContext context, Scanning.SourceFile file, HashSet<string> seen, int depth)
    {
        var lines = file.Text.Split('\n');
        var pending = "";
        var pendingLine = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var raw = lines[i].TrimEnd('\r');
            var hash = raw.IndexOf(" #", StringComparison.Ordinal);
            if (raw.TrimStart().StartsWith('#'))
            {
                raw = "";
            }
            else if (hash >= 0)
            {
                raw = raw[..hash];
            }

            if (pending.Length == 0)
            {
                pendingLine = i + 1;
            }

            if (raw.EndsWith('\\'))
            {
                pending += raw[..^1] + " ";
                continue;
            }

            var line = (pending + raw).Trim();
            pending = "";
            if (line.Length > 0)
            {
                ReadLine(context, file, line, pendingLine, seen, depth);
            }
        }
    }

    private static void ReadLine(ManifestContext context, Scanning.SourceFile file, string line, int lineNo, HashSet<string> seen, int depth)
    {
        if (line.StartsWith('-'))
        {
            var (option, value) = SplitOption(line);
            if (option is "-r" or "--requirement" or "-c" or "--constraint")
            {
                Include(context, file, value, lineNo, seen, depth);
            }
            else if (option is "-e" or "--editable")
            {
                AddUrl(context, file, value, lineNo);
            }

            return;
        }

        if (line.Contains("://", StringComparison.Ordinal) && !line.Contains(" @ ", StringComparison.Ordinal) && !line.Contains("@ ", StringComparison.Ordinal))
        {
            AddUrl(context, file, line, lineNo);
            return;
        }

        if (line.StartsWith('.') || line.StartsWith('/'))
        {
            return;
        }

        var req = PythonRequirement.Parse(line);
        if (req is null)
        {
            context.Diagnostics.Add(new Scanning.Diagnostic(Scanning.DiagnosticKind.Warning, file.RelativePath, $"line {lineNo}: not a requirement: '{Shorten(line)}'", DependencyAnalyzer.AnalyzerId));
            return;
        }

        context.References.Add(new DependencyRef(Ecosystems.PyPI, req.Name, req.Version, file.RelativePath, lineNo)
        {
            Unverifiable = req.Url is null ? null : $"installed from {Describe(req.Url)}, not from the package index",
        });
    }

    private static void Include(ManifestContext context, Scanning.SourceFile file, string value, int lineNo, HashSet<string> seen, int depth)
    {
        if (value.Contains("://", StringComparison.Ordinal))
        {
            context.Diagnostics.Add(new Scanning.Diagnostic(Scanning.DiagnosticKind.Warning, file.RelativePath, $"line {lineNo}: remote include '{Shorten(value)}' is not fetched", DependencyAnalyzer.AnalyzerId));
            return;
        }

        var dir = file.RelativePath.Contains('/') ? file.RelativePath[..file.RelativePath.LastIndexOf('/')] : "";
        var target = NormalizePath(dir.Length == 0 ? value : dir + "/" + value);
        if (depth >= MaxIncludeDepth || !seen.Add(target))
        {
            return;
        }

        var included = context.LoadRelative(target);
        if (included is null)
        {
            context.Diagnostics.Add(new Scanning.Diagnostic(Scanning.DiagnosticKind.Warning, file.RelativePath, $"line {lineNo}: included file '{value}' cannot be read", DependencyAnalyzer.AnalyzerId));
            return;
        }

        ReadFile(context, included, seen, depth + 1);
    }

    private static void AddUrl(ManifestContext context, Scanning.SourceFile file, string value, int lineNo)
    {
        var egg = value.IndexOf("#egg=", StringComparison.Ordinal);
        string? name = null;
        if (egg >= 0)
        {
            name = value[(egg + 5)..].Split('&', ' ')[0];
        }
        else if (value.Contains(" @ ", StringComparison.Ordinal))
        {
            name = value[..value.IndexOf(" @ ", StringComparison.Ordinal)].Trim();
        }

        if (value.StartsWith('.') || value.StartsWith('/'))
        {
            return;
        }

        context.References.Add(new DependencyRef(Ecosystems.PyPI, name ?? value.Trim(), null, file.RelativePath, lineNo)
        {
            Unverifiable = $"installed from {Describe(value)}, not from the package index",
        });
    }

    private static (string Option, string Value) SplitOption(string line)
    {
        var eq = line.IndexOf('=', StringComparison.Ordinal);
        var sp = line.IndexOfAny([' ', '\t']);
        if (sp > 0 && (eq < 0 || sp < eq))
        {
            return (line[..sp], line[sp..].Trim());
        }

        return eq > 0 ? (line[..eq], line[(eq + 1)..].Trim()) : (line, "");
    }

    private static string NormalizePath(string path)
    {
        var parts = new List<string>();
        foreach (var p in path.Replace('\\', '/').Split('/'))
        {
            if (p is "" or ".")
            {
                continue;
            }

            if (p == ".." && parts.Count > 0)
            {
                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(p);
        }

        return string.Join('/', parts);
    }

    private static string Describe(string url) => url.StartsWith("git+", StringComparison.Ordinal) || url.Contains(".git", StringComparison.Ordinal) ? "a VCS repository" : "a URL";

    private static string Shorten(string s) => s.Length > 80 ? s[..80] + "…" : s;
}
