using System.Xml;
using System.Xml.Linq;

namespace Pairguard.Dependencies.Registries;

/// <summary>Maven repository layout: <c>{group/path}/{artifact}/maven-metadata.xml</c> lists the published versions.</summary>
public sealed class MavenClient(RegistryHttp http) : IRegistryClient
{
    public string Ecosystem => Ecosystems.Maven;

    public async Task<RegistryLookup> LookupAsync(RegistryEndpoint endpoint, string name, CancellationToken cancellationToken)
    {
        var parts = name.Split(':');
        if (parts.Length < 2 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            return RegistryLookup.Failed($"'{name}' is not a group:artifact coordinate");
        }

        var path = $"{parts[0].Replace('.', '/')}/{Uri.EscapeDataString(parts[1])}/maven-metadata.xml";
        var result = await http.GetAsync(endpoint.Combine(path), "application/xml", endpoint.Token, cancellationToken).ConfigureAwait(false);
        if (result.NotFound)
        {
            return RegistryLookup.Missing;
        }

        if (!result.Ok)
        {
            return RegistryLookup.Failed(result.Describe());
        }

        XDocument doc;
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(result.Body), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            doc = XDocument.Load(reader);
        }
        catch (XmlException)
        {
            return RegistryLookup.Failed($"{endpoint.BaseUrl.Authority} returned malformed maven-metadata.xml for '{name}'");
        }

        var versioning = doc.Root?.Element("versioning");
        var versions = versioning?.Element("versions")?.Elements("version").Select(v => v.Value.Trim()).Where(v => v.Length > 0).Distinct().ToList() ?? [];
        if (versions.Count == 0)
        {
            return RegistryLookup.Missing;
        }

        return RegistryLookup.Of(new PackageInfo
        {
            Name = name,
            ReleaseCount = versions.Count,
            Latest = versioning?.Element("release")?.Value ?? versioning?.Element("latest")?.Value ?? versions[^1],
            RepositoryKnown = false,
            Versions = versions.ToDictionary(v => v, v => new VersionInfo { Version = v }, StringComparer.Ordinal),
        });
    }
}
