using Pairguard.Cli.Commands;

namespace Pairguard.Tests.Syntax;

/// <summary><c>pairguard parse</c>: prints the named tree, or explains why it cannot.</summary>
public sealed class ParseCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("pairguard-parse-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Prints_kinds_fields_and_spans()
    {
        var file = Write("app.py", "def handler(req):\n    return run(req.args)\n");
        var (code, output, error) = Run(file, null);
        Assert.Equal(0, code);
        Assert.StartsWith("(module [1:1 - 3:1]", output, StringComparison.Ordinal);
        Assert.Contains("name: (identifier [1:5 - 1:12] \"handler\")", output, StringComparison.Ordinal);
        Assert.Contains("function: (identifier [2:12 - 2:15] \"run\")", output, StringComparison.Ordinal);
        Assert.Contains("python", error, StringComparison.Ordinal);
        Assert.Contains("0 syntax error(s)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Lang_option_overrides_the_extension_and_accepts_grammar_names()
    {
        var file = Write("snippet.txt", "$pdo->query($sql);\n");
        var (code, output, _) = Run(file, "php_only");
        Assert.Equal(0, code);
        Assert.Contains("(member_call_expression [1:1 - 1:18]", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_languages_and_missing_files_exit_with_2()
    {
        var notes = Write("notes.txt", "hello");
        var (code, _, error) = Run(notes, null);
        Assert.Equal(2, code);
        Assert.Contains("pass --lang", error, StringComparison.Ordinal);

        (code, _, error) = Run(notes, "cobol");
        Assert.Equal(2, code);
        Assert.Contains("no grammar for 'cobol'", error, StringComparison.Ordinal);

        (code, _, error) = Run(Path.Combine(_dir, "missing.py"), null);
        Assert.Equal(2, code);
        Assert.Contains("missing.py", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_command_declares_its_argument_and_options()
    {
        var command = ParseCommand.Create();
        Assert.Equal("parse", command.Name);
        Assert.Single(command.Arguments);
        Assert.Contains(command.Options, o => o.Name == "--lang");
        Assert.Empty(command.Parse(["x.py", "--lang", "python"]).Errors);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static (int Code, string Output, string Error) Run(string path, string? language)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = ParseCommand.Run(new FileInfo(path), language, includeAnonymous: false, timeoutSeconds: 2, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
