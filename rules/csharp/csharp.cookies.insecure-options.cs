using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

public class SessionController : Controller
{
    public IActionResult Remember(string token)
    {
        Response.Cookies.Append("remember", token, new CookieOptions
        {
            // ruleid: csharp.cookies.insecure-options
            HttpOnly = false,
            // ok: csharp.cookies.insecure-options
            Secure = true,
        });
        return Ok();
    }

    public IActionResult Theme(string theme)
    {
        var options = new CookieOptions();
        // ruleid: csharp.cookies.insecure-options
        options.Secure = false;
        // ok: csharp.cookies.insecure-options
        options.HttpOnly = true;
        Response.Cookies.Append("theme", theme, options);
        return Ok();
    }
}
