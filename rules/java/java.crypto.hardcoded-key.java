import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import io.jsonwebtoken.security.Keys;

public class Encryptor {
    private static final String KEY = "0123456789abcdef";

    public byte[] encrypt(byte[] data) throws Exception {
        // ruleid: java.crypto.hardcoded-key
        SecretKeySpec spec = new SecretKeySpec(KEY.getBytes(StandardCharsets.UTF_8), "AES");
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, spec);
        return cipher.doFinal(data);
    }

    public javax.crypto.SecretKey jwtKey() {
        // ruleid: java.crypto.hardcoded-key
        return Keys.hmacShaKeyFor("my-super-secret-signing-key-for-jwt-tokens".getBytes());
    }

    public SecretKeySpec fromEnvironment() {
        byte[] key = Base64.getDecoder().decode(System.getenv("APP_AES_KEY"));
        // ok: java.crypto.hardcoded-key
        return new SecretKeySpec(key, "AES");
    }

    public SecretKeySpec fromKeyStore(java.security.KeyStore ks, char[] pass) throws Exception {
        // ok: java.crypto.hardcoded-key
        return new SecretKeySpec(ks.getKey("app", pass).getEncoded(), "AES");
    }
}
