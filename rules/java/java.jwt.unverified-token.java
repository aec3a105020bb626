import io.jsonwebtoken.*;
import javax.crypto.SecretKey;

public class TokenFilter {
    private final SecretKey key;

    TokenFilter(SecretKey key) {
        this.key = key;
    }

    String userFromUnsigned(String token) {
        // ruleid: java.jwt.unverified-token
        Claims claims = Jwts.parser().parseClaimsJwt(token).getBody();
        return claims.getSubject();
    }

    Object anyToken(String token) {
        // ruleid: java.jwt.unverified-token
        return Jwts.parser().parse(token).getBody();
    }

    String verified(String token) {
        // ok: java.jwt.unverified-token
        return Jwts.parserBuilder().setSigningKey(key).build().parseClaimsJws(token).getBody().getSubject();
    }

    String verifiedNew(String token) {
        // ok: java.jwt.unverified-token
        return Jwts.parser().verifyWith(key).build().parseSignedClaims(token).getPayload().getSubject();
    }
}
