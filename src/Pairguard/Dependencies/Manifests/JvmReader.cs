using System.Text.RegularExpressions;

namespace Pairguard.Dependencies.Manifests;

/// <summary>Reads declared Maven coordinates from <c>pom.xml</c> and <c>build.gradle</c>/<c>build.gradle.kts</c> (as <c>group:artifact</c>).</summary>
public sealed partial class JvmReader : IManifestReader
{
    private static readonly string[] GradleConfigurations =
        ["implementation", "api", "compileOnly", "runtimeOnly", "testImplementation", "testRuntimeOnly", "testCompileOnly", "annotationProcessor", "kapt", "ksp", "compile", "testCompile", "runtime", "classpath", "developmentOnly"];

    public bool CanRead(string fileName) => fileName is "pom.xml" or "build.gradle" or "build.gradle.kts";

    public void Read(ManifestContext context)
    {
        if (context.File.FileName == "pom.xml")
        {
            ReadPom(context);
        }
        else
        {
            ReadGradle(context);
        }
    }

    private static void ReadPom(ManifestContext context)
    {
        var doc = XmlManifest.Parse(context);
        if (doc?.Root is null)
        {
            return;
        }

        var ns = doc.Root.Name.Namespace;
        var self = doc.Root.Element(ns + "groupId")?.Value ?? doc.Root.Element(ns + "parent")?.Element(ns + "groupId")?.Value;
        foreach (var dep in doc.Descendants().Where(e => e.Name.LocalName is "dependency" or "plugin" or "parent"))
        {
            var group = dep.Element(ns + "groupId")?.Value.Trim() ?? (dep.Name.LocalName == "plugin" ? "org.apache.maven.plugins" : null);
            var artifact = dep.Element(ns + "artifactId")?.Value.Trim();
            if (string.IsNullOrEmpty(group) || string.IsNullOrEmpty(artifact) || group.Contains("${", StringComparison.Ordinal) || artifact.Contains("${", StringComparison.Ordinal))
            {
                continue;
            }

            if (dep.Name.LocalName == "parent" && dep.Parent != doc.Root)
            {
                continue;
            }

            var version = dep.Element(ns + "version")?.Value.Trim();
            if (version is not null && version.Contains("${", StringComparison.Ordinal))
            {
                version = null;
            }

            var scope = dep.Element(ns + "scope")?.Value.Trim();
            if (scope == "system" || (self is not null && group == self && dep.Name.LocalName == "dependency" && version is null))
            {
                continue;
            }

            context.Add(Ecosystems.Maven, $"{group}:{artifact}", version, XmlManifest.Line(dep), kind: scope ?? dep.Name.LocalName);
        }
    }

    private static void ReadGradle(ManifestContext context)
    {
        var lines = context.File.Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var t = lines[i].Trim();
            if (t.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (Match m in GradleString().Matches(t))
            {
                var config = m.Groups["conf"].Value;
                if (!GradleConfigurations.Contains(config))
                {
                    continue;
                }

                var coords = m.Groups["coords"].Value.Split(':');
                if (coords.Length < 2 || coords[0].Contains('$') || coords[1].Contains('$'))
                {
                    continue;
                }

                context.Add(Ecosystems.Maven, $"{coords[0]}:{coords[1]}", coords.Length > 2 && !coords[2].Contains('$') ? coords[2] : null, i + 1, kind: config);
            }

            foreach (Match m in GradleMap().Matches(t))
            {
                if (!GradleConfigurations.Contains(m.Groups["conf"].Value))
                {
                    continue;
                }

                var version = m.Groups["version"].Success && !m.Groups["version"].Value.Contains('$') ? m.Groups["version"].Value : null;
                context.Add(Ecosystems.Maven, $"{m.Groups["group"].Value}:{m.Groups["name"].Value}", version, i + 1, kind: m.Groups["conf"].Value);
            }
        }
    }

    [GeneratedRegex("""(?<conf>[A-Za-z]+)\s*\(?\s*(?:platform\s*\(\s*)?["'](?<coords>[A-Za-z0-9_.\-]+:[A-Za-z0-9_.\-]+(?::[^"'@:]+)?)(?:@[a-z]+)?["']""", RegexOptions.NonBacktracking)]
    private static partial Regex GradleString();

    [GeneratedRegex("""(?<conf>[A-Za-z]+)\s*\(?\s*group\s*[:=]\s*["'](?<group>[A-Za-z0-9_.\-]+)["']\s*,\s*name\s*[:=]\s*["'](?<name>[A-Za-z0-9_.\-]+)["'](?:\s*,\s*version\s*[:=]\s*["'](?<version>[^"']+)["'])?""", RegexOptions.NonBacktracking)]
    private static partial Regex GradleMap();
}
