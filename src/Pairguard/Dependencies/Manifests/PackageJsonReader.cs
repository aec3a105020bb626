using System.Text.Json;

namespace Pairguard.Dependencies.Manifests;

/// <summary>Reads <c>package.json</c>: dependencies, devDependencies, peerDependencies, optionalDependencies and bundled dependencies.</summary>
public sealed class PackageJsonReader : IManifestReader
{
    private static readonly string[] Sections = ["dependencies", "devDependencies", "peerDependencies", "optionalDependencies"];

    public bool CanRead(string fileName) => fileName == "package.json";

    public void Read(ManifestContext context)
    {
        using var json = JsonManifest.Parse(context);
        if (json is null)
        {
            return;
        }

        if (json.Root.ValueKind != JsonValueKind.Object)
        {
            context.Malformed(1, "package.json is not a JSON object");
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in Sections)
        {
            if (JsonManifest.Obj(json.Root, section) is not { } deps)
            {
                continue;
            }

            foreach (var p in deps.EnumerateObject())
            {
                var spec = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : null;
                var (name, version, unverifiable, local) = NpmSpec.Interpret(p.Name, spec);
                if (local)
                {
                    continue;
                }

                seen.Add(p.Name);
                context.Add(Ecosystems.Npm, name, version, json.LineOf(section, p.Name), kind: section, unverifiable: unverifiable);
            }
        }

        foreach (var section in new[] { "bundledDependencies", "bundleDependencies" })
        {
            if (json.Root.TryGetProperty(section, out var arr) && arr.ValueKind == JsonValueKind.Array)
            {
                foreach (var e in arr.EnumerateArray())
                {
                    if (e.ValueKind == JsonValueKind.String && e.GetString() is { } n && seen.Add(n))
                    {
                        context.Add(Ecosystems.Npm, n, null, json.LineOf(section), kind: section);
                    }
                }
            }
        }
    }
}
