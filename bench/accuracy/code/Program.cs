using Pairguard.Scanning;

// Scores Pairguard's code rules on external labelled suites kept outside the repository (never committed).
//   juliet --language csharp|java --suite DIR [--rules-only DIR] [--misses FILE]
//   securityeval --suite DIR [--rules-only DIR] [--misses FILE]
// See docs/accuracy.md ("Code rules") for the commands and the results.
if (args.Length < 1 || args[0] is not ("juliet" or "securityeval"))
{
    Console.Error.WriteLine("usage: CodeAccuracy juliet --language csharp|java --suite DIR [--rules-only DIR] [--misses FILE]");
    Console.Error.WriteLine("       CodeAccuracy securityeval --suite DIR [--rules-only DIR] [--misses FILE]");
    return 2;
}

var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 1; i + 1 < args.Length; i += 2)
{
    options[args[i].TrimStart('-')] = args[i + 1];
}

if (!options.TryGetValue("suite", out var suite) || !Directory.Exists(suite))
{
    Console.Error.WriteLine("--suite DIR: the unpacked suite is required");
    return 2;
}

Environment.SetEnvironmentVariable("PAIRGUARD_OFFLINE", "1");
var rulesOnly = options.GetValueOrDefault("rules-only");
var misses = options.GetValueOrDefault("misses");
return args[0] == "juliet"
    ? await Juliet.RunAsync(suite, options.GetValueOrDefault("language") ?? "csharp", rulesOnly, misses)
    : await SecurityEval.RunAsync(suite, rulesOnly, misses);

/// <summary>Runs the scanner over folders the way the CLI does (every analyzer, offline), optionally with only the given rules.</summary>
internal static class Scan
{
    public static async Task<IReadOnlyList<Finding>> RunAsync(string root, string? rulesOnly)
    {
        var request = new ScanRequest
        {
            Paths = [root],
            BaseDirectory = root,
            Offline = true,
            UseIgnoreFiles = false,
            RulePaths = rulesOnly is null ? [] : [rulesOnly],
            RulesOnly = rulesOnly is not null,
        };
        var result = await new Scanner().ScanAsync(request);
        return result.Findings;
    }
}
