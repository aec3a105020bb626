import javax.crypto.*;
import javax.crypto.spec.*;

public class LegacyCrypto {
    public byte[] encryptDes(byte[] data) throws Exception {
        KeyGenerator keyGenerator = KeyGenerator.getInstance("AES");
        keyGenerator.init(256);
        SecretKey key = keyGenerator.generateKey();
        // ruleid: java.crypto.weak-cipher
        Cipher des = Cipher.getInstance("DES/CBC/PKCS5Padding");
        // ruleid: java.crypto.weak-cipher
        Cipher tripleDes = Cipher.getInstance("DESede");
        // ok: java.crypto.weak-cipher
        Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(Cipher.ENCRYPT_MODE, key);
        // ok: java.crypto.weak-cipher
        Cipher chacha = Cipher.getInstance("ChaCha20-Poly1305");
        return aes.doFinal(data);
    }
}
