using System.Collections.Concurrent;
using System.Diagnostics;
using Pairguard.Configuration;

namespace Pairguard.Scanning;

/// <summary>Runs a scan: discovery, analyzers in parallel with per-file budgets, configuration, suppressions, baseline.</summary>
public sealed class Scanner
{
    private readonly IReadOnlyList<IAnalyzer>? _analyzers;

    /// <param name="analyzers">The analyzers to run; null for the built-in catalog built from each request.</param>
    public Scanner(IEnumerable<IAnalyzer>? analyzers = null)
    {
        _analyzers = analyzers?.ToList();
    }

    /// <summary>Scans what the request names; never throws for a bad file (those become diagnostics).</summary>
    public async Task<ScanResult> ScanAsync(ScanRequest request, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new ConcurrentBag<Diagnostic>();
        var discoveryDiagnostics = new List<Diagnostic>();
        var files = request.ExplicitFiles ?? new Workspace(request).Discover(discoveryDiagnostics);
        foreach (var d in discoveryDiagnostics)
        {
            diagnostics.Add(d);
        }

        var catalogDiagnostics = new List<Diagnostic>();
        var analyzers = _analyzers ?? AnalyzerCatalog.Create(request, catalogDiagnostics);
        foreach (var d in catalogDiagnostics)
        {
            diagnostics.Add(d);
        }

        var active = analyzers.Where(a => request.Config.IsAnalyzerEnabled(a.Id)).ToList();
        var fileAnalyzers = active.OfType<IFileAnalyzer>().ToList();
        var projectAnalyzers = active.OfType<IProjectAnalyzer>().ToList();

        var findings = new ConcurrentBag<Finding>();
        var directives = new ConcurrentDictionary<string, IReadOnlyList<SuppressionDirective>>(StringComparer.Ordinal);
        var lineSources = new ConcurrentDictionary<string, SourceFile>(StringComparer.Ordinal);
        var analyzed = 0;
        long bytes = 0;

        var project = new ProjectFiles(files, f => FileLoader.Load(f, request.MaxFileSize, new List<Diagnostic>()));
        var projectTask = RunProjectAnalyzersAsync(request, projectAnalyzers, files, findings, diagnostics, cancellationToken);

        await Parallel.ForEachAsync(
            files.OrderByDescending(f => f.SizeBytes),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, request.Jobs), CancellationToken = cancellationToken },
            async (file, ct) =>
            {
                var local = new List<Diagnostic>();
                var source = FileLoader.Load(file, request.MaxFileSize, local);
                foreach (var d in local)
                {
                    diagnostics.Add(d);
                }

                if (source is null)
                {
                    return;
                }

                Interlocked.Increment(ref analyzed);
                Interlocked.Add(ref bytes, source.SizeBytes);
                if (source.HadInvalidBytes)
                {
                    diagnostics.Add(new Diagnostic(DiagnosticKind.Warning, source.RelativePath, "invalid UTF-8 byte sequences were replaced while decoding"));
                }

                var found = InlineSuppressions.Find(source);
                if (found.Count > 0)
                {
                    directives[source.RelativePath] = found;
                }

                var produced = await AnalyzeFileAsync(source, fileAnalyzers, request, project, diagnostics, ct).ConfigureAwait(false);
                if (produced.Count > 0 || found.Count > 0)
                {
                    lineSources[source.RelativePath] = source;
                }

                foreach (var f in produced)
                {
                    findings.Add(f);
                }
            }).ConfigureAwait(false);

        await projectTask.ConfigureAwait(false);

        var all = ApplyConfiguration(findings, request.Config);
        all = all.Select(f => f.Snippet is null && lineSources.TryGetValue(f.Location.Path, out var src) ? f with { Snippet = ExcerptOf(src, f.Location) }
            : f.Snippet is not null && f.Analyzer != Secrets.SecretsAnalyzer.AnalyzerId ? f with { Snippet = Secrets.SecretRedactor.Redact(f.Snippet) } : f).ToList();
        var fingerprinted = Fingerprint.Assign(all, f => f.Snippet ?? f.Message);
        var final = ApplySuppressions(fingerprinted, directives, request, lineSources);
        if (request.Baseline is { } baseline)
        {
            final = final.Select(f => f.Suppression is null && baseline.Contains(f.Fingerprint)
                ? f with { Suppression = new Suppression(Suppression.Baseline, "accepted in the baseline") }
                : f).ToList();
        }

        var rules = active.SelectMany(a => a.Rules).Concat(ScannerRules.All)
            .DistinctBy(r => r.Id).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();

        var diagList = diagnostics
            .OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Kind).ThenBy(d => d.Analyzer, StringComparer.Ordinal).ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
        var skipped = diagList.Where(d => d.Kind is DiagnosticKind.Skipped or DiagnosticKind.ReadError).Select(d => d.Path).Distinct().Count();

        return new ScanResult
        {
            Findings = Sort(final),
            Diagnostics = diagList,
            Rules = rules,
            BaseDirectory = Path.GetFullPath(request.BaseDirectory),
            Stats = new ScanStats
            {
                FilesDiscovered = files.Count,
                FilesAnalyzed = analyzed,
                FilesSkipped = skipped,
                BytesAnalyzed = bytes,
                Duration = clock.Elapsed,
            },
        };
    }

    /// <summary>Deterministic order: path, line, column, rule id, fingerprint.</summary>
    public static IReadOnlyList<Finding> Sort(IEnumerable<Finding> findings) => findings
        .OrderBy(f => f.Location.Path, StringComparer.Ordinal)
        .ThenBy(f => f.Location.StartLine)
        .ThenBy(f => f.Location.StartColumn)
        .ThenBy(f => f.RuleId, StringComparer.Ordinal)
        .ThenBy(f => f.Fingerprint, StringComparer.Ordinal)
        .ToList();

    private static async Task<List<Finding>> AnalyzeFileAsync(SourceFile source, List<IFileAnalyzer> analyzers, ScanRequest request, ProjectFiles project, ConcurrentBag<Diagnostic> diagnostics, CancellationToken ct)
    {
        var results = new List<Finding>();
        var applicable = analyzers.Where(a => SafeAppliesTo(a, source, diagnostics)).ToList();
        if (applicable.Count == 0)
        {
            return results;
        }

        using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct);
        budget.CancelAfter(request.PerFileTimeout);
        foreach (var analyzer in applicable)
        {
            if (budget.IsCancellationRequested)
            {
                diagnostics.Add(new Diagnostic(DiagnosticKind.Timeout, source.RelativePath, $"per-file time budget ({request.PerFileTimeout.TotalSeconds:0.#} s) exhausted before this analyzer ran", analyzer.Id));
                continue;
            }

            var context = new FileAnalysisContext(request, budget.Token) { Project = project };
            var work = Task.Run(() => analyzer.Analyze(source, context), CancellationToken.None);
            try
            {
                // A grace period lets a cooperative analyzer notice the cancellation; one that does not is abandoned.
                await work.WaitAsync(request.PerFileTimeout + TimeSpan.FromSeconds(1), ct).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                diagnostics.Add(new Diagnostic(DiagnosticKind.Timeout, source.RelativePath, $"analysis abandoned after {request.PerFileTimeout.TotalSeconds:0.#} s", analyzer.Id));
                continue;
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                diagnostics.Add(new Diagnostic(DiagnosticKind.Timeout, source.RelativePath, $"analysis cancelled after the per-file budget of {request.PerFileTimeout.TotalSeconds:0.#} s", analyzer.Id));
                continue;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                diagnostics.Add(new Diagnostic(DiagnosticKind.AnalyzerError, source.RelativePath, $"{e.GetType().Name}: {e.Message}", analyzer.Id));
                continue;
            }

            foreach (var d in context.Diagnostics)
            {
                diagnostics.Add(d);
            }

            results.AddRange(context.Findings);
        }

        return results;
    }

    private static bool SafeAppliesTo(IFileAnalyzer analyzer, SourceFile source, ConcurrentBag<Diagnostic> diagnostics)
    {
        try
        {
            return analyzer.AppliesTo(source);
        }
        catch (Exception e)
        {
            diagnostics.Add(new Diagnostic(DiagnosticKind.AnalyzerError, source.RelativePath, $"{e.GetType().Name}: {e.Message}", analyzer.Id));
            return false;
        }
    }

    private static async Task RunProjectAnalyzersAsync(ScanRequest request, List<IProjectAnalyzer> analyzers, IReadOnlyList<WorkspaceFile> files, ConcurrentBag<Finding> findings, ConcurrentBag<Diagnostic> diagnostics, CancellationToken ct)
    {
        foreach (var analyzer in analyzers)
        {
            var context = new ProjectAnalysisContext(
                request,
                files,
                f =>
                {
                    var local = new List<Diagnostic>();
                    var s = FileLoader.Load(f, request.MaxFileSize, local);
                    return s;
                },
                ct);
            try
            {
                await Task.Run(() => analyzer.AnalyzeAsync(context), ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                diagnostics.Add(new Diagnostic(DiagnosticKind.AnalyzerError, "", $"{e.GetType().Name}: {e.Message}", analyzer.Id));
            }

            foreach (var f in context.Findings)
            {
                findings.Add(f);
            }

            foreach (var d in context.Diagnostics)
            {
                diagnostics.Add(d);
            }
        }
    }

    private static List<Finding> ApplyConfiguration(IEnumerable<Finding> findings, PairguardConfig config)
    {
        var result = new List<Finding>();
        foreach (var f in findings)
        {
            var setting = config.RuleSettingFor(f.RuleId);
            if (setting is { Enabled: false })
            {
                continue;
            }

            result.Add(setting?.Severity is { } sev ? f with { Severity = sev } : f);
        }

        return result;
    }

    private static List<Finding> ApplySuppressions(IReadOnlyList<Finding> findings, ConcurrentDictionary<string, IReadOnlyList<SuppressionDirective>> directives, ScanRequest request, ConcurrentDictionary<string, SourceFile> sources)
    {
        var used = new HashSet<SuppressionDirective>();
        var result = new List<Finding>(findings.Count);
        foreach (var f in findings)
        {
            if (directives.TryGetValue(f.Location.Path, out var list)
                && list.FirstOrDefault(d => d.AppliesToLine(f.Location.StartLine) && d.Covers(f.RuleId)) is { } directive)
            {
                used.Add(directive);
                result.Add(f with { Suppression = new Suppression(Suppression.InSource, directive.Reason, new Location(directive.Path, directive.Line, directive.Column, directive.Line, directive.Column)) });
            }
            else
            {
                result.Add(f);
            }
        }

        var meta = new List<Finding?>();
        foreach (var directive in directives.Values.SelectMany(d => d))
        {
            var location = new Location(directive.Path, directive.Line, directive.Column, directive.Line, directive.Column);
            var snippet = sources.TryGetValue(directive.Path, out var src) ? src.Lines.LineText(directive.Line).Trim() : null;
            var ids = string.Join(", ", directive.RuleIds);
            if (directive.Reason is null)
            {
                meta.Add(Meta(ScannerRules.MissingReason, location, snippet, $"Suppression of [{ids}] gives no reason; add one after a colon: pairguard-ignore[{ids}]: <why this is safe>.", request.Config));
            }

            if (request.ReportUnusedSuppressions && !used.Contains(directive))
            {
                meta.Add(Meta(ScannerRules.Unused, location, snippet, $"Suppression of [{ids}] matches no finding on this line or the next; remove it or fix the rule id.", request.Config));
            }
        }

        return result.Concat(Fingerprint.Assign(meta.Where(m => m is not null).Select(m => m!), f => f.Snippet)).ToList();
    }

    private static Finding? Meta(RuleDescriptor rule, Location location, string? snippet, string message, PairguardConfig config)
    {
        var setting = config.RuleSettingFor(rule.Id);
        if (setting is { Enabled: false })
        {
            return null;
        }

        return new Finding
        {
            RuleId = rule.Id,
            Title = rule.Title,
            Message = message,
            Severity = setting?.Severity ?? rule.Severity,
            Confidence = rule.Confidence,
            Analyzer = rule.Analyzer,
            Location = location,
            Snippet = snippet,
            Fix = rule.HelpMarkdown,
        };
    }

    private static string ExcerptOf(SourceFile source, Location location)
    {
        var last = Math.Min(location.EndLine, location.StartLine + 4);
        var lines = new List<string>();
        for (var l = location.StartLine; l <= last; l++)
        {
            lines.Add(Secrets.SecretRedactor.Redact(source.Lines.LineText(l)));
        }

        return string.Join('\n', lines);
    }
}
