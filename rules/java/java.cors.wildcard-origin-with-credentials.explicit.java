import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

public class StrictCorsConfig implements WebMvcConfigurer {
    @Override
    public void addCorsMappings(CorsRegistry registry) {
        // ok: java.cors.wildcard-origin-with-credentials
        registry.addMapping("/api/**")
                .allowedOrigins("https://app.example.com", "https://admin.example.com")
                .allowCredentials(true);
    }
}
