using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.CodeAnalysis.CSharp.Scripting;

public class Globals { public int X; }

public class CalcController : Controller
{
    [HttpPost("/calc")]
    public async Task<IActionResult> Calc([FromBody] string expression)
    {
        // ruleid: csharp.injection.code-eval-taint
        var result = await CSharpScript.EvaluateAsync<double>(expression);
        return Ok(result);
    }

    [HttpGet("/rule")]
    public async Task<IActionResult> Rule()
    {
        var rule = Request.Query["rule"].ToString();
        // ruleid: csharp.injection.code-eval-taint
        var state = await CSharpScript.RunAsync("var limit = 10; return " + rule + ";");
        return Ok(state.ReturnValue);
    }

    [HttpGet("/double")]
    public async Task<IActionResult> Double(int x)
    {
        // ok: csharp.injection.code-eval-taint
        var result = await CSharpScript.EvaluateAsync<int>("X * 2", globals: new Globals { X = x });
        // ok: csharp.injection.code-eval-taint
        var fixedValue = await CSharpScript.EvaluateAsync<int>("1 + 2");
        return Ok(result + fixedValue);
    }
}
