using Pairguard.Scanning;
using Pairguard.Syntax;

namespace Pairguard.AgentContext;

/// <summary>
/// Comment and docstring passages of code files, from the tree-sitter syntax layer. A cheap keyword pre-filter skips the parse for files
/// whose text cannot hold an instruction to a model or a hidden payload.
/// </summary>
public sealed class SyntaxCommentProvider : ITextSegmentProvider
{
    private static readonly string[] Prefilter =
    [
        "ignore", "disregard", "instruction", "assistant", "agent", " ai ", " ai:", "ai,", "llm", "copilot", "claude", "cursor", "chatgpt", "gemini",
        "<|", "[inst]", "<system>", "system prompt", "do not tell", "don't tell", "you are now", "from now on", "your response", "your answer",
    ];

    public bool Supports(SourceFile file) =>
        file.Language is { } language && language is not (Languages.Json or Languages.Yaml or Languages.Toml or Languages.Markdown)
        && GrammarRegistry.IsSupported(language) && SyntaxParser.IsAvailable && MayHoldInstructions(file.Text);

    public IEnumerable<TextSegment> Segments(SourceFile file, CancellationToken cancellationToken)
    {
        using var result = SyntaxParser.Parse(file, cancellationToken: cancellationToken);
        if (result.Tree is not { } tree)
        {
            return [];
        }

        var segments = new List<TextSegment>();
        foreach (var node in tree.Root.FindAll(n => n.Kind.Contains("comment", StringComparison.Ordinal) || IsDocstring(n)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (node.End > node.Start)
            {
                segments.Add(new TextSegment(SegmentKind.CodeComment, node.Start, node.End, StripMarkers(file.Text[node.Start..node.End]), node.Kind));
            }
        }

        return segments;
    }

    /// <summary>The comment text without its delimiters (<c>#</c>, <c>//</c>, <c>/*</c>, leading <c>*</c>, <c>--</c>, quotes of docstrings).</summary>
    public static string StripMarkers(string comment)
    {
        var lines = comment.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim().TrimEnd('\r');
            foreach (var marker in new[] { "///", "//!", "//", "/**", "/*", "*/", "#", "--", "<!--", "-->", "\"\"\"", "\'\'\'", "*", ";", "'" })
            {
                if (line.StartsWith(marker, StringComparison.Ordinal))
                {
                    line = line[marker.Length..].TrimStart();
                    break;
                }
            }

            foreach (var marker in new[] { "*/", "\"\"\"", "\'\'\'", "-->" })
            {
                if (line.EndsWith(marker, StringComparison.Ordinal))
                {
                    line = line[..^marker.Length].TrimEnd();
                }
            }

            lines[i] = line;
        }

        return string.Join('\n', lines);
    }

    /// <summary>True when the text contains one of the pre-filter keywords (case-insensitive).</summary>
    public static bool MayHoldInstructions(string text) => Prefilter.Any(k => text.Contains(k, StringComparison.OrdinalIgnoreCase));

    /// <summary>A string literal that is the first statement of a module, class or function body (Python docstring).</summary>
    private static bool IsDocstring(Node node)
    {
        if (node.Kind != "string" || node.Parent is not { Kind: "expression_statement" } statement || statement.Parent is not { } body)
        {
            return false;
        }

        return body.Kind is "module" or "block" && body.NamedChildren.FirstOrDefault(c => !c.Kind.Contains("comment", StringComparison.Ordinal)).Equals(statement);
    }
}
