namespace Pairguard.AgentContext;

/// <summary>How an MCP server process is started: the package runner, the package or image, and whether its version is pinned.</summary>
/// <param name="Runner">The runner (npx, uvx, pipx, bunx, pnpm dlx, yarn dlx, docker).</param>
/// <param name="Package">The package spec or image as written.</param>
/// <param name="Pinned">True when the spec names an exact version (or a digest for images).</param>
public sealed record McpLaunch(string Runner, string Package, bool Pinned);

/// <summary>Reads the command line of an MCP server to find the package it runs and whether the version is pinned.</summary>
public static class McpLaunchParser
{
    private static readonly string[] NpxValueFlags = ["-p", "--package", "-c", "--call", "--registry", "--cache", "--userconfig"];
    private static readonly string[] UvxValueFlags = ["--with", "--python", "-p", "--index-url", "--extra-index-url", "--index", "--default-index", "--from", "-w", "--with-requirements"];

    /// <summary>The package launch of a command line, or null when it does not start a package through a runner.</summary>
    public static McpLaunch? Parse(IReadOnlyList<string> argv)
    {
        if (argv.Count == 0)
        {
            return null;
        }

        var program = Path.GetFileNameWithoutExtension(argv[0].Replace('\\', '/')).ToLowerInvariant();
        var rest = argv.Skip(1).ToList();
        switch (program)
        {
            case "npx" or "bunx":
                return Npm(program, rest);
            case "pnpm" or "yarn" or "bun" when rest.FirstOrDefault() is "dlx" or "x":
                return Npm(program + " " + rest[0], rest.Skip(1).ToList());
            case "npm" when rest.FirstOrDefault() is "exec" or "x":
                return Npm("npm exec", rest.Skip(1).ToList());
            case "uvx":
                return Python("uvx", rest);
            case "uv" when rest.Count > 1 && rest[0] == "tool" && rest[1] == "run":
                return Python("uv tool run", rest.Skip(2).ToList());
            case "pipx" when rest.FirstOrDefault() == "run":
                return Python("pipx run", rest.Skip(1).ToList());
            case "docker" or "podman" when rest.FirstOrDefault() == "run":
                return Container(program, rest.Skip(1).ToList());
            default:
                return null;
        }
    }

    private static McpLaunch? Npm(string runner, List<string> args)
    {
        string? explicitPackage = null;
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            if (a.StartsWith("--package=", StringComparison.Ordinal))
            {
                explicitPackage = a["--package=".Length..];
                continue;
            }

            if (a == "--")
            {
                continue;
            }

            if (a.StartsWith('-'))
            {
                if (NpxValueFlags.Contains(a) && i + 1 < args.Count)
                {
                    if (a is "-p" or "--package")
                    {
                        explicitPackage = args[i + 1];
                    }

                    i++;
                }

                continue;
            }

            var spec = explicitPackage ?? a;
            return IsLocalPath(spec) ? null : new McpLaunch(runner, spec, NpmPinned(spec));
        }

        return explicitPackage is null || IsLocalPath(explicitPackage) ? null : new McpLaunch(runner, explicitPackage, NpmPinned(explicitPackage));
    }

    private static McpLaunch? Python(string runner, List<string> args)
    {
        string? from = null;
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            if (a.StartsWith("--from=", StringComparison.Ordinal))
            {
                from = a["--from=".Length..];
                continue;
            }

            if (a.StartsWith('-'))
            {
                if (UvxValueFlags.Contains(a) && i + 1 < args.Count)
                {
                    if (a is "--from" or "--spec")
                    {
                        from = args[i + 1];
                    }

                    i++;
                }

                continue;
            }

            var spec = from ?? a;
            return IsLocalPath(spec) ? null : new McpLaunch(runner, spec, PythonPinned(spec));
        }

        return null;
    }

    private static McpLaunch? Container(string runner, List<string> args)
    {
        string[] valueFlags = ["-e", "--env", "-v", "--volume", "--name", "-p", "--publish", "--network", "--env-file", "-u", "--user", "-w", "--workdir", "--mount", "--platform", "--entrypoint"];
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            if (a.StartsWith('-'))
            {
                if (valueFlags.Contains(a))
                {
                    i++;
                }

                continue;
            }

            var pinned = a.Contains("@sha256:", StringComparison.Ordinal);
            return new McpLaunch(runner, a, pinned);
        }

        return null;
    }

    /// <summary>True for <c>name@1.2.3</c> or <c>@scope/name@1.2.3</c> (an exact version, not a tag or range).</summary>
    public static bool NpmPinned(string spec)
    {
        var at = spec.LastIndexOf('@');
        if (at <= 0)
        {
            return false;
        }

        var version = spec[(at + 1)..];
        return version.Length > 0 && char.IsDigit(version[0]) && version.All(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '+')
            && version.Count(c => c == '.') >= 2;
    }

    /// <summary>True for <c>name==1.2.3</c> or <c>name@1.2.3</c>.</summary>
    public static bool PythonPinned(string spec)
    {
        var eq = spec.IndexOf("==", StringComparison.Ordinal);
        if (eq > 0)
        {
            return spec[(eq + 2)..].Trim().Length > 0 && !spec[(eq + 2)..].Contains('*');
        }

        var at = spec.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at + 1 < spec.Length && char.IsDigit(spec[at + 1]);
    }

    private static bool IsLocalPath(string spec) =>
        spec.StartsWith('.') || spec.StartsWith('/') || spec.StartsWith('~') || spec.Contains('\\') || spec.StartsWith("file:", StringComparison.Ordinal)
        || (spec.Length > 1 && spec[1] == ':') || spec.StartsWith("${", StringComparison.Ordinal);

    /// <summary>Splits a shell-like command string into words (double and single quotes respected; no expansion).</summary>
    public static List<string> SplitCommandLine(string command)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        char? quote = null;
        var any = false;
        foreach (var c in command)
        {
            if (quote is { } q)
            {
                if (c == q)
                {
                    quote = null;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
                any = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (current.Length > 0 || any)
                {
                    words.Add(current.ToString());
                    current.Clear();
                    any = false;
                }
            }
            else
            {
                current.Append(c);
            }
        }

        if (current.Length > 0 || any)
        {
            words.Add(current.ToString());
        }

        return words;
    }
}
