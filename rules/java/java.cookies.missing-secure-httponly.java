import javax.servlet.http.*;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

public class LoginServlet extends HttpServlet {
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        String sessionToken = Sessions.create(request.getParameter("user"));
        Cookie cookie = new Cookie("SESSION", sessionToken);
        cookie.setPath("/");
        // ruleid: java.cookies.missing-secure-httponly
        response.addCookie(cookie);

        Cookie remember = new Cookie("remember", Sessions.rememberToken());
        remember.setSecure(true);
        remember.setHttpOnly(true);
        remember.setMaxAge(3600);
        // ok: java.cookies.missing-secure-httponly
        response.addCookie(remember);

        Cookie theme = new Cookie("theme", "dark");
        // ruleid: java.cookies.missing-secure-httponly
        theme.setHttpOnly(false);
        theme.setSecure(true);
        // ruleid: java.cookies.missing-secure-httponly
        response.addCookie(theme);
    }

    void spring(HttpServletResponse response, String token) {
        // ruleid: java.cookies.missing-secure-httponly
        ResponseCookie c = ResponseCookie.from("token", token).httpOnly(true).secure(false).build();
        // ok: java.cookies.missing-secure-httponly
        ResponseCookie ok = ResponseCookie.from("token", token).httpOnly(true).secure(true).sameSite("Lax").build();
        response.addHeader(HttpHeaders.SET_COOKIE, ok.toString());
    }
}
