using System;
using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;

[ApiController]
public class ToolsController : ControllerBase
{
    [HttpPost("/tools/ping")]
    public IActionResult Ping([FromQuery] string host)
    {
        // ruleid: csharp.injection.command-taint
        var p = Process.Start("/bin/sh", $"-c \"ping -c 1 {host}\"");
        p.WaitForExit();
        return Ok();
    }

    [HttpPost("/tools/convert")]
    public IActionResult Convert()
    {
        var format = Request.Form["format"];
        var psi = new ProcessStartInfo("convert")
        {
            // ruleid: csharp.injection.command-taint
            Arguments = "input.png output." + format,
            UseShellExecute = false,
        };
        Process.Start(psi);
        return Ok();
    }

    [HttpPost("/tools/ping-safe")]
    public IActionResult PingSafe([FromQuery] string host)
    {
        var psi = new ProcessStartInfo("ping") { UseShellExecute = false };
        psi.ArgumentList.Add("-c");
        // ok: csharp.injection.command-taint
        psi.ArgumentList.Add(host);
        // ok: csharp.injection.command-taint
        Process.Start(psi);
        return Ok();
    }
}

public static class Runner
{
    public static void Main()
    {
        string tool = Environment.GetEnvironmentVariable("TOOL");
        // ruleid: csharp.injection.command-taint
        Process.Start(tool);
        // ok: csharp.injection.command-taint
        Process.Start("/usr/bin/uptime");
    }
}
