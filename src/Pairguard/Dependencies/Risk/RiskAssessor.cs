using System.Collections.Concurrent;
using Pairguard.Dependencies.Registries;
using Pairguard.Scanning;

namespace Pairguard.Dependencies.Risk;

/// <summary>Turns what is known about a package (registry answer, bundled lists) into risk signals and a verdict.</summary>
public sealed class RiskAssessor
{
    /// <summary>A package younger than this is "new".</summary>
    public static readonly TimeSpan NewPackageAge = TimeSpan.FromDays(30);

    private readonly ConcurrentDictionary<string, Typosquat> _typosquat = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;

    public RiskAssessor(TimeProvider? clock = null)
    {
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>Signals that need no network: known hallucinated names and typosquats of popular names.</summary>
    public List<RiskSignal> OfflineSignals(string ecosystem, string name, bool exists)
    {
        var signals = new List<RiskSignal>();
        if (KnownHallucinations.Lookup(ecosystem, name) is { } provenance)
        {
            signals.Add(new RiskSignal(DependencyRules.KnownHallucination.Id, Severity.Critical, $"'{name}' is a package name language models are known to invent ({provenance}).") { Blocks = true });
        }

        var squat = _typosquat.GetOrAdd(ecosystem, Typosquat.ForEcosystem);
        if (squat.Check(name) is { } hit)
        {
            signals.Add(new RiskSignal(DependencyRules.Typosquat.Id, Severity.High, $"'{name}' {hit.How}: '{hit.Target}'. Check that you did not mean '{hit.Target}'."));
        }

        return signals;
    }

    /// <summary>True when the name is on the bundled popular list of its ecosystem.</summary>
    public bool IsPopular(string ecosystem, string name) => _typosquat.GetOrAdd(ecosystem, Typosquat.ForEcosystem).IsPopular(name);

    /// <summary>All signals and the verdict for a package, given the registry's answer (null when not asked).</summary>
    public (Verdict Verdict, List<RiskSignal> Signals) Assess(string ecosystem, string name, IReadOnlyCollection<string?> requestedVersions, RegistryLookup? lookup)
    {
        var signals = OfflineSignals(ecosystem, name, lookup?.Status == LookupStatus.Found);
        if (lookup?.Status == LookupStatus.NotFound)
        {
            signals.Insert(0, new RiskSignal(DependencyRules.NotFound.Id, Severity.Critical, $"'{name}' is not on the {ecosystem} registry — a hallucinated or removed name; anyone can register it.") { Blocks = true });
            signals.RemoveAll(s => s.RuleId == DependencyRules.Typosquat.Id);
        }
        else if (lookup is { Status: LookupStatus.Found, Package: { } info })
        {
            AddRegistrySignals(ecosystem, name, requestedVersions, info, signals);
        }

        if (IsPopular(ecosystem, name))
        {
            // A name on the bundled popular list is widely used: weak signals (few releases, no repository link,
            // install scripts, deprecation) describe it, they do not make it suspicious.
            signals.RemoveAll(s => s.Weak);
        }

        Verdict verdict;
        if (signals.Any(s => s.Blocks))
        {
            verdict = Verdict.Block;
        }
        else if (signals.Any(s => !s.Weak) || signals.Count(s => s.Weak) >= 2)
        {
            verdict = Verdict.Review;
        }
        else
        {
            verdict = lookup?.Status == LookupStatus.Found ? Verdict.Ok : Verdict.NotVerified;
        }

        return (verdict, signals);
    }

    private void AddRegistrySignals(string ecosystem, string name, IReadOnlyCollection<string?> requested, PackageInfo info, List<RiskSignal> signals)
    {
        var now = _clock.GetUtcNow();
        if (info.FirstPublished is { } first && now - first < NewPackageAge)
        {
            var days = Math.Max(0, (int)(now - first).TotalDays);
            signals.Add(new RiskSignal(DependencyRules.NewPackage.Id, Severity.Medium, $"'{name}' was first published {days} day{(days == 1 ? "" : "s")} ago ({first:yyyy-MM-dd})."));
        }

        if (info.ReleaseCount is > 0 and <= 2)
        {
            signals.Add(new RiskSignal(DependencyRules.FewReleases.Id, Severity.Low, $"'{name}' has only {info.ReleaseCount} release{(info.ReleaseCount == 1 ? "" : "s")}.") { Weak = true });
        }

        if (info.RepositoryKnown && string.IsNullOrWhiteSpace(info.Repository) && string.IsNullOrWhiteSpace(info.Homepage))
        {
            signals.Add(new RiskSignal(DependencyRules.NoRepository.Id, Severity.Low, $"'{name}' names no source repository or homepage.") { Weak = true });
        }

        var exact = requested.Select(VersionText.Exact).Where(v => v is not null).Select(v => v!).Distinct().ToList();
        var checkedVersions = exact.Count > 0 ? exact : info.Latest is { } l ? [l] : [];
        foreach (var v in checkedVersions)
        {
            if (!info.Versions.TryGetValue(v, out var version))
            {
                continue;
            }

            if (version.InstallScripts.Count > 0)
            {
                signals.Add(new RiskSignal(DependencyRules.InstallScripts.Id, Severity.Medium, $"{name}@{v} runs install-time scripts ({string.Join(", ", version.InstallScripts)}).") { Weak = true });
            }
            else if (version.SourceOnly)
            {
                signals.Add(new RiskSignal(DependencyRules.InstallScripts.Id, Severity.Low, $"{name} {v} ships only a source distribution: its build code runs at install.") { Weak = true });
            }

            if (exact.Contains(v) && version.Yanked)
            {
                signals.Add(new RiskSignal(DependencyRules.Yanked.Id, Severity.Medium, $"{name} {v} is yanked or unlisted by its maintainers."));
            }

            if (version.Deprecated is { } dep)
            {
                signals.Add(new RiskSignal(DependencyRules.Yanked.Id, Severity.Low, $"{name} {v} is deprecated: {Short(dep)}") { Weak = true });
            }
        }

        if (info.Deprecated is { } pd && !signals.Any(s => s.RuleId == DependencyRules.Yanked.Id && s.Weak))
        {
            signals.Add(new RiskSignal(DependencyRules.Yanked.Id, Severity.Low, $"'{name}' is deprecated: {Short(pd)}") { Weak = true });
        }

        foreach (var v in exact.Where(v => !info.Versions.ContainsKey(v) && !info.Versions.Keys.Any(k => k.Equals(v, StringComparison.OrdinalIgnoreCase))))
        {
            if (ecosystem is Ecosystems.Npm or Ecosystems.PyPI or Ecosystems.NuGet or Ecosystems.Cargo or Ecosystems.RubyGems)
            {
                signals.Add(new RiskSignal(DependencyRules.Yanked.Id, Severity.Medium, $"{name} has no version {v} on the registry (removed, or never published)."));
            }
        }
    }

    private static string Short(string s) => s.Length > 200 ? s[..200] + "…" : s;
}
