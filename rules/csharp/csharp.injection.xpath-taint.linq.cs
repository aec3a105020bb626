using System.Linq;
using Microsoft.AspNetCore.Mvc;

public class ReportsController : ControllerBase
{
    [HttpGet("/reports")]
    public IActionResult List([FromQuery] string field)
    {
        var rows = new[] { "a", "b" };
        // ok: csharp.injection.xpath-taint
        var picked = rows.Select(r => r + field).ToList();
        return Ok(picked);
    }
}
