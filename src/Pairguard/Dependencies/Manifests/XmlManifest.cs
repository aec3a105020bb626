using System.Xml;
using System.Xml.Linq;

namespace Pairguard.Dependencies.Manifests;

/// <summary>Safe XML loading for manifests (no DTDs, no external entities) with line information.</summary>
public static class XmlManifest
{
    /// <summary>Parses the context's file; null (with a diagnostic naming the line) when it is not well-formed.</summary>
    public static XDocument? Parse(ManifestContext context)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        try
        {
            using var reader = XmlReader.Create(new StringReader(context.File.Text), settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            context.Malformed(e.LineNumber, "invalid XML: " + e.Message.Split('\n')[0]);
            return null;
        }
    }

    /// <summary>1-based line of an element (1 when unknown).</summary>
    public static int Line(XObject e) => e is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 1;

    /// <summary>Attribute or child element value (MSBuild allows both forms), case-insensitive on the name.</summary>
    public static string? AttrOrChild(XElement e, string name) =>
        e.Attributes().FirstOrDefault(a => a.Name.LocalName.Equals(name, StringComparison.OrdinalIgnoreCase))?.Value
        ?? e.Elements().FirstOrDefault(c => c.Name.LocalName.Equals(name, StringComparison.OrdinalIgnoreCase))?.Value;
}
