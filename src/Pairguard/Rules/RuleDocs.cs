using System.Text;

namespace Pairguard.Rules;

/// <summary>Builds a rule's Markdown documentation from its metadata (what, why, example, fix, references).</summary>
public static class RuleDocs
{
    /// <summary>The Markdown page of a rule; examples come from its fixture when given.</summary>
    public static string Markdown(Rule rule, string? badExample = null, string? goodExample = null, string? fenceLanguage = null)
    {
        string? Text(string key) => rule.Metadata.TryGetValue(key, out var v) && v is string s ? s.Trim() : null;
        var sb = new StringBuilder();
        sb.Append("# ").Append(rule.Id).Append("\n\n");
        sb.Append("**").Append(rule.Title).Append("** · severity ").Append(rule.Severity.ToString().ToLowerInvariant())
            .Append(" · confidence ").Append(rule.Confidence.ToString().ToLowerInvariant());
        if (rule.Cwe.Count > 0)
        {
            sb.Append(" · ").Append(string.Join(", ", rule.Cwe.Select(c => $"CWE-{c}")));
        }

        if (rule.Owasp is not null)
        {
            sb.Append(" · OWASP ").Append(rule.Owasp);
        }

        sb.Append(" · languages: ").Append(string.Join(", ", rule.Languages)).Append("\n\n");
        sb.Append("## What it finds\n\n").Append(Text("description") ?? rule.Message).Append("\n\n");
        if (Text("why") is { } why)
        {
            sb.Append("## Why it is dangerous\n\n").Append(why).Append("\n\n");
        }

        var lang = fenceLanguage ?? rule.Languages.FirstOrDefault() ?? "";
        if (badExample is not null)
        {
            sb.Append("## Insecure example\n\n```").Append(lang).Append('\n').Append(badExample.TrimEnd()).Append("\n```\n\n");
        }

        if (Text("fix-guidance") is { } fix || goodExample is not null)
        {
            sb.Append("## How to fix\n\n");
            if (Text("fix-guidance") is { } f)
            {
                sb.Append(f).Append("\n\n");
            }

            if (goodExample is not null)
            {
                sb.Append("```").Append(lang).Append('\n').Append(goodExample.TrimEnd()).Append("\n```\n\n");
            }
        }

        if (rule.Metadata.TryGetValue("references", out var refs) && refs is IEnumerable<object> list)
        {
            sb.Append("## References\n\n");
            foreach (var r in list.OfType<string>())
            {
                sb.Append("- ").Append(r).Append('\n');
            }

            sb.Append('\n');
        }

        return sb.ToString().TrimEnd() + "\n";
    }
}
