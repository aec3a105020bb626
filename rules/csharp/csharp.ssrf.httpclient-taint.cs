using System;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;

[ApiController]
public class PreviewController : ControllerBase
{
    private static readonly HttpClient Http = new HttpClient();
    private readonly IHttpClientFactory _factory;

    [HttpGet("/preview")]
    public async Task<IActionResult> Preview([FromQuery] string url)
    {
        // ruleid: csharp.ssrf.httpclient-taint
        var html = await Http.GetStringAsync(url);
        return Content(html, "text/plain");
    }

    [HttpPost("/webhook/test")]
    public async Task<IActionResult> TestWebhook()
    {
        var target = Request.Form["callback"].ToString();
        var client = _factory.CreateClient();
        // ruleid: csharp.ssrf.httpclient-taint
        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, target));
        return StatusCode((int)response.StatusCode);
    }

    [HttpGet("/weather")]
    public async Task<IActionResult> Weather([FromQuery] string city)
    {
        // ok: csharp.ssrf.httpclient-taint
        var json = await Http.GetStringAsync("https://api.weather.example/v1?city=" + Uri.EscapeDataString(city));
        return Content(json, "application/json");
    }

    [HttpGet("/status")]
    public async Task<IActionResult> Status()
    {
        // ok: csharp.ssrf.httpclient-taint
        var json = await Http.GetStringAsync("https://status.example.org/api");
        return Content(json, "application/json");
    }
}
