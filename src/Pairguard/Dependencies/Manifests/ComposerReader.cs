using System.Text.Json;

namespace Pairguard.Dependencies.Manifests;

/// <summary>Reads <c>composer.json</c> (<c>require</c>, <c>require-dev</c>; platform packages skipped) and <c>composer.lock</c>.</summary>
public sealed class ComposerReader : IManifestReader
{
    public bool CanRead(string fileName) => fileName is "composer.json" or "composer.lock";

    /// <summary>True for platform requirements (<c>php</c>, <c>ext-*</c>, <c>lib-*</c>, composer plugins API) that are not packages.</summary>
    public static bool IsPlatform(string name) =>
        !name.Contains('/') || name.StartsWith("ext-", StringComparison.Ordinal) || name.StartsWith("lib-", StringComparison.Ordinal);

    public void Read(ManifestContext context)
    {
        using var json = JsonManifest.Parse(context);
        if (json is null)
        {
            return;
        }

        if (context.File.FileName == "composer.lock")
        {
            foreach (var section in new[] { "packages", "packages-dev" })
            {
                if (!json.Root.TryGetProperty(section, out var arr) || arr.ValueKind != JsonValueKind.Array)
                {
                    continue;
                }

                var lines = new TextLines(context.File.Text);
                var from = json.LineOf(section);
                foreach (var p in arr.EnumerateArray())
                {
                    if (JsonManifest.Str(p, "name") is not { } name)
                    {
                        continue;
                    }

                    var line = lines.Find($"\"{name}\"", from);
                    from = line;
                    var dist = JsonManifest.Obj(p, "dist");
                    var type = dist is { } d ? JsonManifest.Str(d, "type") : null;
                    if (type == "path")
                    {
                        continue;
                    }

                    context.Add(Ecosystems.Packagist, name, JsonManifest.Str(p, "version"), line, DependencyOrigin.Lockfile, section);
                }
            }

            return;
        }

        foreach (var section in new[] { "require", "require-dev" })
        {
            if (JsonManifest.Obj(json.Root, section) is not { } deps)
            {
                continue;
            }

            foreach (var p in deps.EnumerateObject())
            {
                if (IsPlatform(p.Name))
                {
                    continue;
                }

                context.Add(Ecosystems.Packagist, p.Name, p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : null, json.LineOf(section, p.Name), kind: section);
            }
        }
    }
}
