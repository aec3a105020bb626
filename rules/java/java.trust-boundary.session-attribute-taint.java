import javax.servlet.http.*;
import org.springframework.web.bind.annotation.*;

public class PrefsServlet extends HttpServlet {
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        String role = request.getParameter("role");
        HttpSession session = request.getSession();
        // ruleid: java.trust-boundary.session-attribute-taint
        session.setAttribute("role", role);

        int page = Integer.parseInt(request.getParameter("page"));
        // ok: java.trust-boundary.session-attribute-taint
        session.setAttribute("page", page);

        // ok: java.trust-boundary.session-attribute-taint
        request.setAttribute("message", "saved");
    }
}

@RestController
class CartController {
    @PostMapping("/cart/coupon")
    public String coupon(@RequestParam String code, HttpServletRequest request) {
        // ruleid: java.trust-boundary.session-attribute-taint
        request.getSession().setAttribute("coupon", code);
        return "ok";
    }
}
