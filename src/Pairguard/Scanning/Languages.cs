namespace Pairguard.Scanning;

/// <summary>Language identifiers used across Pairguard (files, grammars, rules).</summary>
public static class Languages
{
    public const string Python = "python";
    public const string JavaScript = "javascript";
    public const string TypeScript = "typescript";
    public const string Tsx = "tsx";
    public const string Java = "java";
    public const string CSharp = "csharp";
    public const string Go = "go";
    public const string Php = "php";
    public const string Ruby = "ruby";
    public const string Bash = "bash";
    public const string Json = "json";
    public const string Yaml = "yaml";
    public const string Toml = "toml";
    public const string Xml = "xml";
    public const string Html = "html";
    public const string Markdown = "markdown";
    public const string Text = "text";
    public const string Dockerfile = "dockerfile";
    public const string Dotenv = "dotenv";
    public const string Ini = "ini";
    public const string Properties = "properties";
    public const string Sql = "sql";
    public const string PowerShell = "powershell";
    public const string Rust = "rust";
    public const string Kotlin = "kotlin";
    public const string Swift = "swift";
    public const string C = "c";
    public const string Cpp = "cpp";
    public const string Css = "css";
    public const string Scala = "scala";
    public const string Lua = "lua";
    public const string Perl = "perl";
    public const string Vue = "vue";
    public const string Svelte = "svelte";
    public const string Batch = "batch";
    public const string Makefile = "makefile";
    public const string Terraform = "terraform";
    public const string Gradle = "gradle";
    public const string Restructuredtext = "rst";
}
