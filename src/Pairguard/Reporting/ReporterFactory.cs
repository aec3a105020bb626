namespace Pairguard.Reporting;

/// <summary>Finds the reporter of a format name given to <c>--format</c>.</summary>
public static class ReporterFactory
{
    private static readonly IReadOnlyList<Func<IReporter>> Factories =
    [
        () => new TextReporter(),
        () => new JsonReporter(),
        () => new SarifReporter(),
    ];

    /// <summary>Names of every supported format, in the order they are documented.</summary>
    public static IReadOnlyList<string> Formats { get; } = Factories.Select(f => f().Format).ToList();

    /// <summary>The reporter for <paramref name="format"/> (case-insensitive).</summary>
    /// <exception cref="ArgumentException">Unknown format; the message lists the supported ones.</exception>
    public static IReporter Create(string format)
    {
        if (TryCreate(format, out var reporter))
        {
            return reporter;
        }

        throw new ArgumentException($"unknown output format '{format}'; supported formats: {string.Join(", ", Formats)}", nameof(format));
    }

    /// <summary>The reporter for <paramref name="format"/> (case-insensitive), or false when the format is unknown.</summary>
    public static bool TryCreate(string? format, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IReporter? reporter)
    {
        var name = format?.Trim();
        foreach (var factory in Factories)
        {
            var candidate = factory();
            if (string.Equals(candidate.Format, name, StringComparison.OrdinalIgnoreCase))
            {
                reporter = candidate;
                return true;
            }
        }

        reporter = null;
        return false;
    }
}
