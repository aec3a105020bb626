namespace Pairguard.Configuration;

/// <summary>A configuration, baseline or rule file is invalid; the message names the file, line and key.</summary>
public sealed class ConfigException : Exception
{
    public ConfigException(string message)
        : base(message)
    {
    }

    public ConfigException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Builds the standard "file:line: message" form.</summary>
    public static ConfigException At(string file, long line, string message) => new($"{file}:{line}: {message}");
}
