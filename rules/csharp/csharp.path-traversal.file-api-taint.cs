using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

[ApiController]
public class FilesController : ControllerBase
{
    private readonly string _root = "/srv/uploads";

    [HttpGet("/files/{name}")]
    public IActionResult Download(string name)
    {
        var path = Path.Combine(_root, name);
        // ruleid: csharp.path-traversal.file-api-taint
        return PhysicalFile(path, "application/octet-stream");
    }

    [HttpPost("/files")]
    public async Task<IActionResult> Upload(IFormFile file)
    {
        // ruleid: csharp.path-traversal.file-api-taint
        using var stream = new FileStream(Path.Combine(_root, file.FileName), FileMode.Create);
        await file.CopyToAsync(stream);
        return Ok();
    }

    [HttpDelete("/files")]
    public IActionResult Delete()
    {
        string name = Request.Query["name"];
        // ruleid: csharp.path-traversal.file-api-taint
        System.IO.File.Delete(_root + "/" + name);
        return NoContent();
    }

    [HttpGet("/safe/{name}")]
    public IActionResult SafeDownload(string name)
    {
        var full = Path.GetFullPath(Path.Combine(_root, name));
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return BadRequest();
        }

        // ok: csharp.path-traversal.file-api-taint
        return PhysicalFile(full, "application/octet-stream");
    }

    [HttpPost("/safe")]
    public async Task<IActionResult> SafeUpload(IFormFile file)
    {
        var fileName = Path.GetFileName(file.FileName);
        // ok: csharp.path-traversal.file-api-taint
        using var stream = new FileStream(Path.Combine(_root, fileName), FileMode.Create);
        await file.CopyToAsync(stream);
        return Ok();
    }
}

public static class Tool
{
    public static void Main()
    {
        string data = Environment.GetEnvironmentVariable("REPORT");
        // ruleid: csharp.path-traversal.file-api-taint
        using var sr = new StreamReader("/home/user/reports/" + data);
        // ok: csharp.path-traversal.file-api-taint
        using var fixedReader = new StreamReader("/home/user/reports/summary.txt");
    }
}
