using System.Text.Json;
using System.Text.RegularExpressions;
using Pairguard.Scanning;

namespace Pairguard.AgentContext;

/// <summary>Audits MCP server definitions: unpinned packages, downloaded scripts, plain HTTP, literal secrets, tool auto-approval.</summary>
public static class McpConfigChecks
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private static readonly string[] ServerMapNames = ["mcpServers", "servers", "context_servers", "mcp_servers"];
    private static readonly Regex SecretKey = new(@"(key|token|secret|password|passwd|pwd|pat|credential|auth|private|bearer|session|cookie)", Options);
    private static readonly Regex KnownSecret = new(@"^(sk-[A-Za-z0-9_\-]{16,}|sk_(live|test)_[A-Za-z0-9]{16,}|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,}|xox[abprs]-[A-Za-z0-9\-]{10,}|AKIA[A-Z0-9]{16}|glpat-[A-Za-z0-9_\-]{20}|AIza[0-9A-Za-z_\-]{35}|(Bearer|Basic|token)\s+[A-Za-z0-9._~+/=\-]{16,})$", Options);
    private static readonly Regex Placeholder = new(@"(your|xxx|changeme|change-me|placeholder|example|dummy|redacted|replace|todo|insert|<|>|\$\{|\$\(|^\$|%[A-Z_]+%|\{\{|env:|input:|\*\*\*|\.\.\.|…)", Options);
    private static readonly Regex UrlCredentials = new(@"^[a-z][a-z0-9+.\-]*://[^:/@\s]+:[^@/\s]{3,}@", Options);
    private static readonly Regex PlainHttp = new(@"\bhttp://([^/\s""':]+)", Options);

    /// <summary>Checks every MCP server found in a JSON document (any nesting of mcpServers/servers maps).</summary>
    public static void Check(SourceFile file, JsonElement root, Action<Finding> report)
    {
        foreach (var (name, server) in Servers(root, 0))
        {
            CheckServer(file, name, server, report);
        }
    }

    private static IEnumerable<(string Name, JsonElement Server)> Servers(JsonElement element, int depth)
    {
        if (depth > 6 || element.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        foreach (var p in element.EnumerateObject())
        {
            if (ServerMapNames.Contains(p.Name) && p.Value.ValueKind == JsonValueKind.Object)
            {
                foreach (var s in p.Value.EnumerateObject())
                {
                    if (s.Value.ValueKind == JsonValueKind.Object && (s.Value.TryGetProperty("command", out _) || s.Value.TryGetProperty("url", out _) || s.Value.TryGetProperty("serverUrl", out _) || s.Value.TryGetProperty("httpUrl", out _)))
                    {
                        yield return (s.Name, s.Value);
                    }
                }
            }
            else if (p.Value.ValueKind == JsonValueKind.Object)
            {
                foreach (var inner in Servers(p.Value, depth + 1))
                {
                    yield return inner;
                }
            }
        }
    }

    private static void CheckServer(SourceFile file, string name, JsonElement server, Action<Finding> report)
    {
        var text = file.Text;
        var at = Math.Max(0, JsonText.PropertyOffset(text, name));
        var argv = Argv(server);
        var joined = string.Join(' ', argv);

        Location Loc(string? value)
        {
            var start = value is null ? at : JsonText.ValueOffset(text, value, at);
            return file.LocationOf(start, start + (value is null ? name.Length + 2 : Math.Min(value.Length + 2, 400)));
        }

        if (argv.Count > 0)
        {
            var downloaded = InjectionSignals.Default.All.Where(s => s.Kind == "download-execute").Select(s => s.Pattern.Match(joined)).FirstOrDefault(m => m.Success);
            if (downloaded is not null)
            {
                report(Make(file, AgentRules.McpRemoteScript, Loc(StringProperty(server, "command")), $"MCP server '{name}' is started by downloading a script and running it: {Short(downloaded.Value)}.",
                    "Install the server from a pinned, reviewed package or a checked-in script; never pipe a download into a shell."));
            }

            var launch = McpLaunchParser.Parse(argv) ?? InnerLaunch(argv);
            if (launch is { Pinned: false })
            {
                var yes = argv.Any(a => a is "-y" or "--yes") ? " ('-y' also skips the install confirmation)" : "";
                var advice = launch.Runner is "docker" or "podman" ? "Pin the image by digest (image@sha256:...) after reviewing it."
                    : launch.Runner is "uvx" or "uv tool run" or "pipx run" ? "Pin an exact version (package==1.2.3) of a package you have reviewed."
                    : "Pin an exact version (package@1.2.3) of a package you have reviewed.";
                report(Make(file, AgentRules.McpUnpinnedPackage, Loc(launch.Package), $"MCP server '{name}' runs '{launch.Package}' through {launch.Runner} without a pinned version{yes}: each start may fetch new, unreviewed code.", advice,
                    new Dictionary<string, string> { ["package"] = launch.Package, ["runner"] = launch.Runner }));
            }
        }

        foreach (var key in new[] { "url", "serverUrl", "httpUrl", "endpoint" })
        {
            if (StringProperty(server, key) is { } url)
            {
                CheckHttp(file, name, url, Loc(url), report);
            }
        }

        foreach (var arg in argv.Skip(1))
        {
            if (arg.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            {
                CheckHttp(file, name, arg, Loc(arg), report);
            }
        }

        foreach (var mapName in new[] { "env", "headers" })
        {
            if (server.TryGetProperty(mapName, out var map) && map.ValueKind == JsonValueKind.Object)
            {
                foreach (var entry in map.EnumerateObject())
                {
                    if (entry.Value.ValueKind == JsonValueKind.String && LooksLikeSecret(entry.Name, entry.Value.GetString() ?? "") is { } redacted)
                    {
                        report(Make(file, AgentRules.McpSecretInEnv, Loc(entry.Value.GetString()), $"MCP server '{name}' gets a literal secret in {mapName}.{entry.Name} ({redacted}); it is committed with the file and handed to the server process.",
                            "Reference the secret instead of writing it: ${env:NAME} or an input variable (VS Code), or the environment of the process that starts the agent; then rotate the exposed value."));
                    }
                }
            }
        }

        foreach (var key in new[] { "autoApprove", "alwaysAllow" })
        {
            if (server.TryGetProperty(key, out var approve) && (approve.ValueKind == JsonValueKind.True || (approve.ValueKind == JsonValueKind.Array && approve.GetArrayLength() > 0)))
            {
                var tools = approve.ValueKind == JsonValueKind.Array ? string.Join(", ", approve.EnumerateArray().Select(t => t.ToString()).Take(8)) : "all tools";
                var all = approve.ValueKind == JsonValueKind.True || tools.Contains('*', StringComparison.Ordinal);
                report(Make(file, AgentRules.AutoApprove, file.LocationOf(JsonText.PropertyOffset(text, key, at) is var k && k >= 0 ? k : at, (k >= 0 ? k : at) + key.Length + 2),
                    $"MCP server '{name}' has {key}: {tools}: these tool calls run without asking the user.",
                    "Remove the auto-approval, or limit it to read-only tools of a server you trust.",
                    severity: all ? Severity.High : Severity.Medium));
            }
        }

        if (server.TryGetProperty("trust", out var trust) && trust.ValueKind == JsonValueKind.True)
        {
            report(Make(file, AgentRules.AutoApprove, Loc(null), $"MCP server '{name}' is marked trust: true, which skips every tool-call confirmation.", "Remove \"trust\": true so that tool calls are confirmed."));
        }
    }

    private static void CheckHttp(SourceFile file, string name, string url, Location location, Action<Finding> report)
    {
        var m = PlainHttp.Match(url);
        if (!m.Success)
        {
            return;
        }

        var host = m.Groups[1].Value.ToLowerInvariant();
        if (host is "localhost" or "127.0.0.1" or "0.0.0.0" or "[::1]" or "::1" || host.StartsWith("127.", StringComparison.Ordinal) || host.EndsWith(".localhost", StringComparison.Ordinal))
        {
            return;
        }

        report(Make(file, AgentRules.McpPlainHttp, location, $"MCP server '{name}' is reached over plain HTTP at {host}: requests, tool results and any credentials travel unencrypted.", "Use https:// (or a local transport) for the server."));
    }

    /// <summary>A redacted form of the value when it looks like a literal secret for that key; null otherwise.</summary>
    public static string? LooksLikeSecret(string key, string value)
    {
        var v = value.Trim();
        if (UrlCredentials.Match(v) is { Success: true } credentials && !Placeholder.IsMatch(credentials.Value))
        {
            var colon = v.IndexOf(':', v.IndexOf("://", StringComparison.Ordinal) + 3);
            return $"{v[..colon]}:**** in a connection URL";
        }

        if (v.Length < 8 || Placeholder.IsMatch(v))
        {
            return null;
        }

        var known = KnownSecret.IsMatch(v);
        var keyed = SecretKey.IsMatch(key) && !v.Contains(' ', StringComparison.Ordinal) && (v.Any(char.IsDigit) || v.Length >= 16)
            && !v.StartsWith("http", StringComparison.OrdinalIgnoreCase) && !v.Contains('/', StringComparison.Ordinal);
        if (!known && !keyed)
        {
            return null;
        }

        return $"{v[..Math.Min(4, v.Length / 4)]}… {v.Length} characters";
    }

    private static List<string> Argv(JsonElement server)
    {
        var argv = new List<string>();
        if (StringProperty(server, "command") is { } command)
        {
            var hasArgs = server.TryGetProperty("args", out var args) && args.ValueKind == JsonValueKind.Array;
            argv.AddRange(hasArgs ? [command] : McpLaunchParser.SplitCommandLine(command));
            if (hasArgs)
            {
                argv.AddRange(args.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.String).Select(a => a.GetString() ?? ""));
            }
        }

        return argv;
    }

    /// <summary>The launch inside <c>sh -c "npx ..."</c> or <c>cmd /c npx ...</c>.</summary>
    private static McpLaunch? InnerLaunch(List<string> argv)
    {
        var program = Path.GetFileNameWithoutExtension(argv[0]).ToLowerInvariant();
        if (program is "cmd" && argv.Count > 2 && argv[1].Equals("/c", StringComparison.OrdinalIgnoreCase))
        {
            return McpLaunchParser.Parse(argv.Skip(2).ToList());
        }

        if (program is "sh" or "bash" or "zsh" or "pwsh" or "powershell" && argv.Count > 2 && argv[1] is "-c" or "-Command" or "-lc")
        {
            return McpLaunchParser.Parse(McpLaunchParser.SplitCommandLine(argv[2]));
        }

        return null;
    }

    private static string? StringProperty(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string Short(string s) => s.Length > 160 ? s[..160] + "…" : s;

    private static Finding Make(SourceFile file, RuleDescriptor rule, Location location, string message, string fix, Dictionary<string, string>? properties = null, Severity? severity = null) =>
        AgentRules.Make(rule, location, message, severity, snippet: InjectionAnalyzer.Excerpt(file, location), properties: properties, fix: fix);
}
