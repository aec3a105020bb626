using Tomlyn.Model;

namespace Pairguard.Dependencies.Manifests;

/// <summary>Reads <c>Cargo.toml</c> (all dependency tables, target-specific ones and workspace dependencies) and <c>Cargo.lock</c>.</summary>
public sealed class CargoReader : IManifestReader
{
    private static readonly string[] Tables = ["dependencies", "dev-dependencies", "build-dependencies"];

    public bool CanRead(string fileName) => fileName is "Cargo.toml" or "Cargo.lock";

    public void Read(ManifestContext context)
    {
        var root = TomlManifest.Parse(context);
        if (root is null)
        {
            return;
        }

        var lines = new TextLines(context.File.Text);
        if (context.File.FileName == "Cargo.lock")
        {
            var from = 1;
            foreach (var p in TomlManifest.Tables(root, "package"))
            {
                if (TomlManifest.Str(p, "name") is not { } name)
                {
                    continue;
                }

                var line = lines.Find($"\"{name}\"", from);
                from = line;
                var source = TomlManifest.Str(p, "source");
                if (source is null)
                {
                    continue;
                }

                context.Add(Ecosystems.Cargo, name, TomlManifest.Str(p, "version"), line, DependencyOrigin.Lockfile,
                    unverifiable: source.StartsWith("git+", StringComparison.Ordinal) ? "resolved from a git repository, not from the registry" : null);
            }

            return;
        }

        foreach (var t in Tables)
        {
            AddTable(context, lines, TomlManifest.Table(root, t), t);
        }

        AddTable(context, lines, TomlManifest.Table(root, "workspace", "dependencies"), "workspace");
        if (TomlManifest.Table(root, "target") is { } targets)
        {
            foreach (var (_, target) in targets)
            {
                foreach (var t in Tables)
                {
                    AddTable(context, lines, TomlManifest.Table(target as TomlTable, t), t);
                }
            }
        }
    }

    private static void AddTable(ManifestContext context, TextLines lines, TomlTable? table, string kind)
    {
        if (table is null)
        {
            return;
        }

        foreach (var (key, value) in table)
        {
            var line = lines.Find(key);
            switch (value)
            {
                case string version:
                    context.Add(Ecosystems.Cargo, key, version, line, kind: kind);
                    break;
                case TomlTable t:
                    if (t.ContainsKey("path") || (t.TryGetValue("workspace", out var ws) && ws is true))
                    {
                        break;
                    }

                    var name = TomlManifest.Str(t, "package") ?? key;
                    context.Add(Ecosystems.Cargo, name, TomlManifest.Str(t, "version"), line, kind: kind,
                        unverifiable: t.ContainsKey("git") ? "installed from a git repository, not from the registry"
                            : t.ContainsKey("registry") ? $"installed from the alternative registry '{TomlManifest.Str(t, "registry")}'" : null);
                    break;
            }
        }
    }
}
