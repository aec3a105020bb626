using System.Text;
using Pairguard.Scanning;

namespace Pairguard.AgentContext;

/// <summary>
/// Finds prompt injection in the files coding agents read: instructions aimed at the model, chat-template markers, hidden or encoded
/// instructions, harmful payloads and look-alike characters. Code comments come from an optional <see cref="ITextSegmentProvider"/>.
/// </summary>
public sealed class InjectionAnalyzer : IFileAnalyzer
{
    private static readonly string[] ManifestNames =
        ["requirements.txt", "pipfile", "setup.py", "setup.cfg", "go.mod", "cargo.toml", "gemfile", "composer.json", "directory.packages.props"];

    private readonly ITextSegmentProvider? _codeText;
    private readonly InjectionSignals _signals;

    /// <summary>Creates the analyzer; <paramref name="codeText"/> supplies comments and docstrings of code files when available.</summary>
    public InjectionAnalyzer(ITextSegmentProvider? codeText = null, InjectionSignals? signals = null)
    {
        _codeText = codeText;
        _signals = signals ?? InjectionSignals.Default;
    }

    public string Id => AgentRules.InjectionAnalyzerId;

    public IReadOnlyList<RuleDescriptor> Rules => AgentRules.InjectionRules;

    public bool AppliesTo(SourceFile file) =>
        AgentFiles.Classify(file.RelativePath) != AgentFileKind.None || IsManifest(file) || _codeText?.Supports(file) == true;

    public void Analyze(SourceFile file, FileAnalysisContext context) =>
        Scan(file, AgentFiles.Classify(file.RelativePath), _signals, _codeText, context.Report, context.CancellationToken);

    /// <summary>Scans one file of a known kind and reports findings (shared with the dependency-docs analyzer).</summary>
    public static void Scan(SourceFile file, AgentFileKind kind, InjectionSignals signals, ITextSegmentProvider? codeText, Action<Finding> report, CancellationToken ct)
    {
        var segments = kind switch
        {
            AgentFileKind.Documentation or AgentFileKind.AgentInstructions or AgentFileKind.PythonMetadata => DocumentSegmenter.Split(file.Text, ct),
            AgentFileKind.PackageJson => MetadataSegments.FromPackageJson(file.Text).ToList(),
            AgentFileKind.PyProject => MetadataSegments.FromPyProject(file.Text).ToList(),
            AgentFileKind.None when codeText?.Supports(file) == true => codeText.Segments(file, ct).ToList(),
            _ => [],
        };

        var judgedKind = kind is AgentFileKind.PythonMetadata or AgentFileKind.PackageJson or AgentFileKind.PyProject or AgentFileKind.None ? AgentFileKind.Documentation : kind;

        // The statistical model judges documents and metadata only: agent instruction files are meant to instruct, and code comments are not in its training data.
        var model = kind is AgentFileKind.None or AgentFileKind.AgentInstructions ? null : InjectionModel.Default;
        DocumentWords? words = null;
        var reported = new List<TextSegment>();
        var modelled = new List<(TextSegment Passage, InjectionVerdict Verdict)>();
        foreach (var judged in Judged(file.Text, segments))
        {
            ct.ThrowIfCancellationRequested();
            if (InjectionAssessor.Assess(judged, judgedKind, signals, ct) is { } verdict)
            {
                report(ToFinding(file, judged, verdict));
                reported.Add(judged);
            }
            else if (model is not null && ModelJudges(judged) && model.Best(judged, words ??= DocumentWords.Of(file.Text), ct) is { } score && score.Probability >= model.Threshold)
            {
                modelled.Add((judged, ModelVerdict(judged, score)));
            }
        }

        // One finding per passage: the model's only where no keyword rule already reported the text (an introduction and its code block).
        foreach (var (passage, verdict) in modelled.Where(m => !reported.Any(r => r.Start < m.Passage.End && m.Passage.Start < r.End)))
        {
            report(ToFinding(file, passage, verdict));
        }

        if (kind != AgentFileKind.None || IsManifest(file))
        {
            foreach (var word in Confusables.Find(file.Text, ct))
            {
                if (ToFinding(file, word, kind) is { } finding)
                {
                    report(finding);
                }
            }
        }
    }

    /// <summary>The passages to judge: the segments, with a code block joined to the sentence that introduces it ("Add this to your code:").</summary>
    public static IEnumerable<TextSegment> Judged(string fileText, IEnumerable<TextSegment> segments)
    {
        TextSegment? previous = null;
        foreach (var segment in segments)
        {
            var judged = segment;
            if (segment.Kind == SegmentKind.Code && previous is { Kind: SegmentKind.Prose } intro && intro.Text.TrimEnd().EndsWith(':') && string.IsNullOrWhiteSpace(fileText[intro.End..segment.Start]))
            {
                judged = segment with { Start = intro.Start, Text = intro.Text + "\n" + segment.Text, Detail = InjectionAssessor.IntroducedCode };
            }

            yield return judged;
            if (segment.Kind is SegmentKind.Prose or SegmentKind.Code)
            {
                previous = segment;
            }
        }
    }

    /// <summary>True for the passages the injection model scores: everything but plain code blocks and code comments.</summary>
    public static bool ModelJudges(TextSegment segment) =>
        segment.Kind is not (SegmentKind.Code or SegmentKind.CodeComment) || segment.Detail == InjectionAssessor.IntroducedCode;

