using System.Text.RegularExpressions;
using Pairguard.Rules.Matching;
using YamlDotNet.RepresentationModel;

namespace Pairguard.AgentContext;

/// <summary>One signal of the data file: an id, the kind of evidence it gives, a linear-time pattern, and whether it counts in agent-instruction files.</summary>
public sealed class InjectionSignal
{
    /// <summary>How every signal pattern is built: case-insensitive, linear-time.</summary>
    internal const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private readonly Lazy<Regex> _pattern;

    internal InjectionSignal(string id, string kind, string pattern, bool inInstructionFiles)
    {
        Id = id;
        Kind = kind;
        InInstructionFiles = inInstructionFiles;
        // building the linear-time engine costs milliseconds per pattern: it is done when a text first may hold a match
        _pattern = new Lazy<Regex>(() => new Regex(pattern, Options));
        Anchors = RegexLiteral.Anchors("(?i)" + pattern);
        _lowerWords = Anchors is { IgnoreCase: true } anchors ? [.. anchors.Words.Select(w => w.ToLowerInvariant())] : null;
    }

    private readonly string[]? _lowerWords;

    public string Id { get; }

    public string Kind { get; }

    /// <summary>The pattern, built on first use.</summary>
    public Regex Pattern => _pattern.Value;

    public bool InInstructionFiles { get; }

    /// <summary>Words (ASCII, found ignoring case) of which every match holds one, or null when the pattern does not tell.</summary>
    internal RegexAnchors? Anchors { get; }

    /// <summary>
    /// False when the text cannot hold a match: none of the <see cref="Anchors"/> occurs in its folded lower-cased form
    /// (<paramref name="lower"/>, made on first need and shared by the signals asked about the same text).
    /// </summary>
    internal bool MayMatch(string text, ref string? lower)
    {
        if (_lowerWords is null)
        {
            return true;
        }

        lower ??= TextOccurrences.FoldedLower(text);
        foreach (var word in _lowerWords)
        {
            if (lower.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A signal that fired in a passage: which one, and the text it matched.</summary>
public sealed record SignalHit(InjectionSignal Signal, int Index, string Text);

/// <summary>The signal set of <c>Data/injection-signals.yml</c>, compiled once with <see cref="RegexOptions.NonBacktracking"/>.</summary>
public sealed class InjectionSignals
{
    /// <summary>Resource name of the embedded signal file.</summary>
    public const string ResourceName = "Pairguard.AgentContext.Data.injection-signals.yml";

    private static readonly Lazy<InjectionSignals> BuiltIn = new(() => Parse(ReadResource(ResourceName), buildNow: false));

    private InjectionSignals(IReadOnlyList<InjectionSignal> signals)
    {
        All = signals;
    }

    /// <summary>The built-in signal set.</summary>
    public static InjectionSignals Default => BuiltIn.Value;

    /// <summary>Every signal, in file order.</summary>
    public IReadOnlyList<InjectionSignal> All { get; }

    /// <summary>Parses a signal file (YAML with a <c>signals</c> list of id/kind/pattern); throws <see cref="FormatException"/> when malformed.</summary>
    public static InjectionSignals Parse(string yaml) => Parse(yaml, buildNow: true);

    /// <summary>
    /// Parses a signal file; with <paramref name="buildNow"/> false (the built-in file, whose patterns the tests build), each pattern
    /// is only parsed here and its linear-time engine built when first needed.
    /// </summary>
    internal static InjectionSignals Parse(string yaml, bool buildNow)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var list = (YamlSequenceNode)root.Children[new YamlScalarNode("signals")];
        var signals = new List<InjectionSignal>();
        foreach (var item in list.Children.OfType<YamlMappingNode>())
        {
            string Get(string key) => item.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode { Value: { } s }
                ? s
                : throw new FormatException($"signal at line {item.Start.Line} has no '{key}'");

            var id = Get("id");
            var pattern = Get("pattern");
            var inInstructionFiles = !(item.Children.TryGetValue(new YamlScalarNode("in-instruction-files"), out var flag) && flag is YamlScalarNode { Value: "false" });
            var signal = new InjectionSignal(id, Get("kind"), pattern, inInstructionFiles);
            try
            {
                if (buildNow)
                {
                    _ = signal.Pattern;
                }
                else
                {
                    // the syntax only (cheap); the linear-time engine may still refuse a construct, which the tests would show
                    _ = new Regex(pattern, InjectionSignal.Options & ~RegexOptions.NonBacktracking, TimeSpan.FromSeconds(1));
                }
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException)
            {
                throw new FormatException($"signal {id}: invalid pattern: {e.Message}", e);
            }

            signals.Add(signal);
        }

        return new InjectionSignals(signals);
    }

    /// <summary>Every signal that fires in the text (first match of each).</summary>
    public List<SignalHit> Match(string text, CancellationToken cancellationToken = default)
    {
        var hits = new List<SignalHit>();
        string? lower = null;
        foreach (var s in All)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!s.MayMatch(text, ref lower))
            {
                continue;
            }

            foreach (Match m in s.Pattern.Matches(text))
            {
                // "Do not reveal the secret key" warns a human and "such as \"ignore previous instructions\"" quotes an attack;
                // only an unnegated, unquoted request counts.
                if (s.Kind is "extraction" or "override" or "role" && (IsNegated(text, m.Index) || IsQuoted(text, m.Index)))
                {
                    continue;
                }

                hits.Add(new SignalHit(s, m.Index, m.Value));
                break;
            }
        }

        return hits;
    }

    /// <summary>All matches of signals of one kind (used to list installed package names).</summary>
    public IEnumerable<Match> Matches(string kind, string text)
    {
        string? lower = null;
        foreach (var s in All)
        {
            if (s.Kind != kind || !s.MayMatch(text, ref lower))
            {
                continue;
            }

            foreach (Match m in s.Pattern.Matches(text))
            {
                yield return m;
            }
        }
    }

    private static bool IsQuoted(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }

        return i >= 0 && text[i] is '"' or '\u201C' or '\u2018' or '`' or '\'' or '«';
    }

    private static bool IsNegated(string text, int index)
    {
        var before = text[Math.Max(0, index - 12)..index].TrimEnd().ToLowerInvariant();
        return before.EndsWith("not", StringComparison.Ordinal) || before.EndsWith("never", StringComparison.Ordinal) || before.EndsWith("n't", StringComparison.Ordinal)
            || before.EndsWith("n’t", StringComparison.Ordinal);
    }

    internal static string ReadResource(string name)
    {
        using var stream = typeof(InjectionSignals).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException("missing embedded resource " + name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
