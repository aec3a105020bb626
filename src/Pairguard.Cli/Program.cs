namespace Pairguard.Cli;

/// <summary>Entry point of the <c>pairguard</c> command.</summary>
public static class Program
{
    public static int Main(string[] args) => 0;
}
