using System.Text.Json;

namespace Pairguard.Dependencies.Manifests;

/// <summary>Reads <c>package-lock.json</c> and <c>npm-shrinkwrap.json</c>, lockfile versions 1 (nested <c>dependencies</c>) to 3 (<c>packages</c>).</summary>
public sealed class PackageLockReader : IManifestReader
{
    private const string NodeModules = "node_modules/";

    public bool CanRead(string fileName) => fileName is "package-lock.json" or "npm-shrinkwrap.json";

    public void Read(ManifestContext context)
    {
        using var json = JsonManifest.Parse(context);
        if (json is null)
        {
            return;
        }

        if (JsonManifest.Obj(json.Root, "packages") is { } packages)
        {
            foreach (var p in packages.EnumerateObject())
            {
                var at = p.Name.LastIndexOf(NodeModules, StringComparison.Ordinal);
                if (at < 0 || p.Value.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                if (p.Value.TryGetProperty("link", out var link) && link.ValueKind == JsonValueKind.True)
                {
                    continue;
                }

                var name = JsonManifest.Str(p.Value, "name") ?? p.Name[(at + NodeModules.Length)..];
                var resolved = JsonManifest.Str(p.Value, "resolved");
                context.Add(Ecosystems.Npm, name, JsonManifest.Str(p.Value, "version"), json.LineOf("packages", p.Name), DependencyOrigin.Lockfile,
                    Kind(p.Value), Unverifiable(resolved));
            }

            return;
        }

        if (JsonManifest.Obj(json.Root, "dependencies") is { } deps)
        {
            Walk(context, json, deps, ["dependencies"], 0);
        }
    }

    private static void Walk(ManifestContext context, JsonManifest json, JsonElement deps, List<string> path, int depth)
    {
        if (depth > 64)
        {
            return;
        }

        foreach (var p in deps.EnumerateObject())
        {
            if (p.Value.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            path.Add(p.Name);
            var version = JsonManifest.Str(p.Value, "version");
            var (name, v, unverifiable, local) = NpmSpec.Interpret(p.Name, version);
            if (!local)
            {
                context.Add(Ecosystems.Npm, name, v, json.LineOf([.. path]), DependencyOrigin.Lockfile, Kind(p.Value), unverifiable ?? Unverifiable(JsonManifest.Str(p.Value, "resolved")));
            }

            if (JsonManifest.Obj(p.Value, "dependencies") is { } nested)
            {
                path.Add("dependencies");
                Walk(context, json, nested, path, depth + 1);
                path.RemoveAt(path.Count - 1);
            }

            path.RemoveAt(path.Count - 1);
        }
    }

    private static string? Kind(JsonElement e) =>
        e.TryGetProperty("dev", out var d) && d.ValueKind == JsonValueKind.True ? "dev"
        : e.TryGetProperty("optional", out var o) && o.ValueKind == JsonValueKind.True ? "optional"
        : null;

    private static string? Unverifiable(string? resolved) =>
        resolved is not null && (resolved.StartsWith("git", StringComparison.Ordinal) || resolved.StartsWith("file:", StringComparison.Ordinal))
            ? "resolved from a git repository or file, not from the registry"
            : null;
}
