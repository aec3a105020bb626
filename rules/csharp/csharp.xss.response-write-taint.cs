using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

public class GreetingController : Controller
{
    [HttpGet("/hello")]
    public IActionResult Hello([FromQuery] string name)
    {
        // ruleid: csharp.xss.response-write-taint
        return Content($"<h1>Hello {name}</h1>", "text/html");
    }

    [HttpGet("/echo")]
    public async Task Echo()
    {
        var q = Request.Query["q"];
        Response.ContentType = "text/html";
        // ruleid: csharp.xss.response-write-taint
        await Response.WriteAsync("<p>You searched for " + q + "</p>");
    }

    [HttpGet("/hello-safe")]
    public IActionResult HelloSafe([FromQuery] string name)
    {
        // ok: csharp.xss.response-write-taint
        return Content($"<h1>Hello {HtmlEncoder.Default.Encode(name)}</h1>", "text/html");
    }

    [HttpGet("/hello-text")]
    public IActionResult HelloText([FromQuery] string name)
    {
        // ok: csharp.xss.response-write-taint
        return Content($"Hello {name}", "text/plain");
    }
}

public static class LegacyHandlers
{
    public static void Handle(HttpRequest req, System.Web.HttpResponse resp)
    {
        string data = req.Cookies["theme"];
        // ruleid: csharp.xss.response-write-taint
        resp.Write("<br>Theme: " + data);
        // ok: csharp.xss.response-write-taint
        resp.Write("<br>Theme: " + System.Net.WebUtility.HtmlEncode(data));
    }
}
