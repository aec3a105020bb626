namespace Pairguard.Cli;

/// <summary>Decides whether output may use colour: never with NO_COLOR, --no-color, a redirected stream or a non-console writer.</summary>
public static class Terminal
{
    /// <summary>True when ANSI colour may be written to <paramref name="writer"/>.</summary>
    public static bool UseColor(TextWriter writer, bool noColorFlag)
    {
        if (noColorFlag || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")))
        {
            return false;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal))
        {
            return false;
        }

        return ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;
    }

    /// <summary>Console width when writing to an interactive console; null otherwise.</summary>
    public static int? Width(TextWriter writer)
    {
        if (!ReferenceEquals(writer, Console.Out) || Console.IsOutputRedirected)
        {
            return null;
        }

        try
        {
            return Console.WindowWidth > 20 ? Console.WindowWidth : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
