namespace Pairguard.Dependencies.Manifests;

/// <summary>Reads <c>go.mod</c>: <c>require</c> lines and blocks; <c>replace</c> directives to local paths make a module local.</summary>
public sealed class GoModReader : IManifestReader
{
    public bool CanRead(string fileName) => fileName == "go.mod";

    public void Read(ManifestContext context)
    {
        var lines = context.File.Text.Split('\n');
        var requires = new List<(string Module, string? Version, int Line, bool Indirect)>();
        var localReplaced = new HashSet<string>(StringComparer.Ordinal);
        string? block = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var comment = lines[i].IndexOf("//", StringComparison.Ordinal);
            var indirect = comment >= 0 && lines[i][comment..].Contains("indirect", StringComparison.Ordinal);
            var t = (comment >= 0 ? lines[i][..comment] : lines[i]).Trim();
            if (t.Length == 0)
            {
                continue;
            }

            if (block is not null)
            {
                if (t == ")")
                {
                    block = null;
                    continue;
                }

                Directive(block, t, i + 1, indirect);
                continue;
            }

            var parts = t.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries);
            var verb = parts[0];
            if (verb is "module" or "go" or "toolchain" or "exclude" or "retract" or "godebug" or "tool" or "ignore")
            {
                if (parts.Length > 1 && parts[1] == "(")
                {
                    block = verb;
                }

                continue;
            }

            if (verb is not ("require" or "replace"))
            {
                context.Malformed(i + 1, $"unknown go.mod directive '{verb}'");
                continue;
            }

            if (parts.Length > 1 && parts[1].Trim() == "(")
            {
                block = verb;
                continue;
            }

            if (parts.Length > 1)
            {
                Directive(verb, parts[1].Trim(), i + 1, indirect);
            }
        }

        foreach (var (module, version, line, ind) in requires)
        {
            if (!localReplaced.Contains(module))
            {
                context.Add(Ecosystems.Go, module, version, line, kind: ind ? "indirect" : "require");
            }
        }

        void Directive(string verb, string text, int line, bool ind)
        {
            var fields = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(f => f.Trim('"')).ToArray();
            if (verb == "require")
            {
                if (fields.Length < 2)
                {
                    context.Malformed(line, $"require needs a module path and a version: '{text}'");
                    return;
                }

                requires.Add((fields[0], fields[1], line, ind));
            }
            else if (verb == "replace")
            {
                var arrow = Array.IndexOf(fields, "=>");
                if (arrow > 0 && arrow + 1 < fields.Length && (fields[arrow + 1].StartsWith('.') || fields[arrow + 1].StartsWith('/')))
                {
                    localReplaced.Add(fields[0]);
                }
            }
        }
    }
}
