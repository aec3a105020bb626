import javax.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.util.HtmlUtils;

@RestController
public class WelcomeController {
    @GetMapping("/welcome")
    public String welcome(@RequestParam String name) {
        // ruleid: java.xss.spring-html-response-taint
        return "<html><body><h1>Welcome, " + name + "!</h1></body></html>";
    }

    @GetMapping("/welcome-safe")
    public String welcomeSafe(@RequestParam String name) {
        // ok: java.xss.spring-html-response-taint
        return "<html><body><h1>Welcome, " + HtmlUtils.htmlEscape(name) + "!</h1></body></html>";
    }

    @GetMapping("/items/{id}")
    public ResponseEntity<String> item(@PathVariable("id") String id, HttpServletRequest request) {
        String ref = request.getHeader("Referer");
        // ruleid: java.xss.spring-html-response-taint
        return ResponseEntity.ok("<p>Item " + id + "</p><a href='" + ref + "'>back</a>");
    }

    @GetMapping("/greeting")
    public String greeting(@RequestParam String name) {
        // ok: java.xss.spring-html-response-taint
        return "Hello " + name;
    }
}
