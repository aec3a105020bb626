using System.Text.Json;

namespace Pairguard.Dependencies.Imports;

/// <summary>Maps PHP namespaces to Composer packages through the autoload sections of <c>composer.json</c> (the project's own code) and <c>composer.lock</c> (installed packages).</summary>
public sealed class ComposerAutoload
{
    private readonly List<string> _ownPrefixes = [];
    private readonly List<(string Prefix, string Package)> _packagePrefixes = [];
    private readonly HashSet<string> _declaredVendors = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when a composer.json was seen (without one, PHP imports are not checked).</summary>
    public bool HasProject { get; private set; }

    /// <summary>Adds the autoload prefixes of a <c>composer.json</c> (own code) or <c>composer.lock</c> (packages) text; malformed JSON is ignored (the manifest reader reports it).</summary>
    public void Add(string fileName, string text)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException)
        {
            return;
        }

        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            if (fileName == "composer.json")
            {
                HasProject = true;
                _ownPrefixes.AddRange(Prefixes(doc.RootElement));
                foreach (var section in new[] { "require", "require-dev" })
                {
                    if (doc.RootElement.TryGetProperty(section, out var req) && req.ValueKind == JsonValueKind.Object)
                    {
                        foreach (var p in req.EnumerateObject().Where(p => p.Name.Contains('/')))
                        {
                            _declaredVendors.Add(Squash(p.Name[..p.Name.IndexOf('/')]));
                        }
                    }
                }

                return;
            }

            foreach (var section in new[] { "packages", "packages-dev" })
            {
                if (!doc.RootElement.TryGetProperty(section, out var list) || list.ValueKind != JsonValueKind.Array)
                {
                    continue;
                }

                foreach (var package in list.EnumerateArray())
                {
                    if (package.ValueKind == JsonValueKind.Object && package.TryGetProperty("name", out var n) && n.GetString() is { } name)
                    {
                        _packagePrefixes.AddRange(Prefixes(package).Select(p => (p, name)));
                        _declaredVendors.Add(Squash(name.Split('/')[0]));
                    }
                }
            }
        }
    }

    /// <summary>What a <c>use</c> of this namespace needs: null when it is built in, the project's own code, or provided by a declared package; otherwise the namespace root that nothing provides.</summary>
    public string? Undeclared(string useNamespace)
    {
        var ns = useNamespace.TrimStart('\\');
        if (!ns.Contains('\\'))
        {
            return null;
        }

        var withSlash = ns + "\\";
        if (_ownPrefixes.Any(p => withSlash.StartsWith(p, StringComparison.Ordinal)) || _packagePrefixes.Any(p => withSlash.StartsWith(p.Prefix, StringComparison.Ordinal)))
        {
            return null;
        }

        var root = ns.Split('\\');
        if (_declaredVendors.Contains(Squash(root[0])))
        {
            return null;
        }

        return root.Length >= 2 ? root[0] + "\\" + root[1] : root[0];
    }

    private static IEnumerable<string> Prefixes(JsonElement e)
    {
        foreach (var section in new[] { "autoload", "autoload-dev" })
        {
            if (!e.TryGetProperty(section, out var autoload) || autoload.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            foreach (var kind in new[] { "psr-4", "psr-0" })
            {
                if (autoload.TryGetProperty(kind, out var map) && map.ValueKind == JsonValueKind.Object)
                {
                    foreach (var p in map.EnumerateObject().Where(p => p.Name.Length > 0))
                    {
                        yield return p.Name.EndsWith('\\') ? p.Name : p.Name + "\\";
                    }
                }
            }
        }
    }

    private static string Squash(string vendor) => vendor.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();
}
