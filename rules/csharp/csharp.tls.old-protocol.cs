using System.Net;
using System.Net.Http;
using System.Security.Authentication;

public static class Handlers
{
    public static HttpClientHandler Old()
    {
        return new HttpClientHandler
        {
            // ruleid: csharp.tls.old-protocol
            SslProtocols = SslProtocols.Tls | SslProtocols.Tls12,
        };
    }

    public static void Global()
    {
        // ruleid: csharp.tls.old-protocol
        ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls11;
    }

    public static HttpClientHandler Modern()
    {
        return new HttpClientHandler
        {
            // ok: csharp.tls.old-protocol
            SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
        };
    }

    public static void Default()
    {
        // ok: csharp.tls.old-protocol
        ServicePointManager.SecurityProtocol = SecurityProtocolType.SystemDefault;
    }
}
