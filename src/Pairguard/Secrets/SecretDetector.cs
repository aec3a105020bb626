using System.Text.RegularExpressions;
using Pairguard.Scanning;

namespace Pairguard.Secrets;

/// <summary>How a detector recognises a secret, which decides which detector wins when several match the same value.</summary>
public enum DetectorKind
{
    /// <summary>A catch-all: a literal assigned to a secret-looking name, scored by entropy.</summary>
    Generic = 0,

    /// <summary>A provider's value recognised by the name or keyword before it (no distinctive prefix).</summary>
    Context = 1,

    /// <summary>A value whose own structure names the provider (prefix, fixed shape).</summary>
    Prefixed = 2,
}

/// <summary>Where a detector's regex runs: around keyword hits on their lines, or over the whole file (multi-line secrets).</summary>
public enum DetectorScope
{
    Line,
    File,
}

/// <summary>One secret detector loaded from <c>rules/secrets/*.yaml</c>: keywords, a linear-time regex and the checks on its capture.</summary>
public sealed class SecretDetector
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Description { get; init; }

    public required string Provider { get; init; }

    /// <summary>Words of which one must appear (case-insensitively) for the regex to run.</summary>
    public required IReadOnlyList<string> Keywords { get; init; }

    /// <summary>Options every detector regex is compiled with: linear time, culture-invariant.</summary>
    public const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    private Regex? _regex;

    /// <summary>The compiled pattern (always <see cref="RegexOptions.NonBacktracking"/>), built on first use: start-up stays cheap when a file needs few detectors.</summary>
    public Regex Regex
    {
        get
        {
            if (_regex is null)
            {
                Interlocked.CompareExchange(ref _regex, new Regex(Pattern, Options), null);
            }

            return _regex;
        }

        init => _regex = value;
    }

    /// <summary>The pattern source text, as written in the YAML file.</summary>
    public required string Pattern { get; init; }

    /// <summary>Capture group number holding the secret (0 = the whole match).</summary>
    public int Group { get; init; } = 1;

    /// <summary>Minimum Shannon entropy (bits per character) of the secret without its known prefix.</summary>
    public double MinEntropy { get; init; }

    public Severity Severity { get; init; } = Severity.High;

    public Confidence Confidence { get; init; } = Confidence.High;

    /// <summary>Name of a C# validator (see <see cref="Validators.SecretValidators"/>), or null.</summary>
    public string? Validator { get; init; }

    public DetectorKind Kind { get; init; } = DetectorKind.Prefixed;

    public DetectorScope Scope { get; init; } = DetectorScope.Line;

    /// <summary>Languages the detector is limited to (empty: every file).</summary>
    public IReadOnlySet<string> Languages { get; init; } = new HashSet<string>();

    /// <summary>How many leading characters of the secret a redacted display may show (never more than a third).</summary>
    public int Reveal { get; init; } = 4;

    /// <summary>Tie-breaker between detectors of the same kind matching the same value (higher wins).</summary>
    public int Priority { get; init; }

    /// <summary>Whether the placeholder filter applies (off for long encoded blocks such as private keys).</summary>
    public bool CheckPlaceholders { get; init; } = true;

    /// <summary>The descriptor reported for this detector (CWE-798, OWASP A07).</summary>
    public required RuleDescriptor Rule { get; init; }

    /// <summary>Sets an already compiled regex (null: compile lazily).</summary>
    internal SecretDetector WithRegex(Regex? regex)
    {
        if (regex is not null)
        {
            _regex = regex;
        }

        return this;
    }

    /// <summary>True when this detector may run on a file of the given language.</summary>
    public bool AppliesToLanguage(string? language) => Languages.Count == 0 || (language is not null && Languages.Contains(language));
}
