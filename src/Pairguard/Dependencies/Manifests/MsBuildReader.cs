namespace Pairguard.Dependencies.Manifests;

/// <summary>Reads NuGet references: <c>PackageReference</c>/<c>PackageVersion</c>/<c>GlobalPackageReference</c> in project and props files, and <c>packages.config</c>.</summary>
public sealed class MsBuildReader : IManifestReader
{
    private static readonly string[] Items = ["PackageReference", "PackageVersion", "GlobalPackageReference", "PackageDownload"];

    public bool CanRead(string fileName) =>
        fileName.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".fsproj", StringComparison.OrdinalIgnoreCase)
        || fileName.EndsWith(".vbproj", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".props", StringComparison.OrdinalIgnoreCase)
        || fileName.EndsWith(".targets", StringComparison.OrdinalIgnoreCase) || fileName.Equals("packages.config", StringComparison.OrdinalIgnoreCase);

    public void Read(ManifestContext context)
    {
        var doc = XmlManifest.Parse(context);
        if (doc?.Root is null)
        {
            return;
        }

        if (context.File.FileName.Equals("packages.config", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var e in doc.Root.Elements().Where(e => e.Name.LocalName == "package"))
            {
                if (XmlManifest.AttrOrChild(e, "id") is { Length: > 0 } id)
                {
                    context.Add(Ecosystems.NuGet, id, XmlManifest.AttrOrChild(e, "version"), XmlManifest.Line(e), kind: "packages.config");
                }
            }

            return;
        }

        foreach (var e in doc.Descendants().Where(e => Items.Contains(e.Name.LocalName)))
        {
            var id = e.Attribute("Include")?.Value ?? e.Attribute("Update")?.Value;
            if (string.IsNullOrWhiteSpace(id) || id.Contains("$(", StringComparison.Ordinal))
            {
                continue;
            }

            var version = XmlManifest.AttrOrChild(e, "Version") ?? XmlManifest.AttrOrChild(e, "VersionOverride");
            if (version is not null && version.Contains("$(", StringComparison.Ordinal))
            {
                version = null;
            }

            foreach (var single in id.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                context.Add(Ecosystems.NuGet, single, version, XmlManifest.Line(e), kind: e.Name.LocalName);
            }
        }
    }
}
