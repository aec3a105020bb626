// Reporting endpoints of Team Notes: an ASP.NET Core minimal API written with a coding assistant.
// Pairguard sample (not part of any build). Each FLAW block has its SAFE twin right after it.
using Microsoft.Data.SqlClient;

namespace TeamNotes.Api;

public static class ReportsEndpoints
{
    public static void Map(WebApplication app, string connectionString)
    {
        // FLAW: sql-injection
        app.MapGet("/reports", (string owner) =>
        {
            using var connection = new SqlConnection(connectionString);
            connection.Open();
            using var command = new SqlCommand($"SELECT Title FROM Reports WHERE Owner = '{owner}'", connection);
            return Results.Ok(ReadTitles(command));
        }).RequireAuthorization();

        // SAFE: sql-injection
        app.MapGet("/v2/reports", (string owner) =>
        {
            using var connection = new SqlConnection(connectionString);
            connection.Open();
            using var command = new SqlCommand("SELECT Title FROM Reports WHERE Owner = @owner", connection);
            command.Parameters.AddWithValue("@owner", owner);
            return Results.Ok(ReadTitles(command));
        }).RequireAuthorization();

        // FLAW: missing-authorization
        app.MapDelete("/admin/reports/{id:int}", (int id) =>
        {
            using var connection = new SqlConnection(connectionString);
            connection.Open();
            using var command = new SqlCommand("DELETE FROM Reports WHERE Id = @id", connection);
            command.Parameters.AddWithValue("@id", id);
            return Results.Ok(command.ExecuteNonQuery());
        });

        // SAFE: missing-authorization
        app.MapDelete("/v2/admin/reports/{id:int}", (int id) =>
        {
            using var connection = new SqlConnection(connectionString);
            connection.Open();
            using var command = new SqlCommand("DELETE FROM Reports WHERE Id = @id", connection);
            command.Parameters.AddWithValue("@id", id);
            return Results.Ok(command.ExecuteNonQuery());
        }).RequireAuthorization("Admin");
    }

    private static List<string> ReadTitles(SqlCommand command)
    {
        var titles = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            titles.Add(reader.GetString(0));
        }

        return titles;
    }
}
