using System.Text;
using Pairguard.Dependencies.Manifests;
using Pairguard.Scanning;

namespace Pairguard.Dependencies;

/// <summary>What an install command line would install: named packages, and the requirement/manifest files it reads.</summary>
public sealed record ParsedInstall
{
    public List<DependencyRef> Packages { get; } = [];

    /// <summary>Things that could not be interpreted (unknown tool, file that cannot be read).</summary>
    public List<string> Notes { get; } = [];
}

/// <summary>Parses install command lines of pip/uv/poetry/npm/yarn/pnpm/dotnet/go/cargo/gem/bundle/composer into the packages they would install; never runs them.</summary>
public static class InstallCommandParser
{
    private static readonly HashSet<string> PipValueOptions = ["-i", "--index-url", "--extra-index-url", "-f", "--find-links", "-t", "--target", "--prefix", "--root", "--platform", "--python-version", "--implementation", "--abi", "--src", "--upgrade-strategy", "--progress-bar", "--log", "--proxy", "--retries", "--timeout", "--exists-action", "--trusted-host", "--cert", "--client-cert", "--cache-dir", "--python", "-p", "--only-binary", "--no-binary", "--config-settings", "-C", "--group", "--extra", "-E", "--source"];
    private static readonly HashSet<string> NpmValueOptions = ["--registry", "--prefix", "--tag", "--cache", "--workspace", "-w", "--filter", "-F", "--dir", "-C"];

    /// <summary>Parses one command line (several commands may be joined with <c>&amp;&amp;</c>, <c>||</c> or <c>;</c>); files are read relative to <paramref name="workingDirectory"/>.</summary>
    public static ParsedInstall Parse(string commandLine, string workingDirectory)
    {
        var result = new ParsedInstall();
        foreach (var command in SplitCommands(Tokenize(commandLine)))
        {
            ParseOne(command, workingDirectory, result);
        }

        return result;
    }

