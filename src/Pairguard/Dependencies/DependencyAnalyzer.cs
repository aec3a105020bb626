using Pairguard.Dependencies.Registries;
using Pairguard.Dependencies.Risk;
using Pairguard.Scanning;

namespace Pairguard.Dependencies;

/// <summary>Verifies every declared and imported package against its registry (network on unless offline) and reports each risk signal as a finding.</summary>
public sealed class DependencyAnalyzer : IProjectAnalyzer
{
    public const string AnalyzerId = "dependencies";

    private readonly Func<ScanRequest, EndpointDiscoveryOptions>? _discovery;
    private readonly RegistryHttpOptions? _http;

    /// <param name="discovery">Endpoint discovery for a request (tests inject their own); null for the user's configuration.</param>
    /// <param name="http">HTTP limits; null for defaults.</param>
    public DependencyAnalyzer(Func<ScanRequest, EndpointDiscoveryOptions>? discovery = null, RegistryHttpOptions? http = null)
    {
        _discovery = discovery;
        _http = http;
    }

    public string Id => AnalyzerId;

    public IReadOnlyList<RuleDescriptor> Rules => DependencyRules.All;

    /// <summary>Reads the option from the command line (<see cref="ScanRequest.Options"/>) or <c>analyzers.dependencies.options</c>.</summary>
    public static string? Option(ScanRequest request, string key) =>
        request.Options.TryGetValue(key, out var v) ? v : request.Config.AnalyzerOptions(AnalyzerId).TryGetValue(key, out var c) ? c : null;

    /// <summary>Environment variable that forces offline verification unless <c>.pairguard.yml</c> names its registries explicitly.</summary>
    public const string OfflineVariable = "PAIRGUARD_OFFLINE";

    /// <summary>True when the request or configuration says to stay offline, or <c>PAIRGUARD_OFFLINE=1</c> is set and no registry is configured in <c>.pairguard.yml</c>.</summary>
    /// <param name="request">The scan request.</param>
    /// <param name="endpointsGiven">True when the caller supplied the registry endpoints itself (the environment switch then does not apply).</param>
    public static bool IsOffline(ScanRequest request, bool endpointsGiven = false) => request.Offline || Option(request, "offline") is "true" or "yes" or "on"
        || (!endpointsGiven && Environment.GetEnvironmentVariable(OfflineVariable) is "1" or "true" or "yes" && request.Config.Registries.Count == 0);

    /// <summary>Builds the verifier a request asks for (offline, refresh, cache directory, registries).</summary>
    public static DependencyVerifier CreateVerifier(ScanRequest request, EndpointDiscoveryOptions discovery, RegistryHttpOptions? http = null, bool endpointsGiven = false) =>
        new(new RegistryEndpoints(discovery), new VerifierOptions
        {
            Offline = IsOffline(request, endpointsGiven),
            Refresh = Option(request, "refresh") is "true" or "yes" or "on",
            CacheDirectory = Option(request, "cache-dir"),
            Http = http ?? new RegistryHttpOptions(),
        });

    /// <summary>Endpoint discovery from the user's configuration and the project's <c>.pairguard.yml</c> <c>registries:</c>.</summary>
    public static EndpointDiscoveryOptions DefaultDiscovery(ScanRequest request) => new()
    {
        ProjectDirectory = request.BaseDirectory,
        Configured = request.Config.Registries,
        AskClients = !IsOffline(request),
    };

    public async Task AnalyzeAsync(ProjectAnalysisContext context)
    {
        var inventory = DependencyCollector.Collect(context.Files, context.Load, Option(context.Request, "imports") is not ("false" or "off" or "no"), context.CancellationToken);
        foreach (var d in inventory.Diagnostics)
        {
            context.Report(d);
        }

        if (!inventory.All.Any())
        {
            return;
        }

        using var verifier = CreateVerifier(context.Request, (_discovery ?? DefaultDiscovery)(context.Request), _http, endpointsGiven: _discovery is not null);
        var report = await verifier.VerifyAsync(inventory.All, context.CancellationToken).ConfigureAwait(false);
        foreach (var problem in report.Problems)
        {
            context.Report(new Diagnostic(DiagnosticKind.Warning, "", problem, AnalyzerId));
        }

        foreach (var finding in ToFindings(report, inventory))
        {
            context.Report(finding);
        }
    }

    /// <summary>The findings of a verification: one per signal of a package (at its most direct reference), one per undeclared import site, and "not verified" notes.</summary>
    public static IEnumerable<Finding> ToFindings(VerificationReport report, DependencyInventory inventory)
    {
        var undeclared = inventory.UndeclaredImports.ToLookup(r => (r.Ecosystem, r.Key));
        foreach (var package in report.Packages)
        {
            var at = package.References[0];
            foreach (var signal in package.Signals)
            {
                yield return Make(signal.RuleId, signal.Severity, $"{signal.Message} Verdict: {package.VerdictName}.", at, package);
            }

            if (package.NotVerifiedReason is not null)
            {
                yield return Make(DependencyRules.NotVerified.Id, Severity.Info, $"{package.Ecosystem} package '{package.Name}' was not verified: {package.NotVerifiedReason}.", at, package);
            }

            foreach (var import in undeclared[(package.Ecosystem, Ecosystems.CanonicalName(package.Ecosystem, package.Name))])
            {
                var what = import.Kind?.StartsWith("import ", StringComparison.Ordinal) == true ? import.Kind[7..] : import.Name;
                yield return Make(DependencyRules.UndeclaredImport.Id, Severity.Low,
                    $"'{what}' is imported but no manifest declares the {package.Ecosystem} package '{package.Name}' (registry verdict: {package.VerdictName}).", import, package);
            }
        }
    }

    private static Finding Make(string ruleId, Severity severity, string message, DependencyRef at, Risk.PackageAssessment package)
    {
        var rule = DependencyRules.All.First(r => r.Id == ruleId);
        var props = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ecosystem"] = package.Ecosystem,
            ["package"] = package.Name,
            ["verdict"] = package.VerdictName,
        };
        if (at.Version is { } v)
        {
            props["version"] = v;
        }

        if (package.Endpoint is { } e)
        {
            props["registry"] = e;
        }

        return new Finding
        {
            RuleId = ruleId,
            Title = rule.Title,
            Message = message,
            Severity = severity,
            Confidence = rule.Confidence,
            Cwe = rule.Cwe,
            Owasp = rule.Owasp,
            Analyzer = AnalyzerId,
            Location = Location.Line(at.File, at.Line),
            Snippet = $"{package.Ecosystem}:{package.Name}{(at.Version is null ? "" : "@" + at.Version)}",
            Fix = rule.HelpMarkdown,
            Context = $"{package.Ecosystem}:{package.Name}",
            Properties = props,
        };
    }
}
