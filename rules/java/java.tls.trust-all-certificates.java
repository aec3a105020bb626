import java.security.cert.X509Certificate;
import javax.net.ssl.*;
import org.apache.http.conn.ssl.TrustAllStrategy;
import org.apache.http.ssl.SSLContexts;

public class InsecureClient {
    public SSLContext trustAll() throws Exception {
        TrustManager[] managers = new TrustManager[] {
            new X509TrustManager() {
                public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
                public void checkClientTrusted(X509Certificate[] chain, String authType) {}
                // ruleid: java.tls.trust-all-certificates
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                    // trust everything
                }
            }
        };
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, managers, new java.security.SecureRandom());
        return ctx;
    }

    public SSLContext apache() throws Exception {
        // ruleid: java.tls.trust-all-certificates
        return SSLContexts.custom().loadTrustMaterial(null, new TrustAllStrategy()).build();
    }

    public SSLContext privateCa(java.security.KeyStore trustStore) throws Exception {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trustStore);
        SSLContext ctx = SSLContext.getInstance("TLS");
        // ok: java.tls.trust-all-certificates
        ctx.init(null, tmf.getTrustManagers(), null);
        return ctx;
    }

    static class PinnedTrustManager implements X509TrustManager {
        public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
        public void checkClientTrusted(X509Certificate[] chain, String authType) {}
        // ok: java.tls.trust-all-certificates
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws java.security.cert.CertificateException {
            if (!Pins.matches(chain[0])) {
                throw new java.security.cert.CertificateException("pin mismatch");
            }
        }
    }
}
