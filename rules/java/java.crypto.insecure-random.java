import java.security.SecureRandom;
import java.util.Base64;
import java.util.Random;
import org.apache.commons.lang3.RandomStringUtils;

public class TokenService {
    private static final Random RANDOM = new Random();
    private final SecureRandom secureRandom = new SecureRandom();

    public String newResetToken() {
        // ruleid: java.crypto.insecure-random
        String resetToken = Long.toHexString(RANDOM.nextLong()) + Long.toHexString(RANDOM.nextLong());
        return resetToken;
    }

    public void issueOtp(User user) {
        // ruleid: java.crypto.insecure-random
        user.setOtpCode(String.format("%06d", new Random().nextInt(1000000)));
        // ruleid: java.crypto.insecure-random
        String apiKey = RandomStringUtils.randomAlphanumeric(32);
    }

    public String newSessionToken() {
        byte[] bytes = new byte[32];
        secureRandom.nextBytes(bytes);
        // ok: java.crypto.insecure-random
        String sessionToken = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return sessionToken;
    }

    public int pickBackend(int count) {
        // ok: java.crypto.insecure-random
        int index = RANDOM.nextInt(count);
        return index;
    }
}
