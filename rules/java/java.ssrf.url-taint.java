import java.io.InputStream;
import java.net.*;
import javax.servlet.http.*;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.client.RestTemplate;

@RestController
public class PreviewController {
    private final RestTemplate restTemplate = new RestTemplate();

    @GetMapping("/preview")
    public String preview(@RequestParam String url) {
        // ruleid: java.ssrf.url-taint
        return restTemplate.getForObject(url, String.class);
    }

    @GetMapping("/weather")
    public String weather(@RequestParam String city) {
        // ok: java.ssrf.url-taint
        return restTemplate.getForObject("https://api.weather.example/v1/current?city=" + URLEncoder.encode(city, java.nio.charset.StandardCharsets.UTF_8), String.class);
    }

    @GetMapping("/users/{id}/avatar")
    public String avatar(@PathVariable String id) {
        // ok: java.ssrf.url-taint
        return restTemplate.getForObject("https://avatars.example.com/u/" + id, String.class);
    }
}

class FetchServlet extends HttpServlet {
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
        String target = request.getParameter("target");
        // ruleid: java.ssrf.url-taint
        URL url = new URL(target);
        HttpURLConnection conn = (HttpURLConnection) url.openConnection();
        try (InputStream in = conn.getInputStream()) {
            in.transferTo(response.getOutputStream());
        }
        String host = request.getHeader("X-Backend");
        // ruleid: java.ssrf.url-taint
        URI backend = URI.create("http://" + host + "/health");
    }
}
