using Pairguard.Configuration;
using Pairguard.Scanning;

namespace Pairguard.Tests.Support;

/// <summary>Shortcuts for running the scanner in tests.</summary>
public static class Scans
{
    public static ScanRequest Request(string root, PairguardConfig? config = null) => new()
    {
        Paths = [root],
        BaseDirectory = root,
        Config = config ?? PairguardConfig.Empty,
        Jobs = 2,
    };

    public static Task<ScanResult> Run(string root, params IAnalyzer[] analyzers) =>
        new Scanner(analyzers).ScanAsync(Request(root));

    public static Task<ScanResult> Run(ScanRequest request, params IAnalyzer[] analyzers) =>
        new Scanner(analyzers).ScanAsync(request);
}
