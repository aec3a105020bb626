using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Configuration;

public class Db
{
    // ruleid: csharp.hardcoded-credentials.connection-string-password
    private const string ConnectionString = "Server=db.internal;Database=Notes;User Id=notes_app;Password=S3cr3t!2024;TrustServerCertificate=True";

    public SqlConnection Open()
    {
        // ruleid: csharp.hardcoded-credentials.connection-string-password
        var conn = new SqlConnection("Data Source=localhost;Initial Catalog=Shop;User ID=sa;Pwd=Passw0rd123");
        conn.Open();
        return conn;
    }

    public SqlConnection FromConfig(IConfiguration config)
    {
        // ok: csharp.hardcoded-credentials.connection-string-password
        return new SqlConnection(config.GetConnectionString("Default"));
    }

    public SqlConnection Template(string password)
    {
        // ok: csharp.hardcoded-credentials.connection-string-password
        return new SqlConnection(string.Format("Server=db;Database=Notes;User Id=app;Password={0}", password));
    }

    // ok: csharp.hardcoded-credentials.connection-string-password
    private const string Integrated = "Server=db;Database=Notes;Integrated Security=true";
}
