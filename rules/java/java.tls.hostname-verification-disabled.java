import javax.net.ssl.*;
import org.apache.http.conn.ssl.NoopHostnameVerifier;
import org.apache.http.impl.client.HttpClients;

public class Clients {
    public void configure(HttpsURLConnection conn) {
        // ruleid: java.tls.hostname-verification-disabled
        conn.setHostnameVerifier((hostname, session) -> true);
        // ok: java.tls.hostname-verification-disabled
        conn.setHostnameVerifier(HttpsURLConnection.getDefaultHostnameVerifier());
    }

    public Object apache() {
        // ruleid: java.tls.hostname-verification-disabled
        return HttpClients.custom().setSSLHostnameVerifier(NoopHostnameVerifier.INSTANCE).build();
    }

    public Object standard() {
        // ok: java.tls.hostname-verification-disabled
        return HttpClients.createDefault();
    }

    static class AllowAll implements HostnameVerifier {
        @Override
        // ruleid: java.tls.hostname-verification-disabled
        public boolean verify(String hostname, SSLSession session) { return true; }
    }
}
