namespace Pairguard.Syntax;

/// <summary>Limits of one parse: a size cap and a deadline.</summary>
public sealed record ParseOptions
{
    /// <summary>Default size cap: larger texts (bundles, generated code) are not parsed.</summary>
    public const int DefaultMaxBytes = 1024 * 1024;

    /// <summary>Default deadline of one parse.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(2);

    /// <summary>The defaults.</summary>
    public static ParseOptions Default { get; } = new();

    /// <summary>Texts of more UTF-8 bytes than this are not parsed (<see cref="ParseStatus.TooLarge"/>).</summary>
    public int MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>Wall-clock budget of the parse; past it the parse is cancelled (<see cref="ParseStatus.TimedOut"/>).
    /// <see cref="Timeout.InfiniteTimeSpan"/> disables it.</summary>
    public TimeSpan Timeout { get; init; } = DefaultTimeout;
}
