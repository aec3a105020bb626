import java.io.InputStream;
import javax.xml.parsers.*;
import javax.xml.stream.XMLInputFactory;
import org.w3c.dom.Document;

public class InvoiceParser {
    public Document parse(InputStream xml) throws Exception {
        // ruleid: java.xxe.xml-parser-factory
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        return dbf.newDocumentBuilder().parse(xml);
    }

    public Object stax(InputStream xml) throws Exception {
        // ruleid: java.xxe.xml-parser-factory
        XMLInputFactory xif = XMLInputFactory.newInstance();
        return xif.createXMLStreamReader(xml);
    }
}
