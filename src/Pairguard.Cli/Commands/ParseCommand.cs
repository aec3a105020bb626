using System.CommandLine;
using Pairguard.Scanning;
using Pairguard.Syntax;

namespace Pairguard.Cli.Commands;

/// <summary><c>pairguard parse FILE [--lang L]</c>: prints a file's syntax tree (kinds, fields, spans), a debugging aid for rule authors.</summary>
public static class ParseCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The file to parse ('-' reads standard input; then --lang is required)." };
        var lang = new Option<string?>("--lang", "-l")
        {
            Description = "Language or grammar to parse with (python, javascript, typescript, tsx, java, csharp, go, php, php_only, ruby, bash, json, yaml); default: from the file name.",
        };
        var anonymous = new Option<bool>("--anonymous") { Description = "Also print anonymous tokens (punctuation, keywords)." };
        var timeout = new Option<double>("--timeout") { Description = "Parse deadline in seconds.", DefaultValueFactory = _ => ParseOptions.DefaultTimeout.TotalSeconds };

        var command = new Command("parse", "Print the syntax tree of a file: node kinds, field names and 1-based line:column spans.");
        command.Arguments.Add(file);
        command.Options.Add(lang);
        command.Options.Add(anonymous);
        command.Options.Add(timeout);
        command.SetAction(parseResult => Run(
            parseResult.GetValue(file)!, parseResult.GetValue(lang), parseResult.GetValue(anonymous), parseResult.GetValue(timeout), Console.Out, Console.Error));
        return command;
    }

    /// <summary>Runs the command; 0 when a tree was printed, 2 when the file could not be read or parsed.</summary>
    public static int Run(FileInfo file, string? language, bool includeAnonymous, double timeoutSeconds, TextWriter output, TextWriter error)
    {
        SourceFile source;
        if (file.Name == "-" && file.Exists is false)
        {
            if (language is null)
            {
                error.WriteLine("pairguard parse: reading standard input needs --lang");
                return 2;
            }

            source = SourceFile.FromText("<stdin>", Console.In.ReadToEnd(), language);
        }
        else
        {
            var diagnostics = new List<Diagnostic>();
            var loaded = FileLoader.Load(new WorkspaceFile(file.Name, file.FullName, file.Exists ? file.Length : 0), ScanRequest.DefaultMaxFileSize, diagnostics);
            if (loaded is null)
            {
                error.WriteLine($"pairguard parse: {file.FullName}: {diagnostics.FirstOrDefault()?.Message ?? "cannot read file"}");
                return 2;
            }

            source = loaded;
        }

        var chosen = language ?? GrammarRegistry.ForPath(file.Name)?.Language ?? source.Language;
        if (!GrammarRegistry.IsSupported(chosen))
        {
            var known = string.Join(", ", GrammarRegistry.All.Select(e => e.Language));
            error.WriteLine(chosen is null
                ? $"pairguard parse: cannot tell the language of {file.Name}; pass --lang ({known})"
                : $"pairguard parse: no grammar for '{chosen}' (known: {known}, php_only)");
            return 2;
        }

        var options = new ParseOptions { Timeout = timeoutSeconds > 0 ? TimeSpan.FromSeconds(timeoutSeconds) : Timeout.InfiniteTimeSpan };
        using var result = SyntaxParser.Parse(source, chosen, options);
        if (result.Tree is not { } tree)
        {
            error.WriteLine($"pairguard parse: {file.Name}: {result.Message}");
            return 2;
        }

        SyntaxPrinter.Print(tree.Root, output, includeAnonymous);
        error.WriteLine($"# {tree.Grammar.Name}, {result.Elapsed.TotalMilliseconds:0.#} ms, {tree.ErrorCount} syntax error(s)");
        return 0;
    }
}