    /// <summary>Shell-like tokenisation: quotes, backslash escapes, and <c>&amp;&amp; || ; |</c> as separate tokens.</summary>
    public static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var sb = new StringBuilder();
        char? quote = null;
        var has = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is { } q)
            {
                if (c == q)
                {
                    quote = null;
                }
                else if (c == '\\' && q == '"' && i + 1 < text.Length)
                {
                    sb.Append(text[++i]);
                }
                else
                {
                    sb.Append(c);
                }

                continue;
            }

            if (c is '\'' or '"')
            {
                quote = c;
                has = true;
                continue;
            }

            if (c == '\\' && i + 1 < text.Length)
            {
                sb.Append(text[++i]);
                has = true;
                continue;
            }

            if (char.IsWhiteSpace(c) || c is ';' or '&' or '|')
            {
                if (has || sb.Length > 0)
                {
                    tokens.Add(sb.ToString());
                    sb.Clear();
                    has = false;
                }

                if (c is ';' or '&' or '|')
                {
                    tokens.Add(";");
                }

                continue;
            }

            sb.Append(c);
            has = true;
        }

        if (has || sb.Length > 0)
        {
            tokens.Add(sb.ToString());
        }

        return tokens;
    }

    private static IEnumerable<List<string>> SplitCommands(List<string> tokens)
    {
        var current = new List<string>();
        foreach (var t in tokens)
        {
            if (t == ";")
            {
                if (current.Count > 0)
                {
                    yield return current;
                }

                current = [];
            }
            else
            {
                current.Add(t);
            }
        }

        if (current.Count > 0)
        {
            yield return current;
        }
    }

    private static void ParseOne(List<string> tokens, string cwd, ParsedInstall result)
    {
        var t = tokens.SkipWhile(x => x.Contains('=', StringComparison.Ordinal) && !x.StartsWith('-') || x is "sudo" or "env" or "npx" or "exec").ToList();
        if (t.Count == 0)
        {
            return;
        }

        var tool = Path.GetFileName(t[0]).ToLowerInvariant();
        if (tool.StartsWith("python", StringComparison.Ordinal) && t.Count > 2 && t[1] == "-m")
        {
            t = t.Skip(2).ToList();
            tool = t[0].ToLowerInvariant();
        }

        var verb = t.Count > 1 ? t[1] : "";
        var args = t.Skip(2).ToList();
        switch (tool)
        {
            case "pip" or "pip3" when verb is "install" or "download":
                Pip(args, cwd, result);
                break;
            case "uv" when verb == "pip" && args.FirstOrDefault() is "install" or "sync":
                Pip(args.Skip(1).ToList(), cwd, result);
                break;
            case "uv" or "poetry" or "pdm" or "pipenv" when verb is "add" or "install":
                foreach (var a in Positionals(args, PipValueOptions))
                {
                    var (name, version) = SplitPoetry(a);
                    Add(result, Ecosystems.PyPI, name, version);
                }

                break;
            case "npm" or "pnpm" or "yarn" or "bun" when verb is "install" or "i" or "add" or "isntall" or "in" || (tool == "yarn" && verb == "global" && args.FirstOrDefault() == "add"):
                var names = Positionals(tool == "yarn" && verb == "global" ? args.Skip(1).ToList() : args, NpmValueOptions).ToList();
                if (names.Count == 0 && File.Exists(Path.Combine(cwd, "package.json")))
                {
                    ReadManifest(Path.Combine(cwd, "package.json"), cwd, result);
                }

                foreach (var n in names)
                {
                    var whole = n.StartsWith('.') || n.StartsWith('/') || n.StartsWith('~') || n.Contains(':', StringComparison.Ordinal) || (!n.StartsWith('@') && n.Contains('/'));
                    var (name, version, unverifiable, local) = whole ? NpmSpec.Interpret(n, n) : NpmSpec.Interpret(NpmSpec.SplitAt(n).Name, NpmSpec.SplitAt(n).Version);
                    if (!local)
                    {
                        Add(result, Ecosystems.Npm, name, version, unverifiable);
                    }
                }

                break;
            case "dotnet" when verb == "add":
                var package = args.IndexOf("package");
                if (package >= 0 && package + 1 < args.Count)
                {
                    var v = ValueOf(args, "--version", "-v");
                    Add(result, Ecosystems.NuGet, args[package + 1], v);
                }

                break;
            case "nuget" when verb == "install" && args.Count > 0:
                Add(result, Ecosystems.NuGet, args[0], ValueOf(args, "-Version", "-version"));
                break;
            case "go" when verb is "get" or "install":
                foreach (var a in Positionals(args, []))
                {
                    var (name, version) = NpmSpec.SplitAt(a);
                    Add(result, Ecosystems.Go, name.Split("/...")[0], version);
                }

                break;
            case "cargo" when verb is "add" or "install":
                foreach (var a in Positionals(args, ["--vers", "--version", "--features", "-F", "--rename", "--registry", "--git", "--path", "--branch", "--tag", "--rev", "--root", "--target", "-p", "--package"]))
                {
                    var (name, version) = NpmSpec.SplitAt(a);
                    Add(result, Ecosystems.Cargo, name, version ?? ValueOf(args, "--vers", "--version"));
                }

                break;
            case "gem" when verb == "install":
            case "bundle" when verb == "add":
                foreach (var a in Positionals(args, ["-v", "--version", "--source", "-s", "--group", "-g", "--require", "--path", "--git"]))
                {
                    Add(result, Ecosystems.RubyGems, a, ValueOf(args, "-v", "--version"));
                }

                break;
            case "composer" when verb is "require" or "req" or "global" && (verb != "global" || args.FirstOrDefault() == "require"):
                foreach (var a in Positionals(verb == "global" ? args.Skip(1).ToList() : args, []))
                {
                    var sep = a.IndexOfAny([':', '=']);
                    Add(result, Ecosystems.Packagist, sep > 0 ? a[..sep] : a, sep > 0 ? a[(sep + 1)..] : null);
                }

                break;
            default:
                result.Notes.Add($"not an install command Pairguard knows: '{string.Join(' ', t.Take(3))}'");
                break;
        }
    }

    private static void Pip(List<string> args, string cwd, ParsedInstall result)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            if (a is "-r" or "--requirement" or "-c" or "--constraint" && i + 1 < args.Count)
            {
                ReadManifest(Path.Combine(cwd, args[++i]), cwd, result);
            }
            else if (a.StartsWith("--requirement=", StringComparison.Ordinal) || (a.StartsWith("-r", StringComparison.Ordinal) && a.Length > 2 && !a.StartsWith("--", StringComparison.Ordinal)))
            {
                ReadManifest(Path.Combine(cwd, a.StartsWith("-r", StringComparison.Ordinal) && !a.StartsWith("--", StringComparison.Ordinal) ? a[2..] : a[14..]), cwd, result);
            }
            else if (a is "-e" or "--editable" && i + 1 < args.Count)
            {
                i++;
            }
            else if (PipValueOptions.Contains(a) && i + 1 < args.Count)
            {
                i++;
            }
            else if (!a.StartsWith('-'))
            {
                if (a.StartsWith('.') || a.StartsWith('/') || a.EndsWith(".whl", StringComparison.OrdinalIgnoreCase) || a.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var req = PythonRequirement.Parse(a);
                if (req is null)
                {
                    result.Notes.Add($"not a requirement: '{a}'");
                    continue;
                }

                Add(result, Ecosystems.PyPI, req.Name, req.Version, req.Url is null ? null : "installed from a URL, not from the package index");
            }
        }
    }

    private static void ReadManifest(string path, string cwd, ParsedInstall result)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full) || new FileInfo(full).Length > ScanRequest.DefaultMaxFileSize)
        {
            result.Notes.Add($"cannot read '{path}'");
            return;
        }

        var rel = Path.GetRelativePath(cwd, full).Replace('\\', '/');
        var file = new SourceFile(rel, full, null, File.ReadAllText(full), new FileInfo(full).Length);
        var context = ManifestReaders.For(file.FileName) is null
            ? ReadAsRequirements(file, cwd)
            : ManifestReaders.Read(file, r => LoadRelative(cwd, r));
        result.Packages.AddRange(context.References);
        result.Notes.AddRange(context.Diagnostics.Select(d => $"{d.Path}: {d.Message}"));
    }

    private static ManifestContext ReadAsRequirements(SourceFile file, string cwd)
    {
        var context = new ManifestContext(file, r => LoadRelative(cwd, r));
        new RequirementsTxtReader().Read(context);
        return context;
    }

    private static SourceFile? LoadRelative(string cwd, string relative)
    {
        var full = Path.Combine(cwd, relative);
        return File.Exists(full) && new FileInfo(full).Length <= ScanRequest.DefaultMaxFileSize ? new SourceFile(relative, full, null, File.ReadAllText(full), new FileInfo(full).Length) : null;
    }

    private static IEnumerable<string> Positionals(List<string> args, HashSet<string> valueOptions)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            if (a.StartsWith('-'))
            {
                if (valueOptions.Contains(a) && !a.Contains('=', StringComparison.Ordinal))
                {
                    i++;
                }

                continue;
            }

            yield return a;
        }
    }

    private static string? ValueOf(List<string> args, params string[] names)
    {
        for (var i = 0; i < args.Count; i++)
        {
            foreach (var n in names)
            {
                if (args[i] == n && i + 1 < args.Count)
                {
                    return args[i + 1];
                }

                if (args[i].StartsWith(n + "=", StringComparison.Ordinal))
                {
                    return args[i][(n.Length + 1)..];
                }
            }
        }

        return null;
    }

    private static (string Name, string? Version) SplitPoetry(string spec)
    {
        var at = spec.IndexOf('@', StringComparison.Ordinal);
        if (at > 0)
        {
            return (spec[..at], spec[(at + 1)..]);
        }

        var req = PythonRequirement.Parse(spec);
        return req is null ? (spec, null) : (req.Name, req.Version);
    }

    private static void Add(ParsedInstall result, string ecosystem, string name, string? version, string? unverifiable = null)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return;
        }

        result.Packages.Add(new DependencyRef(ecosystem, name.Trim(), string.IsNullOrWhiteSpace(version) ? null : version, "(command line)", 1) { Origin = DependencyOrigin.CommandLine, Unverifiable = unverifiable });
    }
}
