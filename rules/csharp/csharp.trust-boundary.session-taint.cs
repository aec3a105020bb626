using System.Collections.Generic;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

public class PreferencesController : Controller
{
    private static readonly HashSet<string> AllowedThemes = new() { "light", "dark" };

    [HttpPost]
    public IActionResult SetRole([FromForm] string role)
    {
        // ruleid: csharp.trust-boundary.session-taint
        HttpContext.Session.SetString("role", role);
        return Ok();
    }

    [HttpGet]
    public IActionResult Remember()
    {
        var user = Request.Query["user"].ToString();
        // ruleid: csharp.trust-boundary.session-taint
        HttpContext.Session.SetString("user", user);
        return Ok();
    }

    [HttpPost]
    public IActionResult SetTheme([FromForm] string theme)
    {
        if (!AllowedThemes.Contains(theme))
        {
            return BadRequest();
        }

        // ok: csharp.trust-boundary.session-taint
        HttpContext.Session.SetString("theme", theme);
        // ok: csharp.trust-boundary.session-taint
        HttpContext.Session.SetString("user", User.Identity.Name);
        return Ok();
    }
}
