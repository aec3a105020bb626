namespace Pairguard.Dependencies;

/// <summary>Parses <c>ecosystem:name[@version]</c> specs as given to <c>pairguard vet</c> (<c>npm:@scope/pkg@1.0</c>, <c>nuget:Foo@1.2.3</c>, <c>maven:g:a@1</c>).</summary>
public static class PackageSpec
{
    /// <summary>The reference a spec names, or an error message.</summary>
    public static (DependencyRef? Reference, string? Error) Parse(string spec)
    {
        var colon = spec.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return (null, $"'{spec}': expected ECOSYSTEM:NAME[@VERSION], e.g. npm:left-pad or pypi:requests@2.32.3");
        }

        var ecosystem = Ecosystems.Normalize(spec[..colon]);
        if (ecosystem is null)
        {
            return (null, $"'{spec}': unknown ecosystem '{spec[..colon]}' (expected one of: {string.Join(", ", Ecosystems.All)})");
        }

        var rest = spec[(colon + 1)..].Trim();
        var at = rest.LastIndexOf('@');
        var (name, version) = at > 0 ? (rest[..at], rest[(at + 1)..]) : (rest, null);
        if (ecosystem == Ecosystems.PyPI && PythonVersionSplit(rest) is { } py)
        {
            (name, version) = py;
        }

        return name.Length == 0
            ? (null, $"'{spec}': no package name")
            : (new DependencyRef(ecosystem, name, string.IsNullOrEmpty(version) ? null : version, "(command line)", 1) { Origin = DependencyOrigin.CommandLine }, null);
    }

    private static (string, string?)? PythonVersionSplit(string text)
    {
        var req = Manifests.PythonRequirement.Parse(text);
        return req is null || text.Contains('@', StringComparison.Ordinal) ? null : (req.Name, req.Version);
    }
}
