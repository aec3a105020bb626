import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/users")
public class UserSearchController {
    @PersistenceContext
    private EntityManager em;

    @GetMapping("/search")
    public List<User> search(@RequestParam String name) {
        // ruleid: java.injection.jpa-query-taint
        return em.createQuery("SELECT u FROM User u WHERE u.name = '" + name + "'", User.class).getResultList();
    }

    @GetMapping("/search-safe")
    public List<User> searchSafe(@RequestParam String name) {
        // ok: java.injection.jpa-query-taint
        return em.createQuery("SELECT u FROM User u WHERE u.name = :name", User.class)
                .setParameter("name", name)
                .getResultList();
    }

    @GetMapping("/by-city/{city}")
    public List<?> byCity(@PathVariable("city") String city) {
        String sql = "SELECT * FROM users WHERE city = '" + city + "'";
        // ruleid: java.injection.jpa-query-taint
        return em.createNativeQuery(sql).getResultList();
    }

    @GetMapping("/active")
    public List<?> active() {
        // ok: java.injection.jpa-query-taint
        return em.createNativeQuery("SELECT * FROM users WHERE active = true").getResultList();
    }
}
