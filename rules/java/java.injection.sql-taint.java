import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.sql.*;
import javax.servlet.http.*;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.*;

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

        Cookie[] cookies = request.getCookies();
        String theme = cookies[0].getValue();
        // ruleid: java.injection.sql-taint
        PreparedStatement bad = connection.prepareStatement("SELECT * FROM prefs WHERE theme = '" + theme + "'");
    }

    void importFromConsole() throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String customer = in.readLine();
        Statement stmt = connection.createStatement();
        // ruleid: java.injection.sql-taint
        stmt.addBatch("UPDATE customers SET visits = visits + 1 WHERE name = '" + customer + "'");
        stmt.executeBatch();
    }
}

@RestController
class ProductController {
    private final JdbcTemplate jdbcTemplate;

    ProductController(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
    }

    @GetMapping("/products")
    public Object search(@RequestParam("q") String query, @RequestParam(defaultValue = "name") String sort) {
        // ruleid: java.injection.sql-taint
        jdbcTemplate.queryForList("SELECT * FROM products WHERE title LIKE '%" + query + "%'");
        // ok: java.injection.sql-taint
        return jdbcTemplate.queryForList("SELECT * FROM products WHERE title LIKE ?", "%" + query + "%");
    }
}
