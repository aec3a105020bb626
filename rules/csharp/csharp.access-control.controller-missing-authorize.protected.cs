using Microsoft.AspNetCore.Mvc;

public static class Startup
{
    public static void Configure(WebApplicationBuilder builder, WebApplication app)
    {
        builder.Services.AddAuthorization(o => o.SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build()));
        app.MapControllers();
    }
}

public class AdminController : Controller
{
    [HttpDelete("{id}")]
    // ok: csharp.access-control.controller-missing-authorize
    public IActionResult DeleteUser(int id)
    {
        return Ok();
    }

    // ok: csharp.access-control.controller-missing-authorize
    public IActionResult ResetPassword(int id)
    {
        return Ok();
    }
}
