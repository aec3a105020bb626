using Microsoft.AspNetCore.Mvc;

public class AccountController : Controller
{
    [HttpPost]
    public IActionResult Login(LoginModel model, string returnUrl)
    {
        SignIn(model);
        // ruleid: csharp.open-redirect.redirect-taint
        return Redirect(returnUrl);
    }

    [HttpGet]
    public IActionResult Logout()
    {
        var next = Request.Query["next"];
        // ruleid: csharp.open-redirect.redirect-taint
        return Redirect(next);
    }

    [HttpPost]
    public IActionResult SafeLogin(LoginModel model, string returnUrl)
    {
        SignIn(model);
        if (Url.IsLocalUrl(returnUrl))
        {
            // ok: csharp.open-redirect.redirect-taint
            return Redirect(returnUrl);
        }

        return RedirectToAction("Index", "Home");
    }

    [HttpPost]
    public IActionResult LocalLogin(LoginModel model, string returnUrl)
    {
        SignIn(model);
        // ok: csharp.open-redirect.redirect-taint
        return LocalRedirect(returnUrl);
    }
}
