namespace Pairguard.Dependencies.Manifests;

/// <summary>Reads <c>yarn.lock</c> in both the classic (v1) format and the YAML-like berry (v2+) format.</summary>
public sealed class YarnLockReader : IManifestReader
{
    public bool CanRead(string fileName) => fileName == "yarn.lock";

    public void Read(ManifestContext context)
    {
        var lines = context.File.Text.Split('\n');
        string? name = null;
        var entryLine = 0;
        string? version = null;
        string? unverifiable = null;
        var skip = false;
        var sawEntry = false;

        void Flush()
        {
            if (name is not null && !skip)
            {
                context.Add(Ecosystems.Npm, name, version, entryLine, DependencyOrigin.Lockfile, unverifiable: unverifiable);
            }

            name = null;
            version = null;
            unverifiable = null;
            skip = false;
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var raw = lines[i].TrimEnd('\r');
            if (raw.Length == 0 || raw.TrimStart().StartsWith('#'))
            {
                continue;
            }

            if (!char.IsWhiteSpace(raw[0]))
            {
                Flush();
                if (!raw.EndsWith(':'))
                {
                    context.Malformed(i + 1, $"unexpected line in yarn.lock: '{(raw.Length > 60 ? raw[..60] : raw)}'");
                    continue;
                }

                var header = raw[..^1].Trim();
                if (header == "__metadata")
                {
                    skip = true;
                    name = "";
                    continue;
                }

                var first = header.Split(',')[0].Trim().Trim('"');
                var (n, range) = NpmSpec.SplitAt(first);
                if (n.Length == 0)
                {
                    context.Malformed(i + 1, $"cannot read the package name in '{header}'");
                    continue;
                }

                sawEntry = true;
                name = n;
                entryLine = i + 1;
                var protocol = range ?? "";
                if (protocol.StartsWith("npm:", StringComparison.Ordinal))
                {
                    protocol = protocol[4..];
                    var alias = NpmSpec.Interpret(n, "npm:" + protocol);
                    if (alias.Name != n && protocol.Contains('@'))
                    {
                        name = alias.Name;
                    }
                }

                var (_, _, unv, local) = NpmSpec.Interpret(n, range ?? "");
                skip = local || protocol.StartsWith("patch:", StringComparison.Ordinal);
                unverifiable = unv;
                continue;
            }

            var t = raw.Trim();
            if (t.StartsWith("version ", StringComparison.Ordinal) || t.StartsWith("version:", StringComparison.Ordinal))
            {
                version = t[(t.StartsWith("version:", StringComparison.Ordinal) ? 8 : 7)..].Trim().Trim('"');
            }
            else if (t.StartsWith("resolved ", StringComparison.Ordinal) && t.Contains("git", StringComparison.Ordinal) && !t.Contains(".tgz", StringComparison.Ordinal))
            {
                unverifiable = "resolved from a git repository, not from the registry";
            }
        }

        Flush();
        if (!sawEntry && context.File.Text.Trim().Length > 0 && !context.File.Text.Contains("__metadata", StringComparison.Ordinal))
        {
            context.Malformed(1, "no package entries found in yarn.lock");
        }
    }
}
