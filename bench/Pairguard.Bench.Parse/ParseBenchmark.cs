namespace Pairguard.Bench.Parse;

/// <summary>Placeholder.</summary>
internal static class ParseBenchmark
{
    public static int Run(string[] args) => 0;
}
