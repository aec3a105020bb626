using System.Text;
using System.Text.Json;

namespace Pairguard.Dependencies.Registries;

/// <summary>Go module proxy protocol: <c>{module}/@v/list</c> for versions (<c>@latest</c> when only pseudo-versions exist) and <c>.info</c> of the oldest version for the first publish time.</summary>
public sealed class GoProxyClient(RegistryHttp http) : IRegistryClient
{
    public string Ecosystem => Ecosystems.Go;

    /// <summary>Case-encodes a module path for the proxy (upper-case letters become <c>!</c> + lower case).</summary>
    public static string Escape(string module)
    {
        var sb = new StringBuilder(module.Length + 4);
        foreach (var c in module)
        {
            if (char.IsUpper(c))
            {
                sb.Append('!').Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    public async Task<RegistryLookup> LookupAsync(RegistryEndpoint endpoint, string name, CancellationToken cancellationToken)
    {
        var escaped = Escape(name);
        var list = await http.GetAsync(endpoint.Combine(escaped + "/@v/list"), null, endpoint.Token, cancellationToken).ConfigureAwait(false);
        if (list.NotFound)
        {
            return RegistryLookup.Missing;
        }

        if (!list.Ok)
        {
            return RegistryLookup.Failed(list.Describe());
        }

        var versions = Encoding.UTF8.GetString(list.Body).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        string infoPath;
        if (versions.Count == 0)
        {
            infoPath = escaped + "/@latest";
        }
        else
        {
            versions.Sort(CompareSemver);
            infoPath = $"{escaped}/@v/{versions[0]}.info";
        }

        var info = await http.GetAsync(endpoint.Combine(infoPath), "application/json", endpoint.Token, cancellationToken).ConfigureAwait(false);
        if (versions.Count == 0 && info.NotFound)
        {
            return RegistryLookup.Missing;
        }

        DateTimeOffset? first = null;
        if (info.Ok && JsonRead.Parse(info.Body) is { } doc)
        {
            using (doc)
            {
                first = JsonRead.Date(JsonRead.Str(doc.RootElement, "Time"));
                if (versions.Count == 0 && JsonRead.Str(doc.RootElement, "Version") is { } v)
                {
                    versions.Add(v);
                }
            }
        }

        return RegistryLookup.Of(new PackageInfo
        {
            Name = name,
            FirstPublished = first,
            ReleaseCount = versions.Count,
            Latest = versions.LastOrDefault(),
            RepositoryKnown = false,
            Versions = versions.ToDictionary(v => v, v => new VersionInfo { Version = v }, StringComparer.Ordinal),
        });
    }

    /// <summary>Orders <c>vMAJOR.MINOR.PATCH[-pre]</c> versions numerically (pre-releases before releases).</summary>
    public static int CompareSemver(string a, string b)
    {
        static (int[] Nums, string Pre) Split(string v)
        {
            var t = v.TrimStart('v');
            var plus = t.IndexOf('+');
            if (plus >= 0)
            {
                t = t[..plus];
            }

            var dash = t.IndexOf('-');
            var pre = dash >= 0 ? t[(dash + 1)..] : "";
            var core = dash >= 0 ? t[..dash] : t;
            return (core.Split('.').Select(p => int.TryParse(p, out var n) ? n : 0).ToArray(), pre);
        }

        var (na, pa) = Split(a);
        var (nb, pb) = Split(b);
        for (var i = 0; i < Math.Max(na.Length, nb.Length); i++)
        {
            var c = (i < na.Length ? na[i] : 0).CompareTo(i < nb.Length ? nb[i] : 0);
            if (c != 0)
            {
                return c;
            }
        }

        if (pa.Length == 0 || pb.Length == 0)
        {
            return pa.Length == pb.Length ? 0 : pa.Length == 0 ? 1 : -1;
        }

        return string.CompareOrdinal(pa, pb);
    }
}
