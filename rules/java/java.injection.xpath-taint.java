import javax.servlet.http.*;
import javax.xml.xpath.*;
import org.w3c.dom.Document;

public class LoginServlet extends HttpServlet {
    private Document users;

    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String name = request.getParameter("name");
        String pass = request.getParameter("pass");
        XPath xpath = XPathFactory.newInstance().newXPath();
        String query = "//user[@name='" + name + "' and @pass='" + pass + "']";
        // ruleid: java.injection.xpath-taint
        Object node = xpath.evaluate(query, users, XPathConstants.NODE);

        // ruleid: java.injection.xpath-taint
        XPathExpression expr = xpath.compile("//user[@name='" + name + "']/email");

        xpath.setXPathVariableResolver(v -> "name".equals(v.getLocalPart()) ? name : null);
        // ok: java.injection.xpath-taint
        Object safe = xpath.evaluate("//user[@name=$name]", users, XPathConstants.NODE);

        // ok: java.injection.xpath-taint
        Object all = xpath.evaluate("count(//user)", users, XPathConstants.NUMBER);
    }
}
