using System.Net;
using System.Net.Http;
using System.Net.Security;

public static class Clients
{
    public static HttpClient Insecure()
    {
        var handler = new HttpClientHandler();
        // ruleid: csharp.tls.certificate-validation-disabled
        handler.ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => true;
        return new HttpClient(handler);
    }

    public static void Legacy()
    {
        // ruleid: csharp.tls.certificate-validation-disabled
        ServicePointManager.ServerCertificateValidationCallback += (sender, certificate, chain, sslPolicyErrors) => true;
    }

    public static HttpClient Pinned(string thumbprint)
    {
        var handler = new HttpClientHandler();
        // ok: csharp.tls.certificate-validation-disabled
        handler.ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => errors == SslPolicyErrors.None || cert?.GetCertHashString() == thumbprint;
        return new HttpClient(handler);
    }

    public static HttpClient Default()
    {
        // ok: csharp.tls.certificate-validation-disabled
        return new HttpClient(new HttpClientHandler());
    }
}
