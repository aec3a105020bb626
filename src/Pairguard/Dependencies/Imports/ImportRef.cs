namespace Pairguard.Dependencies.Imports;

/// <summary>A module imported in code: the module path as written, the file and 1-based line.</summary>
public sealed record ImportRef(string Language, string Module, string File, int Line);

/// <summary>Finds the modules a source file imports; the line-based implementations are replaced by syntax-tree ones when the syntax layer is available.</summary>
public interface IImportExtractor
{
    /// <summary>True when this extractor handles the file's language.</summary>
    bool AppliesTo(Scanning.SourceFile file);

    /// <summary>Every import of the file, in source order.</summary>
    IReadOnlyList<ImportRef> Extract(Scanning.SourceFile file);
}
