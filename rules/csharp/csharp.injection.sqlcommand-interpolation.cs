using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;

public class UserRepository
{
    private readonly AppDb _db;
    private readonly SqlConnection _conn;

    public void Find(string name, int id)
    {
        // ruleid: csharp.injection.sqlcommand-interpolation
        var cmd = new SqlCommand($"SELECT * FROM Users WHERE Name = '{name}'", _conn);
        // ruleid: csharp.injection.sqlcommand-interpolation
        var users = _db.Users.FromSqlRaw("SELECT * FROM Users WHERE Name = '" + name + "'").ToList();
        // ok: csharp.injection.sqlcommand-interpolation
        var safe = new SqlCommand("SELECT * FROM Users WHERE Name = @name", _conn);
        safe.Parameters.AddWithValue("@name", name);
        // ok: csharp.injection.sqlcommand-interpolation
        var viaEf = _db.Users.FromSqlRaw("SELECT * FROM Users WHERE Id = {0}", id).ToList();
    }
}
