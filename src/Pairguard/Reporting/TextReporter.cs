using System.Globalization;
using Pairguard.Scanning;
using Spectre.Console;

namespace Pairguard.Reporting;

/// <summary>Human-readable report (format <c>text</c>): findings grouped by file with code excerpts, then a summary.</summary>
public sealed class TextReporter : IReporter
{
    /// <summary>Width used when <see cref="ReportOptions.Width"/> is not set.</summary>
    public const int DefaultWidth = 120;

    /// <summary>Most excerpt lines shown for one finding.</summary>
    public const int MaxExcerptLines = 8;

    public string Format => "text";

    public void Write(ScanResult result, TextWriter writer, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(options);

        // Spectre pads blocks to their width; render into a buffer and drop the trailing spaces of every line.
        using var buffer = new StringWriter { NewLine = "\n" };
        var console = CreateConsole(buffer, options);
        var width = console.Profile.Width;
        if (!options.Quiet)
        {
            var shown = result.Findings
                .Where(f => f.Suppression is null || options.IncludeSuppressed)
                .OrderBy(f => f.Location.Path, StringComparer.Ordinal)
                .ThenBy(f => f.Location.StartLine)
                .ThenBy(f => f.Location.StartColumn)
                .ThenBy(f => f.RuleId, StringComparer.Ordinal)
                .ToList();
            foreach (var group in shown.GroupBy(f => f.Location.Path, StringComparer.Ordinal))
            {
                var header = group.Key.Length == 0 ? "(project)" : TerminalText.Clean(group.Key);
                console.Write(new Rule($"[bold]{Markup.Escape(header)}[/]") { Justification = Justify.Left });
                foreach (var finding in group)
                {
                    WriteFinding(console, finding, options.Color, width);
                    console.WriteLine();
                }
            }

            TextSummary.WriteDiagnostics(console, result.Diagnostics, options.MaxListedPaths, detailed: true);
        }

        TextSummary.WriteSummary(console, result, options);
        if (options.Quiet)
        {
            TextSummary.WriteDiagnostics(console, result.Diagnostics, options.MaxListedPaths, detailed: false);
        }

        var lines = buffer.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var count = lines[^1].Length == 0 ? lines.Length - 1 : lines.Length;
        for (var i = 0; i < count; i++)
        {
            writer.Write(lines[i].TrimEnd(' '));
            writer.Write('\n');
        }
    }

