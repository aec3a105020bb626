namespace Pairguard.Dependencies.Manifests;

/// <summary>Reads <c>setup.cfg</c>: <c>install_requires</c>, <c>setup_requires</c>, <c>tests_require</c> and <c>[options.extras_require]</c>.</summary>
public sealed class SetupCfgReader : IManifestReader
{
    private static readonly string[] Keys = ["install_requires", "setup_requires", "tests_require"];

    public bool CanRead(string fileName) => fileName.Equals("setup.cfg", StringComparison.OrdinalIgnoreCase);

    public void Read(ManifestContext context)
    {
        var lines = context.File.Text.Split('\n');
        string section = "";
        string? key = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var raw = lines[i].TrimEnd('\r');
            var trimmed = raw.Trim();
            if (trimmed.StartsWith('#') || trimmed.StartsWith(';'))
            {
                continue;
            }

            if (trimmed.StartsWith('[') && trimmed.EndsWith(']'))
            {
                section = trimmed[1..^1].Trim();
                key = null;
                continue;
            }

            string value;
            if (raw.Length > 0 && !char.IsWhiteSpace(raw[0]))
            {
                var eq = raw.IndexOfAny(['=', ':']);
                if (eq < 0)
                {
                    key = null;
                    continue;
                }

                key = raw[..eq].Trim();
                value = raw[(eq + 1)..].Trim();
            }
            else
            {
                value = trimmed;
            }

            var relevant = (section == "options" && key is not null && Keys.Contains(key)) || (section == "options.extras_require" && key is not null);
            if (!relevant || value.Length == 0)
            {
                continue;
            }

            foreach (var item in value.Split(';', 2)[0].Length == value.Length ? value.Split(',') : [value])
            {
                var text = item.Trim();
                if (text.Length == 0)
                {
                    continue;
                }

                var req = PythonRequirement.Parse(text);
                if (req is null)
                {
                    context.Malformed(i + 1, $"not a requirement: '{text}'");
                    continue;
                }

                context.Add(Ecosystems.PyPI, req.Name, req.Version, i + 1, kind: section == "options" ? key : "extra:" + key,
                    unverifiable: req.Url is null ? null : "installed from a URL, not from the package index");
            }
        }
    }
}
