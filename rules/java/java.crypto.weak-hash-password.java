import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

public class UserService {
    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(12);

    public String hashPassword(String password) throws Exception {
        MessageDigest md = MessageDigest.getInstance("MD5");
        // ruleid: java.crypto.weak-hash-password
        byte[] hash = md.digest(password.getBytes(StandardCharsets.UTF_8));
        return java.util.HexFormat.of().formatHex(hash);
    }

    public String legacyHash(User user) {
        // ruleid: java.crypto.weak-hash-password
        return DigestUtils.sha256Hex(user.getSalt() + user.password);
    }

    public String register(String rawPassword) {
        // ok: java.crypto.weak-hash-password
        return encoder.encode(rawPassword);
    }

    public String etag(byte[] body) {
        // ok: java.crypto.weak-hash-password
        return DigestUtils.md5Hex(body);
    }
}
