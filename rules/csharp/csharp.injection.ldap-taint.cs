using System;
using System.DirectoryServices;
using Microsoft.AspNetCore.Mvc;

public class DirectoryController : Controller
{
    private readonly DirectoryEntry _root;

    public IActionResult Find(string user)
    {
        // ruleid: csharp.injection.ldap-taint
        var searcher = new DirectorySearcher(_root, "(&(objectClass=user)(sAMAccountName=" + user + "))");
        return Json(searcher.FindOne()?.Path);
    }

    public IActionResult FindByMail()
    {
        var mail = Request.Query["mail"];
        var searcher = new DirectorySearcher(_root);
        // ruleid: csharp.injection.ldap-taint
        searcher.Filter = $"(mail={mail})";
        return Json(searcher.FindOne()?.Path);
    }

    public IActionResult SafeFind(string user)
    {
        var searcher = new DirectorySearcher(_root);
        // ok: csharp.injection.ldap-taint
        searcher.Filter = $"(sAMAccountName={LdapFilterEscape(user)})";
        // ok: csharp.injection.ldap-taint
        var all = new DirectorySearcher(_root, "(objectClass=group)");
        return Json(searcher.FindOne()?.Path);
    }

    private static string LdapFilterEscape(string value) =>
        value.Replace("\\", "\\5c").Replace("*", "\\2a").Replace("(", "\\28").Replace(")", "\\29").Replace("\0", "\\00");
}
