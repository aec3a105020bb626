using System.Net.Http;
using Microsoft.Extensions.Configuration;

public class PaymentsClient
{
    // ruleid: csharp.hardcoded-credentials.secret-literal
    private const string ApiSecret = "9f8e7d6c5b4a39281706f5e4d3c2b1a0";

    private readonly string _adminPassword;

    public PaymentsClient(IConfiguration config)
    {
        // ruleid: csharp.hardcoded-credentials.secret-literal
        _adminPassword = "Adm1n!Passw0rd";
        // ok: csharp.hardcoded-credentials.secret-literal
        var apiKey = config["Payments:ApiKey"];
        // ok: csharp.hardcoded-credentials.secret-literal
        var passwordLabel = "Enter your password";
        // ok: csharp.hardcoded-credentials.secret-literal
        string clientSecret = "changeme";
    }

    public LoginRequest Seed()
    {
        // ruleid: csharp.hardcoded-credentials.secret-literal
        return new LoginRequest { UserName = "admin", Password = "hunter2hunter2" };
    }
}
