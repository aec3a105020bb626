import com.auth0.jwt.JWT;
import com.auth0.jwt.interfaces.DecodedJWT;

public class Auth0Tokens {
    public String currentUser(String bearer) {
        // ruleid: java.jwt.unverified-token
        DecodedJWT jwt = JWT.decode(bearer);
        return jwt.getSubject();
    }

    public String role(String bearer) {
        // ruleid: java.jwt.unverified-token
        return JWT.decode(bearer).getClaim("role").asString();
    }

    // ok: java.jwt.unverified-token
    public String name() { return "auth0"; }
}
