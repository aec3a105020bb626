using Tomlyn.Model;

namespace Pairguard.Dependencies.Manifests;

/// <summary>Reads <c>pyproject.toml</c>: PEP 621 <c>[project]</c>, PEP 735 dependency groups, build requirements, Poetry and uv tables.</summary>
public sealed class PyprojectReader : IManifestReader
{
    public bool CanRead(string fileName) => fileName.Equals("pyproject.toml", StringComparison.OrdinalIgnoreCase);

    public void Read(ManifestContext context)
    {
        var root = TomlManifest.Parse(context);
        if (root is null)
        {
            return;
        }

        var lines = new TextLines(context.File.Text);
        var sources = TomlManifest.Table(root, "tool", "uv", "sources");
        var self = TomlManifest.Str(TomlManifest.Table(root, "project"), "name");
        var project = TomlManifest.Table(root, "project");
        AddPep508(context, lines, TomlManifest.Strings(project, "dependencies"), "dependencies", sources, self);
        if (TomlManifest.Table(project, "optional-dependencies") is { } optional)
        {
            foreach (var (group, _) in optional)
            {
                AddPep508(context, lines, TomlManifest.Strings(optional, group), "optional:" + group, sources, self);
            }
        }

        if (TomlManifest.Table(root, "dependency-groups") is { } groups)
        {
            foreach (var (group, _) in groups)
            {
                AddPep508(context, lines, TomlManifest.Strings(groups, group), "group:" + group, sources, self);
            }
        }

        AddPep508(context, lines, TomlManifest.Strings(TomlManifest.Table(root, "build-system"), "requires"), "build", sources, self);
        AddPep508(context, lines, TomlManifest.Strings(TomlManifest.Table(root, "tool", "uv"), "dev-dependencies"), "dev", sources, self);

        var poetry = TomlManifest.Table(root, "tool", "poetry");
        AddPoetryTable(context, lines, TomlManifest.Table(poetry, "dependencies"), "dependencies");
        AddPoetryTable(context, lines, TomlManifest.Table(poetry, "dev-dependencies"), "dev");
        if (TomlManifest.Table(poetry, "group") is { } poetryGroups)
        {
            foreach (var (group, value) in poetryGroups)
            {
                AddPoetryTable(context, lines, TomlManifest.Table(value as TomlTable, "dependencies"), "group:" + group);
            }
        }
    }

    /// <summary>Adds Poetry-style <c>name = "spec"</c> / <c>name = { version, git, path, url }</c> entries (also used for Pipfile).</summary>
    internal static void AddPoetryTable(ManifestContext context, TextLines lines, TomlTable? table, string kind)
    {
        if (table is null)
        {
            return;
        }

        foreach (var (name, value) in table)
        {
            if (name.Equals("python", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var line = lines.Find(name);
            switch (value)
            {
                case string spec:
                    context.Add(Ecosystems.PyPI, name, spec == "*" ? null : spec, line, kind: kind);
                    break;
                case TomlTable t:
                    var unverifiable = Unverifiable(t);
                    if (t.ContainsKey("path"))
                    {
                        break;
                    }

                    context.Add(Ecosystems.PyPI, name, TomlManifest.Str(t, "version") is { } v && v != "*" ? v : null, line, kind: kind, unverifiable: unverifiable);
                    break;
                case TomlArray a:
                    context.Add(Ecosystems.PyPI, name, a.OfType<TomlTable>().Select(x => TomlManifest.Str(x, "version")).FirstOrDefault(x => x is not null), line, kind: kind);
                    break;
            }
        }
    }

    private static void AddPep508(ManifestContext context, TextLines lines, IEnumerable<string> requirements, string kind, TomlTable? uvSources, string? self)
    {
        foreach (var text in requirements)
        {
            var req = PythonRequirement.Parse(text);
            var line = lines.Find(text.Trim().Split([' ', '=', '<', '>', '~', '!', '[', ';', '@'], 2)[0]);
            if (req is null)
            {
                context.Malformed(line, $"not a PEP 508 requirement: '{text}'");
                continue;
            }

            if (self is not null && Ecosystems.NormalizePython(self) == Ecosystems.NormalizePython(req.Name))
            {
                continue;
            }

            string? unverifiable = req.Url is null ? null : "installed from a URL, not from the package index";
            if (uvSources is not null && uvSources.TryGetValue(req.Name, out var src) && src is TomlTable st)
            {
                if (st.ContainsKey("path") || st.ContainsKey("workspace"))
                {
                    continue;
                }

                unverifiable ??= Unverifiable(st);
            }

            context.Add(Ecosystems.PyPI, req.Name, req.Version, line, kind: kind, unverifiable: unverifiable);
        }
    }

    private static string? Unverifiable(TomlTable t) =>
        t.ContainsKey("git") ? "installed from a git repository, not from the package index"
        : t.ContainsKey("url") ? "installed from a URL, not from the package index"
        : null;
}
