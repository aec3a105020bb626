import java.sql.*;
import javax.servlet.http.*;

public class UserServlet extends HttpServlet {
    private Connection connection;

    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String name = request.getParameter("name");
        Statement stmt = connection.createStatement();
        // ruleid: java.injection.sql-taint
        ResultSet rs = stmt.executeQuery("SELECT * FROM users WHERE name = '" + name + "'");

        PreparedStatement ps = connection.prepareStatement("SELECT * FROM users WHERE name = ?");
        ps.setString(1, name);
        // ok: java.injection.sql-taint
        ResultSet safe = ps.executeQuery();

        String sql = String.format("DELETE FROM carts WHERE owner = '%s'", request.getParameter("owner"));
        // ruleid: java.injection.sql-taint
        stmt.executeUpdate(sql);

        int id = Integer.parseInt(request.getParameter("id"));
        // ok: java.injection.sql-taint
        stmt.executeQuery("SELECT * FROM orders WHERE id = " + id);
        // ok: java.injection.sql-taint
        stmt.executeQuery("SELECT * FROM orders WHERE status = 'open'");
    }
}
