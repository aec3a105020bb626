using Pairguard.Scanning;

namespace Pairguard.Configuration;

/// <summary>The tokens that open a comment in each language, used to recognise suppression comments.</summary>
public static class CommentSyntax
{
    private static readonly string[] Hash = ["#"];
    private static readonly string[] CLike = ["//", "/*", "*"];
    private static readonly string[] Any = ["#", "//", "/*", "*", "<!--", "--", ";", "'", "%", "rem ", "::"];

    /// <summary>Comment openers of a language (a catch-all list for unknown languages).</summary>
    public static IReadOnlyList<string> OpenersFor(string? language) => language switch
    {
        Languages.Python or Languages.Ruby or Languages.Bash or Languages.Yaml or Languages.Toml or Languages.Dockerfile
            or Languages.Dotenv or Languages.Makefile or Languages.Perl or Languages.PowerShell or Languages.Terraform
            or Languages.Text => Hash,
        Languages.JavaScript or Languages.TypeScript or Languages.Tsx or Languages.Java or Languages.CSharp or Languages.Go
            or Languages.Rust or Languages.Kotlin or Languages.Swift or Languages.C or Languages.Cpp or Languages.Scala
            or Languages.Gradle or Languages.Json or Languages.Css => CLike,
        Languages.Php => ["#", "//", "/*", "*"],
        Languages.Html or Languages.Xml or Languages.Markdown or Languages.Vue or Languages.Svelte => ["<!--", "//", "/*", "{/*"],
        Languages.Sql or Languages.Lua => ["--", "/*"],
        Languages.Ini or Languages.Properties => ["#", ";", "!"],
        Languages.Batch => ["rem ", "::"],
        Languages.Restructuredtext => [".."],
        _ => Any,
    };

    /// <summary>True when <paramref name="prefix"/> (the text before a marker on its line) contains a comment opener.</summary>
    public static bool IsInComment(string? language, string prefix)
    {
        foreach (var opener in OpenersFor(language))
        {
            if (opener == "*")
            {
                if (prefix.TrimStart().StartsWith('*'))
                {
                    return true;
                }

                continue;
            }

            if (prefix.Contains(opener, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
