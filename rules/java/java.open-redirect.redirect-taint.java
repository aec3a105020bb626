import java.io.IOException;
import javax.servlet.http.*;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.*;

public class LoginServlet extends HttpServlet {
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String next = request.getParameter("next");
        // ruleid: java.open-redirect.redirect-taint
        response.sendRedirect(next);

        String id = request.getParameter("id");
        // ok: java.open-redirect.redirect-taint
        response.sendRedirect("/profile?id=" + id);

        // ok: java.open-redirect.redirect-taint
        response.sendRedirect("/home");
    }
}

@Controller
class AuthController {
    @GetMapping("/logout")
    public String logout(@RequestParam(required = false) String returnUrl) {
        // ruleid: java.open-redirect.redirect-taint
        return "redirect:" + returnUrl;
    }

    @GetMapping("/orders/{id}/done")
    public String done(@PathVariable String id) {
        // ok: java.open-redirect.redirect-taint
        return "redirect:/orders/" + id;
    }
}
