using System.Globalization;
using Pairguard.Scanning;
using Spectre.Console;

namespace Pairguard.Reporting;

/// <summary>The summary part of the text report: counts by severity, and files that were skipped or failed.</summary>
internal static class TextSummary
{
    public static void WriteSummary(IAnsiConsole console, ScanResult result, ReportOptions options)
    {
        var counts = ReportCounts.From(result.Findings);
        var table = new Table { Border = TableBorder.Rounded, Title = new TableTitle("Summary") };
        table.AddColumn("Severity");
        table.AddColumn(new TableColumn("Active").RightAligned());
        table.AddColumn(new TableColumn("Suppressed").RightAligned());
        table.AddColumn(new TableColumn("Baselined").RightAligned());
        foreach (var severity in ReportCounts.SeveritiesWorstFirst)
        {
            var i = (int)severity;
            table.AddRow(
                TextReporter.Badge(severity, options.Color),
                Num(counts.ActiveBySeverity[i]),
                Num(counts.SuppressedBySeverity[i]),
                Num(counts.BaselinedBySeverity[i]));
        }

        table.AddRow("[bold]Total[/]", $"[bold]{Num(counts.Active)}[/]", Num(counts.Suppressed), Num(counts.Baselined));
        console.Write(table);

        var s = result.Stats;
        var files = result.Findings.Where(f => f.Suppression is null).Select(f => f.Location.Path).Distinct(StringComparer.Ordinal).Count();
        var headline = counts.Active == 0
            ? "[green]No active findings.[/]"
            : $"[bold]{Num(counts.Active)} active finding{Plural(counts.Active)}[/] in {Num(files)} file{Plural(files)}.";
        console.MarkupLine($"{headline} {Num(s.FilesAnalyzed)} file{Plural(s.FilesAnalyzed)} analyzed, {Num(s.FilesSkipped)} skipped.");
    }

    /// <summary>Counts of diagnostics by kind and reason; with <paramref name="detailed"/>, the first few paths of each group.</summary>
    public static void WriteDiagnostics(IAnsiConsole console, IReadOnlyList<Diagnostic> diagnostics, int maxPaths, bool detailed)
    {
        if (diagnostics.Count == 0)
        {
            return;
        }

        if (!detailed)
        {
            console.MarkupLine($"[yellow]{Num(diagnostics.Count)} file diagnostic{Plural(diagnostics.Count)}[/] (skipped or not fully analyzed files); run without --quiet for details.");
            return;
        }

        console.MarkupLine("[bold]Files not (fully) analyzed[/]");
        var groups = diagnostics
            .GroupBy(d => (d.Kind, Reason: ReasonOf(d.Message)))
            .OrderBy(g => g.Key.Kind)
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key.Reason, StringComparer.Ordinal);
        foreach (var g in groups)
        {
            var paths = g.Select(d => d.Path.Length == 0 ? "(project)" : d.Path).Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal).ToList();
            console.MarkupLine($"  [yellow]{Num(g.Count())}[/] {Markup.Escape(KindName(g.Key.Kind))}: {Esc(g.Key.Reason)}");
            foreach (var p in paths.Take(Math.Max(0, maxPaths)))
            {
                console.MarkupLine($"      [dim]{Esc(p)}[/]");
            }

            if (paths.Count > maxPaths)
            {
                console.MarkupLine($"      [dim]... and {Num(paths.Count - maxPaths)} more[/]");
            }
        }

        console.WriteLine();
    }

    /// <summary>A diagnostic message without its file-specific details (sizes, exception text): the part before " (" or ":".</summary>
    internal static string ReasonOf(string message)
    {
        var cut = message.Length;
        var paren = message.IndexOf(" (", StringComparison.Ordinal);
        var colon = message.IndexOf(':', StringComparison.Ordinal);
        if (paren > 0)
        {
            cut = paren;
        }

        if (colon > 0 && colon < cut)
        {
            cut = colon;
        }

        return message[..cut].Trim();
    }

    internal static string KindName(DiagnosticKind kind) => kind switch
    {
        DiagnosticKind.Skipped => "skipped",
        DiagnosticKind.ReadError => "read error",
        DiagnosticKind.Timeout => "timeout",
        DiagnosticKind.AnalyzerError => "analyzer error",
        _ => "warning",
    };

    private static string Num(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Plural(int n) => n == 1 ? "" : "s";

    private static string Esc(string text) => Markup.Escape(TerminalText.Clean(text));
}
