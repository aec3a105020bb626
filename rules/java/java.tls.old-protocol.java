import javax.net.ssl.*;

public class TlsSetup {
    public SSLContext legacy() throws Exception {
        // ruleid: java.tls.old-protocol
        return SSLContext.getInstance("SSLv3");
    }

    public void restrict(SSLSocket socket) {
        // ruleid: java.tls.old-protocol
        socket.setEnabledProtocols(new String[] {"TLSv1", "TLSv1.2"});
        // ok: java.tls.old-protocol
        socket.setEnabledProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
    }

    public SSLContext modern() throws Exception {
        // ok: java.tls.old-protocol
        return SSLContext.getInstance("TLSv1.3");
    }
}
