using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddAuthorization(options =>
{
    options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
});
var app = builder.Build();

// ok: csharp.access-control.minimal-api-missing-authorization
app.MapDelete("/admin/users/{id}", (int id, UsersDb db) => db.Delete(id));
// ok: csharp.access-control.minimal-api-missing-authorization
app.MapPost("/settings", (Settings s, SettingsDb db) => db.Save(s));
app.Run();
