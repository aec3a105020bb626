import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.*;

@RestController
public class AdminController {
    private final UserRepository users;

    AdminController(UserRepository users) {
        this.users = users;
    }

    // ruleid: java.access-control.spring-missing-authorization
    @DeleteMapping("/api/admin/users/{id}")
    public void deleteUser(@PathVariable long id) {
        users.deleteById(id);
    }

    // ruleid: java.access-control.spring-missing-authorization
    @GetMapping(value = "/api/users/export", produces = "text/csv")
    public String export() {
        return users.exportCsv();
    }

    @PreAuthorize("hasRole('ADMIN')")
    // ok: java.access-control.spring-missing-authorization
    @PostMapping("/api/admin/roles")
    public void grant(@RequestBody RoleGrant grant) {
        users.grant(grant);
    }

    // ok: java.access-control.spring-missing-authorization
    @GetMapping("/api/products")
    public List<Product> products() {
        return users.products();
    }
}
