import java.io.*;
import javax.servlet.http.*;
import org.springframework.web.bind.annotation.*;

public class PingServlet extends HttpServlet {
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String host = request.getParameter("host");
        // ruleid: java.injection.command-taint
        Process p = Runtime.getRuntime().exec("ping -c 1 " + host);

        // ruleid: java.injection.command-taint
        new ProcessBuilder("sh", "-c", "nslookup " + host).start();

        // ok: java.injection.command-taint
        Process uptime = Runtime.getRuntime().exec("uptime");

        int count = Integer.parseInt(request.getParameter("count"));
        // ok: java.injection.command-taint
        new ProcessBuilder("ping", "-c", String.valueOf(count), "127.0.0.1").start();
    }
}

@RestController
class ReportController {
    @PostMapping("/reports/convert")
    public String convert(@RequestParam String file) throws IOException {
        String[] cmd = {"/usr/bin/libreoffice", "--convert-to", "pdf", file};
        // ruleid: java.injection.command-taint
        Runtime.getRuntime().exec(cmd);
        return "ok";
    }
}

class BackupTool {
    public static void main(String[] args) throws Exception {
        String target = System.getenv("BACKUP_TARGET");
        // ruleid: java.injection.command-taint
        Runtime.getRuntime().exec("tar czf /backups/out.tgz " + target);
        String osName = System.getProperty("os.name");
        // ok: java.injection.command-taint
        Runtime.getRuntime().exec(osName.startsWith("Windows") ? "cmd /c dir" : "ls -l");
    }
}
