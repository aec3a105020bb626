using Pairguard.Scanning;

namespace Pairguard.Rules;

/// <summary>Whether a rule matches patterns (search) or follows data from sources to sinks (taint).</summary>
public enum RuleMode
{
    Search,
    Taint,
}

/// <summary>A taint propagator: data flows from the <c>From</c> metavariable to the <c>To</c> metavariable where the pattern matches.</summary>
public sealed record Propagator(Formula Formula, string From, string To);

/// <summary>A taint source, sink or sanitizer: a formula plus Semgrep's per-spec options.</summary>
public sealed record TaintSpec(Formula Formula, bool ByConstructor = false, bool NotConflicting = false);

/// <summary>The taint part of a rule.</summary>
public sealed record TaintRule(
    IReadOnlyList<TaintSpec> Sources,
    IReadOnlyList<TaintSpec> Sinks,
    IReadOnlyList<TaintSpec> Sanitizers,
    IReadOnlyList<Propagator> Propagators);

/// <summary>One rule loaded from YAML: identity, message, metadata and its match formula or taint specification.</summary>
public sealed record Rule
{
    public required string Id { get; init; }

    /// <summary>Message with <c>$X</c> placeholders for bound metavariables.</summary>
    public required string Message { get; init; }

    public required Severity Severity { get; init; }

    /// <summary>Language ids (see <see cref="Languages"/>); <c>generic</c>/<c>regex</c> rules apply to every text file.</summary>
    public required IReadOnlyList<string> Languages { get; init; }

    public RuleMode Mode { get; init; } = RuleMode.Search;

    /// <summary>Match formula of a search rule (null for taint rules).</summary>
    public Formula? Formula { get; init; }

    public TaintRule? Taint { get; init; }

    /// <summary>Metadata as scalar strings or lists, passed through to reports.</summary>
    public IReadOnlyDictionary<string, object> Metadata { get; init; } = new Dictionary<string, object>();

    /// <summary>Autofix template with <c>$X</c> placeholders.</summary>
    public string? Fix { get; init; }

    public IReadOnlyList<string> PathsInclude { get; init; } = [];

    public IReadOnlyList<string> PathsExclude { get; init; } = [];

    /// <summary>Semgrep <c>options</c> (e.g. <c>taint_assume_safe_functions</c>), as strings.</summary>
    public IReadOnlyDictionary<string, string> Options { get; init; } = new Dictionary<string, string>();

    /// <summary>File the rule was loaded from (empty for built-in text).</summary>
    public string SourcePath { get; init; } = "";

    /// <summary>Line of the rule's <c>id</c> in its file.</summary>
    public int SourceLine { get; init; }

    /// <summary>CWE numbers parsed from <c>metadata.cwe</c>.</summary>
    public IReadOnlyList<int> Cwe { get; init; } = [];

    /// <summary>OWASP category from <c>metadata.owasp</c> (first entry).</summary>
    public string? Owasp { get; init; }

    public Confidence Confidence { get; init; } = Confidence.Medium;

    /// <summary>Short title (<c>metadata.title</c>, else derived from the id).</summary>
    public string Title { get; init; } = "";
}

/// <summary>A problem found while loading a rule file; the rule is skipped, the others load.</summary>
public sealed record RuleLoadError(string Path, int Line, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}:{Line}: {Message}";
}
