using System.Net;
using System.Net.Mail;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Configuration;

public class Mailer
{
    public SmtpClient Create()
    {
        var pwd = "Sm7pP@ssw0rd";
        return new SmtpClient("smtp.example.com")
        {
            // ruleid: csharp.hardcoded-credentials.literal-credential-api
            Credentials = new NetworkCredential("mailer", pwd),
        };
    }

    public SqlConnection Db()
    {
        string data = "7e5tc4s3";
        // ruleid: csharp.hardcoded-credentials.literal-credential-api
        return new SqlConnection(@"Data Source=(local);Initial Catalog=App;User ID=" + "sa" + ";Password=" + data);
    }

    public SmtpClient FromConfig(IConfiguration config)
    {
        return new SmtpClient("smtp.example.com")
        {
            // ok: csharp.hardcoded-credentials.literal-credential-api
            Credentials = new NetworkCredential("mailer", config["Smtp:Password"]),
        };
    }

    public SqlConnection FromConsole()
    {
        string data = System.Console.ReadLine();
        // ok: csharp.hardcoded-credentials.literal-credential-api
        return new SqlConnection(@"Data Source=(local);Initial Catalog=App;User ID=" + "sa" + ";Password=" + data);
    }
}
