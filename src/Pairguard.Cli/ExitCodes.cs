namespace Pairguard.Cli;

/// <summary>The process exit codes of every <c>pairguard</c> command.</summary>
public static class ExitCodes
{
    /// <summary>Nothing at or above the failure threshold.</summary>
    public const int Ok = 0;

    /// <summary>Findings at or above the failure threshold.</summary>
    public const int Findings = 1;

    /// <summary>Usage, configuration or input error (one-line reason on stderr).</summary>
    public const int UsageError = 2;

    /// <summary>Internal error: a bug in Pairguard.</summary>
    public const int InternalError = 3;
}

/// <summary>A usage, configuration or input problem that ends the run with exit code 2 and a one-line message.</summary>
public sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }
}
