namespace Pairguard.AgentContext;

/// <summary>Where a passage of text sits and how visible it is to a human reading the rendered file.</summary>
public enum SegmentKind
{
    /// <summary>Visible prose (a paragraph, list or table).</summary>
    Prose,

    /// <summary>A fenced or indented code block.</summary>
    Code,

    /// <summary>Inside an HTML comment: invisible when rendered.</summary>
    HtmlComment,

    /// <summary>Inside a collapsed <c>&lt;details&gt;</c> block.</summary>
    Details,

    /// <summary>Inside an HTML element styled to be invisible (display:none, font-size:0, white text...).</summary>
    HiddenHtml,

    /// <summary>Text pushed beyond the visible width of the line by a long run of spaces.</summary>
    FarRight,

    /// <summary>Natural language recovered by decoding a base64, hex, binary or rot13 blob.</summary>
    Encoded,

    /// <summary>Text recovered from invisible Unicode tag characters.</summary>
    TagCharacters,

    /// <summary>A comment or docstring of a code file (from a <see cref="ITextSegmentProvider"/>).</summary>
    CodeComment,

    /// <summary>A metadata value (package description, manifest field).</summary>
    Metadata,
}

/// <summary>A passage of a file to judge: its kind, its span in the file, and the text (decoded when it was encoded).</summary>
/// <param name="Kind">How the passage is presented to a human reader.</param>
/// <param name="Start">Offset of the first character of the passage in the file text.</param>
/// <param name="End">Offset just past the passage in the file text.</param>
/// <param name="Text">The text to judge (the decoded text for encoded passages).</param>
/// <param name="Detail">How the passage was concealed or decoded (e.g. <c>base64</c>, <c>display:none</c>), when that matters.</param>
public sealed record TextSegment(SegmentKind Kind, int Start, int End, string Text, string? Detail = null)
{
    /// <summary>How strongly the presentation hides the passage from a human reader (0: visible).</summary>
    public int ConcealmentWeight => Kind switch
    {
        SegmentKind.TagCharacters or SegmentKind.Encoded => 3,
        SegmentKind.HiddenHtml or SegmentKind.FarRight or SegmentKind.HtmlComment => 2,
        SegmentKind.Details => 1,
        _ => 0,
    };

    /// <summary>True when a human would not see the passage at all in the rendered file.</summary>
    public bool IsDeeplyHidden => Kind is SegmentKind.TagCharacters or SegmentKind.Encoded or SegmentKind.HiddenHtml or SegmentKind.FarRight;
}

/// <summary>Supplies the comment and docstring passages of a code file (implemented by the syntax layer).</summary>
public interface ITextSegmentProvider
{
    /// <summary>True when the provider can extract passages from files of this language.</summary>
    bool Supports(Pairguard.Scanning.SourceFile file);

    /// <summary>The comment and docstring passages of the file, with their offsets, as <see cref="SegmentKind.CodeComment"/> segments.</summary>
    IEnumerable<TextSegment> Segments(Pairguard.Scanning.SourceFile file, CancellationToken cancellationToken);
}
