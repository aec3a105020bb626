using Pairguard.Scanning;
using Pairguard.Syntax;
using Pairguard.Syntax.Adapters;

namespace Pairguard.Dependencies.Imports;

/// <summary>
/// Finds imports through the syntax layer: the language adapter picks the real import statements and import calls (so text in comments,
/// strings and docstrings never counts), and the language's reader parses each import's own text into module names.
/// Falls back to the reader over the whole file when the file cannot be parsed.
/// </summary>
public sealed class SyntaxImportExtractor : IImportExtractor
{
    private readonly IImportExtractor _reader;

    public SyntaxImportExtractor(IImportExtractor reader)
    {
        _reader = reader;
    }

    public bool AppliesTo(SourceFile file) => _reader.AppliesTo(file);

    public IReadOnlyList<ImportRef> Extract(SourceFile file)
    {
        if (!SyntaxParser.IsAvailable || LanguageAdapters.For(file.Language) is not { } adapter)
        {
            return _reader.Extract(file);
        }

        using var parsed = SyntaxParser.Parse(file);
        if (parsed.Status != ParseStatus.Parsed || parsed.Tree is not { } tree)
        {
            return _reader.Extract(file);
        }

        var result = new List<ImportRef>();
        var lastEnd = -1;
        foreach (var node in tree.Root.FindAll(n => adapter.IsImport(n) || IsReExport(n)).OrderBy(n => n.Start))
        {
            if (node.Start < lastEnd)
            {
                continue; // inside an import already read (Go's import_spec within import_declaration)
            }

            lastEnd = node.End;
            // A PHP reader needs the opening tag; it adds one line before the import's own text.
            var prefix = file.Language == Languages.Php ? "<?php\n" : "";
            var piece = SourceFile.FromText(file.RelativePath, prefix + node.Text, file.Language);
            foreach (var import in _reader.Extract(piece))
            {
                result.Add(import with { File = file.RelativePath, Line = import.Line - (prefix.Length > 0 ? 1 : 0) + node.StartLine - 1 });
            }
        }

        return result;
    }

    /// <summary>JavaScript/TypeScript <c>export ... from 'x'</c> reads module x too.</summary>
    private static bool IsReExport(Node n) => n.Kind == "export_statement" && n.ChildByField("source") is not null;
}