    /// <summary>Creates a Spectre console writing to <paramref name="writer"/>: no ANSI escapes at all unless colour is asked for.</summary>
    internal static IAnsiConsole CreateConsole(TextWriter writer, ReportOptions options)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = options.Color ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = options.Color ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            EnvironmentVariables = new Dictionary<string, string>(),
        });
        console.Profile.Width = Math.Max(40, options.Width ?? DefaultWidth);
        return console;
    }

    /// <summary>The badge markup for a severity: coloured block, or a bracketed name without colour.</summary>
    internal static string Badge(Severity severity, bool color)
    {
        var name = severity.ToName().ToUpperInvariant();
        if (!color)
        {
            return Markup.Escape($"[{name}]");
        }

        var style = severity switch
        {
            Severity.Critical => "bold white on red",
            Severity.High => "bold red",
            Severity.Medium => "bold yellow",
            Severity.Low => "bold blue",
            _ => "bold grey",
        };
        return $"[{style}]{name}[/]";
    }

    /// <summary>Writes one finding: a headline, then indented location, message, excerpt, fix, trace, suppression and references.</summary>
    private static void WriteFinding(IAnsiConsole console, Finding f, bool color, int width)
    {
        console.MarkupLine($"{Badge(f.Severity, color)} [bold]{Esc(f.Title)}[/] [dim]{Esc(f.RuleId)}[/]");
        console.MarkupLine($"  [cyan]{Esc(f.Location.ToString())}[/]");
        foreach (var line in Wrap(TerminalText.Clean(f.Message, keepNewlines: true), width - 2))
        {
            console.MarkupLine("  " + Markup.Escape(line));
        }

        WriteExcerpt(console, f, width - 2);
        if (!string.IsNullOrWhiteSpace(f.Fix))
        {
            console.MarkupLine($"  [green]Fix:[/] {Esc(ShortFix(f.Fix, width * 2))}");
        }

        if (f.Trace.Count > 0)
        {
            console.MarkupLine("  [bold]Data flow:[/]");
            for (var i = 0; i < f.Trace.Count; i++)
            {
                var step = f.Trace[i];
                var snippet = string.IsNullOrWhiteSpace(step.Snippet) ? "" : $"  [dim]{Esc(Truncate(FirstLine(step.Snippet), width / 2))}[/]";
                console.MarkupLine($"    {i + 1}. [bold]{Esc(step.Kind)}[/] [cyan]{Esc(step.Location.ToString())}[/] {Esc(step.Message)}{snippet}");
            }
        }

        if (f.Suppression is { } s)
        {
            var how = s.Kind == Suppression.Baseline ? "by the baseline" : "inline";
            var why = string.IsNullOrWhiteSpace(s.Justification) ? "" : ": " + Esc(s.Justification);
            console.MarkupLine($"  [dim]Suppressed {how}{why}[/]");
        }

        if (f.Cwe.Count > 0 || f.Owasp is not null)
        {
            var refs = string.Join(", ", f.Cwe.Select(c => "CWE-" + c.ToString(CultureInfo.InvariantCulture)).Concat(f.Owasp is null ? [] : [f.Owasp]));
            console.MarkupLine($"  [dim]{Esc(refs)}[/]");
        }
    }

    /// <summary>Code excerpt with line numbers; lines inside the finding's span are marked with '>'.</summary>
    private static void WriteExcerpt(IAnsiConsole console, Finding f, int width)
    {
        if (string.IsNullOrEmpty(f.Snippet))
        {
            return;
        }

        var lines = f.Snippet.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length > 1 && lines[^1].Length == 0)
        {
            lines = lines[..^1];
        }

        var first = Math.Max(1, f.Location.StartLine);
        var last = Math.Max(first, f.Location.EndLine);
        var shownCount = Math.Min(lines.Length, MaxExcerptLines);
        var numberWidth = (first + shownCount - 1).ToString(CultureInfo.InvariantCulture).Length;
        var codeWidth = Math.Max(10, width - numberWidth - 5);
        for (var i = 0; i < shownCount; i++)
        {
            var number = first + i;
            var marked = number <= last;
            var gutter = Markup.Escape("  " + (marked ? ">" : " ") + " " + number.ToString(CultureInfo.InvariantCulture).PadLeft(numberWidth) + " | ");
            var code = Esc(Truncate(TerminalText.Clean(lines[i]), codeWidth));
            console.MarkupLine(marked ? $"[bold]{gutter}[/]{code}" : $"[dim]{gutter}[/]{code}");
        }

        if (lines.Length > shownCount)
        {
            console.MarkupLine($"[dim]{Markup.Escape($"    {new string(' ', numberWidth)} | ... {lines.Length - shownCount} more lines")}[/]");
        }
    }

    /// <summary>The fix guidance cut to its first two non-empty lines and at most <paramref name="maxChars"/> characters.</summary>
    internal static string ShortFix(string fix, int maxChars)
    {
        var lines = fix.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var text = string.Join(" ", lines.Take(2));
        if (lines.Length > 2)
        {
            text += " ...";
        }

        return Truncate(text, maxChars);
    }

    /// <summary>Splits text into lines of at most <paramref name="width"/> characters, breaking at spaces where possible.</summary>
    internal static IEnumerable<string> Wrap(string text, int width)
    {
        width = Math.Max(10, width);
        foreach (var paragraph in text.Split('\n'))
        {
            var rest = paragraph.TrimEnd();
            while (rest.Length > width)
            {
                var cut = rest.LastIndexOf(' ', width);
                var line = cut > 0 ? rest[..cut] : rest[..width];
                yield return line.TrimEnd();
                rest = rest[line.Length..].TrimStart(' ');
            }

            yield return rest;
        }
    }

    private static string FirstLine(string text)
    {
        var nl = text.IndexOfAny(['\r', '\n']);
        return nl < 0 ? text : text[..nl];
    }

    private static string Truncate(string text, int max) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, Math.Max(1, max - 3)), "...");

    private static string Esc(string? text, bool keepNewlines = false) => Markup.Escape(TerminalText.Clean(text, keepNewlines));
}
