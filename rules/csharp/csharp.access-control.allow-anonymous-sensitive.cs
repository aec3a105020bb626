using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

[Authorize]
public class AccountController : Controller
{
    [AllowAnonymous]
    [HttpPost]
    // ok: csharp.access-control.allow-anonymous-sensitive
    public IActionResult Login(LoginModel model)
    {
        return Ok();
    }

    [AllowAnonymous]
    [HttpPost]
    // ruleid: csharp.access-control.allow-anonymous-sensitive
    public IActionResult ResetPassword(string email, string newPassword)
    {
        return Ok();
    }

    [HttpDelete("{id}")]
    [AllowAnonymous]
    // ruleid: csharp.access-control.allow-anonymous-sensitive
    public IActionResult Close(int id)
    {
        return Ok();
    }

    [HttpPost]
    // ok: csharp.access-control.allow-anonymous-sensitive
    public IActionResult DeleteAccount()
    {
        return Ok();
    }
}

public static class Endpoints
{
    public static void Map(WebApplication app)
    {
        // ruleid: csharp.access-control.allow-anonymous-sensitive
        app.MapGet("/admin/export", (ExportService s) => s.Run()).AllowAnonymous();
        // ok: csharp.access-control.allow-anonymous-sensitive
        app.MapGet("/health", () => "up").AllowAnonymous();
    }
}