    private static InjectionVerdict ModelVerdict(TextSegment segment, InjectionModelScore score)
    {
        var evidence = score.Evidence.Select(e => $"{InjectionFeatures.Describe(e.Feature)} +{e.Contribution.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}");
        var signal = $"model(p={score.Probability.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}: {string.Join(", ", evidence)})";
        var hidden = segment.ConcealmentWeight >= 2;
        return new InjectionVerdict(
            AgentRules.LikelyInjection,
            hidden ? Severity.High : Severity.Medium,
            score.Probability >= 0.95 ? Confidence.Medium : Confidence.Low,
            [signal],
            $"reads like an instruction to an AI model (the sentence \"{Truncate(OneLine(score.Sentence), 160)}\")",
            [],
            0);
    }

    private static bool IsManifest(SourceFile file)
    {
        var name = file.FileName.ToLowerInvariant();
        return ManifestNames.Contains(name) || (name.StartsWith("requirements", StringComparison.Ordinal) && name.EndsWith(".txt", StringComparison.Ordinal))
            || name.EndsWith(".csproj", StringComparison.Ordinal);
    }

    private static Finding ToFinding(SourceFile file, TextSegment segment, InjectionVerdict verdict)
    {
        var where = segment.Kind switch
        {
            SegmentKind.HtmlComment => "Text in an HTML comment (invisible when rendered)",
            SegmentKind.Details => "Text in a collapsed <details> block",
            SegmentKind.HiddenHtml => $"Text in invisible HTML ({segment.Detail})",
            SegmentKind.FarRight => $"Text pushed out of view ({segment.Detail})",
            SegmentKind.Encoded => $"Text hidden as {segment.Detail}",
            SegmentKind.TagCharacters => "Text written in invisible Unicode tag characters",
            SegmentKind.CodeComment => "A code comment",
            SegmentKind.Metadata => $"The {segment.Detail}",
            _ => "This text",
        };

        var message = new StringBuilder($"{where} {verdict.Description}. Signals: {string.Join(", ", verdict.Signals)}.");
        var properties = new Dictionary<string, string>
        {
            ["signals"] = string.Join(",", verdict.Signals),
            ["score"] = verdict.Score.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (segment.Kind is SegmentKind.Encoded or SegmentKind.TagCharacters)
        {
            message.Append($" Decoded text: \"{Truncate(OneLine(segment.Text), 400)}\"");
            properties["decoded"] = segment.Text;
        }
        else if (segment.ConcealmentWeight > 0)
        {
            message.Append($" Hidden text: \"{Truncate(OneLine(segment.Text), 300)}\"");
        }

        if (verdict.Packages.Count > 0)
        {
            properties["packages"] = string.Join(",", verdict.Packages);
        }

        var location = file.LocationOf(segment.Start, segment.End);
        return AgentRules.Make(
            verdict.Rule,
            location,
            message.ToString(),
            verdict.Severity,
            verdict.Confidence,
            Excerpt(file, location),
            properties,
            Fix(verdict.Rule));
    }

    private static Finding? ToFinding(SourceFile file, ConfusableWord word, AgentFileKind kind)
    {
        var lineStart = file.Text.LastIndexOf('\n', Math.Max(0, word.Start - 1)) + 1;
        var before = file.Text[lineStart..word.Start];
        var token = before[(before.LastIndexOfAny([' ', '\t', '(', '[', '"', '\'', '`', '<']) + 1)..];
        var inUrl = token.Contains("://", StringComparison.Ordinal) || token.Contains('@') || token.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
        var inManifest = kind is AgentFileKind.PackageJson or AgentFileKind.PyProject || IsManifest(file);
        if (!word.Interleaved && !inUrl && !inManifest)
        {
            return null;
        }

        var what = inUrl ? "host name or URL" : inManifest ? "package name or manifest value" : "word";
        var location = file.LocationOf(word.Start, word.Start + word.Word.Length);
        return AgentRules.Make(
            AgentRules.ConfusableCharacters,
            location,
            $"The {what} '{word.Word}' mixes Latin and look-alike letters ({word.Explanation}): it reads as '{word.Skeleton}' but is a different string.",
            inUrl || inManifest ? Severity.High : Severity.Medium,
            Confidence.High,
            Excerpt(file, location),
            new Dictionary<string, string> { ["skeleton"] = word.Skeleton },
            "Retype the word with Latin letters only; if the other script is intended, write the whole word in it.");
    }

    private static string Fix(RuleDescriptor rule) => rule.Id switch
    {
        var id when id.StartsWith("agent.hidden.", StringComparison.Ordinal) =>
            "Remove the hidden text. Content that agents read must be visible to reviewers and must not give the agent orders; if the text is legitimate, write it visibly as documentation for humans.",
        var id when id.StartsWith("agent.payload.", StringComparison.Ordinal) =>
            "Remove the instruction. Documentation must not tell an AI model to run commands, send data, disable checks or install packages; describe steps for humans instead.",
        _ => "Remove or rephrase the text so that it documents the project for humans instead of instructing an AI model.",
    };

    /// <summary>The source lines of a location (at most five, each at most 300 characters), invisible characters escaped.</summary>
    public static string Excerpt(SourceFile file, Location location)
    {
        var lines = new List<string>();
        for (var l = location.StartLine; l <= Math.Min(location.EndLine, location.StartLine + 4); l++)
        {
            lines.Add(Truncate(Visible(file.Lines.LineText(l)), 300));
        }

        return string.Join('\n', lines);
    }

    private static string Visible(string line)
    {
        var sb = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (char.IsHighSurrogate(c) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]))
            {
                var cp = char.ConvertToUtf32(c, line[i + 1]);
                sb.Append(cp is >= 0xE0000 and <= 0xE007F ? $"\\u{{{cp:X}}}" : line.Substring(i, 2));
                i++;
            }
            else if (c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF')
            {
                sb.Append($"\\u{{{(int)c:X4}}}");
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static string OneLine(string s) => string.Join(' ', s.Split(['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max] + "…";
}
