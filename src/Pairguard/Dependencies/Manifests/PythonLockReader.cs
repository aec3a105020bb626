using Tomlyn.Model;

namespace Pairguard.Dependencies.Manifests;

/// <summary>Reads <c>poetry.lock</c> and <c>uv.lock</c>: every <c>[[package]]</c> with its version and source.</summary>
public sealed class PythonLockReader : IManifestReader
{
    public bool CanRead(string fileName) => fileName is "poetry.lock" or "uv.lock" or "pdm.lock";

    public void Read(ManifestContext context)
    {
        var root = TomlManifest.Parse(context);
        if (root is null)
        {
            return;
        }

        var lines = new TextLines(context.File.Text);
        var from = 1;
        foreach (var package in TomlManifest.Tables(root, "package"))
        {
            var name = TomlManifest.Str(package, "name");
            if (name is null)
            {
                continue;
            }

            var line = lines.Find($"\"{name}\"", from);
            if (line > 0)
            {
                from = line;
            }

            string? unverifiable = null;
            if (package.TryGetValue("source", out var s) && s is TomlTable source)
            {
                if (source.ContainsKey("editable") || source.ContainsKey("virtual") || source.ContainsKey("directory") || source.ContainsKey("path")
                    || TomlManifest.Str(source, "type") is "directory" or "file")
                {
                    continue;
                }

                if (source.ContainsKey("git") || TomlManifest.Str(source, "type") == "git")
                {
                    unverifiable = "installed from a git repository, not from the package index";
                }
                else if (source.ContainsKey("url") && !source.ContainsKey("registry") && TomlManifest.Str(source, "type") is null or "url")
                {
                    unverifiable = "installed from a URL, not from the package index";
                }
            }

            context.Add(Ecosystems.PyPI, name, TomlManifest.Str(package, "version"), line, DependencyOrigin.Lockfile, unverifiable: unverifiable);
        }
    }
}
