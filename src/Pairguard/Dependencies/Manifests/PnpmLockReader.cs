using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pairguard.Dependencies.Manifests;

/// <summary>Reads <c>pnpm-lock.yaml</c> (lockfile v5 <c>/name/1.0.0</c>, v6 <c>/name@1.0.0</c> and v9 <c>name@1.0.0</c> keys).</summary>
public sealed class PnpmLockReader : IManifestReader
{
    public bool CanRead(string fileName) => fileName is "pnpm-lock.yaml" or "pnpm-lock.yml";

    public void Read(ManifestContext context)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(context.File.Text));
        }
        catch (YamlException e)
        {
            context.Malformed((int)e.Start.Line, "invalid YAML: " + e.Message.Split('\n')[0]);
            return;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return;
        }

        if (!root.Children.TryGetValue(new YamlScalarNode("packages"), out var p) || p is not YamlMappingNode packages)
        {
            return;
        }

        foreach (var (keyNode, value) in packages.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                continue;
            }

            var k = key.TrimStart('/');
            var paren = k.IndexOf('(', StringComparison.Ordinal);
            if (paren > 0)
            {
                k = k[..paren];
            }

            string name;
            string? version;
            var at = k.LastIndexOf('@');
            if (at > 0)
            {
                (name, version) = (k[..at], k[(at + 1)..]);
            }
            else
            {
                var slash = k.LastIndexOf('/');
                if (slash <= 0)
                {
                    continue;
                }

                (name, version) = (k[..slash], k[(slash + 1)..]);
                var underscore = version.IndexOf('_', StringComparison.Ordinal);
                if (underscore > 0)
                {
                    version = version[..underscore];
                }
            }

            if (version.Contains(':', StringComparison.Ordinal) || name.Contains(':', StringComparison.Ordinal))
            {
                var local = version.StartsWith("file:", StringComparison.Ordinal) || version.StartsWith("link:", StringComparison.Ordinal);
                if (!local)
                {
                    context.Add(Ecosystems.Npm, name, null, (int)keyNode.Start.Line, DependencyOrigin.Lockfile, unverifiable: "resolved from a git repository or URL, not from the registry");
                }

                continue;
            }

            string? unverifiable = null;
            if (value is YamlMappingNode props && props.Children.TryGetValue(new YamlScalarNode("resolution"), out var res) && res is YamlMappingNode resolution
                && (resolution.Children.ContainsKey(new YamlScalarNode("repo")) || resolution.Children.ContainsKey(new YamlScalarNode("tarball"))))
            {
                unverifiable = "resolved from a git repository or tarball URL, not from the registry";
            }

            context.Add(Ecosystems.Npm, name, version, (int)keyNode.Start.Line, DependencyOrigin.Lockfile, unverifiable: unverifiable);
        }
    }
}
