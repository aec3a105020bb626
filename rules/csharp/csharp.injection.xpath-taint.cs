using System;
using System.Xml;
using System.Xml.XPath;
using Microsoft.AspNetCore.Mvc;

public class AccountsController : ControllerBase
{
    private readonly XmlDocument _users = new XmlDocument();

    [HttpGet("/accounts/login")]
    public IActionResult Login([FromQuery] string name, [FromQuery] string pass)
    {
        // ruleid: csharp.injection.xpath-taint
        var node = _users.SelectSingleNode("/users/user[name='" + name + "' and pass='" + pass + "']");
        return node is null ? Unauthorized() : Ok();
    }

    [HttpGet("/accounts/find")]
    public IActionResult Find()
    {
        string dept = Request.Query["dept"];
        // ruleid: csharp.injection.xpath-taint
        var nodes = _users.SelectNodes($"//user[@dept='{dept}']");
        return Ok(nodes.Count);
    }

    [HttpGet("/accounts/{id}")]
    public IActionResult ById(string id)
    {
        var n = int.Parse(id);
        // ok: csharp.injection.xpath-taint
        var node = _users.SelectSingleNode("/users/user[@id=" + n + "]");
        // ok: csharp.injection.xpath-taint
        var admins = _users.SelectNodes("//user[@role='admin']");
        return Ok(node?.InnerText);
    }

    [HttpGet("/accounts/search")]
    public IActionResult Search([FromQuery] string role)
    {
        XPathNavigator nav = _users.CreateNavigator();
        // ruleid: csharp.injection.xpath-taint
        var it = nav.Select("//user[@role='" + role + "']");
        // ok: csharp.injection.xpath-taint
        var all = nav.Select("//user");
        return Ok(it.Count + all.Count);
    }
}
