namespace Pairguard.Bench.Parse;

/// <summary>Entry point: <c>LANG=DIR ...</c> runs the parse benchmark, <c>leak N [modes]</c> the native heap probe.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length >= 2 && args[0] == "leak")
        {
            return LeakProbe.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args.Length > 2 ? args[2] : "eaqf");
        }

        return ParseBenchmark.Run(args);
    }
}
