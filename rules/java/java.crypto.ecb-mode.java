import java.security.SecureRandom;
import javax.crypto.*;
import javax.crypto.spec.*;

public class TokenCipher {
    private final SecretKey key;

    TokenCipher(SecretKey key) {
        this.key = key;
    }

    public byte[] encrypt(byte[] data) throws Exception {
        // ruleid: java.crypto.ecb-mode
        Cipher cipher = Cipher.getInstance("AES");
        cipher.init(Cipher.ENCRYPT_MODE, key);
        return cipher.doFinal(data);
    }

    public byte[] encryptExplicit(byte[] data) throws Exception {
        // ruleid: java.crypto.ecb-mode
        Cipher cipher = Cipher.getInstance("AES/ECB/PKCS5Padding");
        cipher.init(Cipher.ENCRYPT_MODE, key);
        return cipher.doFinal(data);
    }

    public byte[] encryptGcm(byte[] data) throws Exception {
        byte[] iv = new byte[12];
        new SecureRandom().nextBytes(iv);
        // ok: java.crypto.ecb-mode
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
        return cipher.doFinal(data);
    }

    public byte[] wrapKey(java.security.PublicKey pub, byte[] data) throws Exception {
        // ok: java.crypto.ecb-mode
        Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPWithSHA-256AndMGF1Padding");
        rsa.init(Cipher.ENCRYPT_MODE, pub);
        return rsa.doFinal(data);
    }
}
