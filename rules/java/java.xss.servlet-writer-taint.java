import java.io.IOException;
import java.io.PrintWriter;
import javax.servlet.http.*;
import org.owasp.encoder.Encode;

public class GreetingServlet extends HttpServlet {
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getParameter("name");
        response.setContentType("text/html");
        // ruleid: java.xss.servlet-writer-taint
        response.getWriter().println("<h1>Hello " + name + "</h1>");

        PrintWriter out = response.getWriter();
        String search = request.getParameter("q").replaceAll("<script>", "");
        // ruleid: java.xss.servlet-writer-taint
        out.print("<p>Results for " + search + "</p>");

        // ok: java.xss.servlet-writer-taint
        out.println("<p>Hello " + Encode.forHtml(name) + "</p>");
        // ok: java.xss.servlet-writer-taint
        out.println("<footer>Static footer</footer>");
    }

    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Cookie[] cookies = request.getCookies();
        String last = cookies != null && cookies.length > 0 ? cookies[0].getValue() : "";
        // ruleid: java.xss.servlet-writer-taint
        response.getWriter().write("<div>Last visit: " + last + "</div>");
    }
}

class ExportServlet extends HttpServlet {
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain; charset=UTF-8");
        String name = request.getParameter("name");
        // ok: java.xss.servlet-writer-taint
        response.getWriter().println("name=" + name);
    }
}
