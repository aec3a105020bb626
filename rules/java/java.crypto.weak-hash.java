import java.security.MessageDigest;
import org.apache.commons.codec.digest.DigestUtils;

public class Fingerprints {
    public byte[] fingerprint(byte[] document) throws Exception {
        // ruleid: java.crypto.weak-hash
        MessageDigest md = MessageDigest.getInstance("MD5");
        return md.digest(document);
    }

    public String sha1(String content) {
        // ruleid: java.crypto.weak-hash
        return DigestUtils.sha1Hex(content);
    }

    public byte[] strong(byte[] document) throws Exception {
        // ok: java.crypto.weak-hash
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        return md.digest(document);
    }

    public String strongHex(String content) {
        // ok: java.crypto.weak-hash
        return DigestUtils.sha256Hex(content);
    }
}
