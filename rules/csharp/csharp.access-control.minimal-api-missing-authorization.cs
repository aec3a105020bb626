using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddAuthorization();
var app = builder.Build();
app.UseAuthorization();

// ruleid: csharp.access-control.minimal-api-missing-authorization
app.MapDelete("/notes/{id:int}", (int id, NotesDb db) => db.Delete(id));

// ruleid: csharp.access-control.minimal-api-missing-authorization
app.MapPost("/admin/users/{id}/promote", (int id, UsersDb db) =>
{
    db.Promote(id);
    return Results.Ok();
});

// ok: csharp.access-control.minimal-api-missing-authorization
app.MapDelete("/v2/notes/{id:int}", (int id, NotesDb db) => db.Delete(id)).RequireAuthorization();

// ok: csharp.access-control.minimal-api-missing-authorization
app.MapGet("/admin/stats", (StatsService s) => s.Get()).RequireAuthorization("Admin").WithName("Stats");

// ok: csharp.access-control.minimal-api-missing-authorization
app.MapGet("/health", () => Results.Ok("up"));

var admin = app.MapGroup("/admin").RequireAuthorization("Admin");
// ok: csharp.access-control.minimal-api-missing-authorization
admin.MapDelete("/users/{id}", (int id, UsersDb db) => db.Delete(id));

app.Run();
