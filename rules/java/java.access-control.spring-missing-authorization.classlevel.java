import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.*;

@RestController
@PreAuthorize("hasRole('ADMIN')")
@RequestMapping("/admin")
public class SettingsController {
    // ok: java.access-control.spring-missing-authorization
    @PutMapping("/admin/settings")
    public void update(@RequestBody Settings s) {
        Settings.save(s);
    }
}
