using System.IO;
using System.Xml;

public static class Imports
{
    public static XmlDocument Parse(Stream upload)
    {
        var settings = new XmlReaderSettings
        {
            // ruleid: csharp.xxe.dtd-processing
            DtdProcessing = DtdProcessing.Parse,
        };
        var doc = new XmlDocument();
        // ruleid: csharp.xxe.dtd-processing
        doc.XmlResolver = new XmlUrlResolver();
        doc.Load(XmlReader.Create(upload, settings));
        return doc;
    }

    public static XmlDocument ParseSafe(Stream upload)
    {
        var settings = new XmlReaderSettings
        {
            // ok: csharp.xxe.dtd-processing
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
        };
        // ok: csharp.xxe.dtd-processing
        var doc = new XmlDocument { XmlResolver = null };
        doc.Load(XmlReader.Create(upload, settings));
        return doc;
    }
}
