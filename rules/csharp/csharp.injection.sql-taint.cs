using System;
using System.IO;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Data.SqlClient;

[ApiController]
[Route("api/users")]
public class UsersController : ControllerBase
{
    private readonly string _connectionString;

    [HttpGet("search")]
    public IActionResult Search([FromQuery] string name)
    {
        using var conn = new SqlConnection(_connectionString);
        conn.Open();
        // ruleid: csharp.injection.sql-taint
        using var cmd = new SqlCommand($"SELECT Id, Email FROM Users WHERE Name = '{name}'", conn);
        return Ok(cmd.ExecuteScalar());
    }

    [HttpGet("by-role")]
    public IActionResult ByRole()
    {
        var role = Request.Query["role"];
        using var conn = new SqlConnection(_connectionString);
        var cmd = conn.CreateCommand();
        // ruleid: csharp.injection.sql-taint
        cmd.CommandText = "SELECT Id FROM Users WHERE Role = '" + role + "'";
        return Ok(cmd.ExecuteScalar());
    }

    [HttpGet("safe")]
    public IActionResult SafeSearch([FromQuery] string name)
    {
        using var conn = new SqlConnection(_connectionString);
        conn.Open();
        // ok: csharp.injection.sql-taint
        using var cmd = new SqlCommand("SELECT Id, Email FROM Users WHERE Name = @name", conn);
        cmd.Parameters.AddWithValue("@name", name);
        return Ok(cmd.ExecuteScalar());
    }

    [HttpGet("{id}")]
    public IActionResult ById(string id)
    {
        var numeric = int.Parse(id);
        using var conn = new SqlConnection(_connectionString);
        // ok: csharp.injection.sql-taint
        using var cmd = new SqlCommand("SELECT Email FROM Users WHERE Id = " + numeric, conn);
        return Ok(cmd.ExecuteScalar());
    }
}

public static class Maintenance
{
    public static void PurgeFromConsole(SqlConnection conn)
    {
        string table = Console.ReadLine();
        using var cmd = conn.CreateCommand();
        // ruleid: csharp.injection.sql-taint
        cmd.CommandText = $"DELETE FROM {table} WHERE Expired = 1";
        cmd.ExecuteNonQuery();
    }

    public static void PurgeFixed(SqlConnection conn)
    {
        const string table = "Sessions";
        using var cmd = conn.CreateCommand();
        // ok: csharp.injection.sql-taint
        cmd.CommandText = $"DELETE FROM {table} WHERE Expired = 1";
        cmd.ExecuteNonQuery();
    }
}
