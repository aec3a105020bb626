using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

[ApiController]
[Route("api/users")]
public class UsersController : ControllerBase
{
    [HttpGet("{id}")]
    // ruleid: csharp.access-control.controller-missing-authorize
    public IActionResult Get(int id)
    {
        return Ok(id);
    }

    [HttpDelete("{id}")]
    // ruleid: csharp.access-control.controller-missing-authorize
    public IActionResult Remove(int id)
    {
        return NoContent();
    }

    [HttpPost("{id}/roles")]
    // ruleid: csharp.access-control.controller-missing-authorize
    public IActionResult GrantRole(int id, string role)
    {
        return Ok();
    }

    [HttpPost("{id}/disable")]
    [Authorize(Roles = "Admin")]
    // ok: csharp.access-control.controller-missing-authorize
    public IActionResult DisableUser(int id)
    {
        return Ok();
    }
}

[ApiController]
[Route("api/products")]
public class ProductsController : ControllerBase
{
    [HttpGet("{id}")]
    // ok: csharp.access-control.controller-missing-authorize
    public IActionResult Get(int id)
    {
        return Ok(id);
    }
}

[Authorize(Policy = "Admin")]
public class SettingsController : Controller
{
    [HttpPost]
    // ok: csharp.access-control.controller-missing-authorize
    public IActionResult DeleteAll()
    {
        return Ok();
    }
}
