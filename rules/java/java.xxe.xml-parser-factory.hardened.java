import java.io.InputStream;
import javax.xml.parsers.*;
import org.w3c.dom.Document;

public class HardenedParser {
    public Document parse(InputStream xml) throws Exception {
        // ok: java.xxe.xml-parser-factory
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        dbf.setXIncludeAware(false);
        // ok: java.xxe.xml-parser-factory
        return dbf.newDocumentBuilder().parse(xml);
    }
}
