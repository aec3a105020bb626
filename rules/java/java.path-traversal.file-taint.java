import java.io.*;
import java.nio.file.*;
import javax.servlet.http.*;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.web.bind.annotation.*;

public class DownloadServlet extends HttpServlet {
    private static final String ROOT = "/var/app/files/";

    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getParameter("file");
        File file = new File(ROOT + name);
        // ruleid: java.path-traversal.file-taint
        try (InputStream in = new FileInputStream(file)) {
            in.transferTo(response.getOutputStream());
        }

        String safeName = Paths.get(name).getFileName().toString();
        // ok: java.path-traversal.file-taint
        new File(ROOT, safeName).delete();

        // ok: java.path-traversal.file-taint
        Files.copy(Paths.get(ROOT + "logo.png"), response.getOutputStream());
        String upload = request.getHeader("X-Upload-Name");
        // ruleid: java.path-traversal.file-taint
        Files.deleteIfExists(Paths.get(ROOT, upload));
    }
}

@RestController
class FileController {
    private final Path base = Paths.get("/srv/uploads").toAbsolutePath().normalize();

    @GetMapping("/files/{name}")
    public Resource get(@PathVariable String name) {
        // ruleid: java.path-traversal.file-taint
        return new FileSystemResource(base.resolve(name));
    }

    @GetMapping("/files/safe")
    public byte[] getSafe(@RequestParam String name) throws IOException {
        Path target = base.resolve(name).normalize();
        if (!target.startsWith(base)) {
            throw new SecurityException("path escapes the upload directory");
        }
        // ok: java.path-traversal.file-taint
        return Files.readAllBytes(target);
    }

    @PostMapping("/notes")
    public void save(@RequestParam String title, @RequestBody String content) throws IOException {
        Path note = base.resolve("notes.txt");
        // ok: java.path-traversal.file-taint
        Files.write(note, content.getBytes());
    }
}
