import javax.naming.NamingEnumeration;
import javax.naming.directory.*;
import javax.servlet.http.*;

public class DirectoryServlet extends HttpServlet {
    private DirContext ctx;

    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String user = request.getParameter("user");
        SearchControls controls = new SearchControls();
        String filter = "(&(objectClass=person)(uid=" + user + "))";
        // ruleid: java.injection.ldap-taint
        NamingEnumeration<SearchResult> results = ctx.search("ou=people,dc=example,dc=com", filter, controls);

        // ruleid: java.injection.ldap-taint
        ctx.search("ou=people,dc=example,dc=com", "(mail=" + request.getHeader("X-Mail") + ")", controls);

        // ok: java.injection.ldap-taint
        ctx.search("ou=people,dc=example,dc=com", "(&(objectClass=person)(uid={0}))", new Object[] {user}, controls);

        // ok: java.injection.ldap-taint
        ctx.search("ou=people,dc=example,dc=com", "(objectClass=person)", controls);
    }
}
