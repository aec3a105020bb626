using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Mvc.Rendering;

public static class ProfileHelpers
{
    public static IHtmlContent Bio(this IHtmlHelper html, UserProfile profile)
    {
        // ruleid: csharp.xss.raw-html-markup
        return new HtmlString("<div class=bio>" + profile.Bio + "</div>");
    }

    public static MarkupString Comment(Comment c)
    {
        // ruleid: csharp.xss.raw-html-markup
        return new MarkupString(c.Body);
    }

    public static IHtmlContent Footer()
    {
        // ok: csharp.xss.raw-html-markup
        return new HtmlString("<footer>&copy; Team Notes</footer>");
    }

    public static IHtmlContent SafeBio(HtmlSanitizer sanitizer, UserProfile profile)
    {
        // ok: csharp.xss.raw-html-markup
        return new HtmlString(sanitizer.Sanitize(profile.Bio));
    }
}
