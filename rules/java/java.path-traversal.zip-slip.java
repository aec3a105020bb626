import java.io.*;
import java.nio.file.*;
import java.util.zip.*;

public class ArchiveService {
    public void extract(InputStream upload, File destDir) throws IOException {
        try (ZipInputStream zis = new ZipInputStream(upload)) {
            ZipEntry entry;
            while ((entry = zis.getNextEntry()) != null) {
                File out = new File(destDir, entry.getName());
                // ruleid: java.path-traversal.zip-slip
                try (FileOutputStream fos = new FileOutputStream(out)) {
                    zis.transferTo(fos);
                }
            }
        }
    }

    public void extractNio(Path zip, Path target) throws IOException {
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            var entries = zf.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                Path out = target.resolve(e.getName());
                // ruleid: java.path-traversal.zip-slip
                Files.copy(zf.getInputStream(e), out);
            }
        }
    }

    public void extractSafely(InputStream upload, Path target) throws IOException {
        try (ZipInputStream zis = new ZipInputStream(upload)) {
            ZipEntry entry;
            while ((entry = zis.getNextEntry()) != null) {
                Path resolved = target.resolve(entry.getName()).normalize();
                if (!resolved.startsWith(target)) {
                    throw new IOException("Bad zip entry: " + entry.getName());
                }
                // ok: java.path-traversal.zip-slip
                Files.copy(zis, target.resolve(resolved));
            }
        }
    }

    public void extractFlat(InputStream upload, Path target) throws IOException {
        try (ZipInputStream zis = new ZipInputStream(upload)) {
            ZipEntry entry;
            while ((entry = zis.getNextEntry()) != null) {
                String flat = Paths.get(entry.getName()).getFileName().toString();
                // ok: java.path-traversal.zip-slip
                Files.copy(zis, target.resolve(flat));
            }
        }
    }
}
