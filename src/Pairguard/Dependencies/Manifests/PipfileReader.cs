using System.Text.Json;

namespace Pairguard.Dependencies.Manifests;

/// <summary>Reads <c>Pipfile</c> (TOML <c>[packages]</c>/<c>[dev-packages]</c>) and <c>Pipfile.lock</c> (JSON <c>default</c>/<c>develop</c>).</summary>
public sealed class PipfileReader : IManifestReader
{
    public bool CanRead(string fileName) => fileName is "Pipfile" or "Pipfile.lock";

    public void Read(ManifestContext context)
    {
        if (context.File.FileName == "Pipfile")
        {
            var root = TomlManifest.Parse(context);
            var lines = new TextLines(context.File.Text);
            PyprojectReader.AddPoetryTable(context, lines, TomlManifest.Table(root, "packages"), "packages");
            PyprojectReader.AddPoetryTable(context, lines, TomlManifest.Table(root, "dev-packages"), "dev-packages");
            return;
        }

        using var json = JsonManifest.Parse(context);
        if (json is null)
        {
            return;
        }

        foreach (var section in new[] { "default", "develop" })
        {
            if (JsonManifest.Obj(json.Root, section) is not { } deps)
            {
                continue;
            }

            foreach (var p in deps.EnumerateObject())
            {
                var unverifiable = p.Value.ValueKind == JsonValueKind.Object && (p.Value.TryGetProperty("git", out _) || p.Value.TryGetProperty("file", out _))
                    ? "installed from a repository or URL, not from the package index"
                    : null;
                if (p.Value.ValueKind == JsonValueKind.Object && p.Value.TryGetProperty("path", out _))
                {
                    continue;
                }

                context.Add(Ecosystems.PyPI, p.Name, JsonManifest.Str(p.Value, "version"), json.LineOf(section, p.Name), DependencyOrigin.Lockfile, section, unverifiable);
            }
        }
    }
}
