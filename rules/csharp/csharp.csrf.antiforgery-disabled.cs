using Microsoft.AspNetCore.Mvc;

public class TransfersController : Controller
{
    [HttpPost]
    // ruleid: csharp.csrf.antiforgery-disabled
    [IgnoreAntiforgeryToken]
    public IActionResult Send(TransferModel model)
    {
        return Ok();
    }

    [HttpPost]
    // ok: csharp.csrf.antiforgery-disabled
    [ValidateAntiForgeryToken]
    public IActionResult SendSafe(TransferModel model)
    {
        return Ok();
    }
}

public static class Endpoints
{
    public static void Map(WebApplication app)
    {
        // ruleid: csharp.csrf.antiforgery-disabled
        app.MapPost("/profile", (ProfileForm form) => Results.Ok()).DisableAntiforgery();
        // ok: csharp.csrf.antiforgery-disabled
        app.MapPost("/profile2", (ProfileForm form) => Results.Ok());
    }
}
