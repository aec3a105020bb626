import javax.servlet.http.*;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

public class WebConfig implements WebMvcConfigurer {
    @Override
    public void addCorsMappings(CorsRegistry registry) {
        // ruleid: java.cors.wildcard-origin-with-credentials
        registry.addMapping("/api/**")
                .allowedOrigins("*")
                .allowedMethods("GET", "POST")
                .allowCredentials(true);
    }
}

@RestController
class ProfileController {
    // ruleid: java.cors.wildcard-origin-with-credentials
    @CrossOrigin(origins = "*", allowCredentials = "true")
    @GetMapping("/me")
    public String me() { return "me"; }

    // ok: java.cors.wildcard-origin-with-credentials
    @CrossOrigin(origins = "https://app.example.com", allowCredentials = "true")
    @GetMapping("/settings")
    public String settings() { return "s"; }
}
