using System.Text.Json;
using System.Text.RegularExpressions;
using Pairguard.Scanning;

namespace Pairguard.AgentContext;

/// <summary>Audits agent and editor settings: Claude permissions, VS Code auto-approval and automatic tasks, permission-skipping flags in scripts.</summary>
public static class AgentSettingsChecks
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | RegexOptions.Multiline;

    private static readonly Regex SkipFlag = new(
        @"--dangerously-skip-permissions\b|--dangerously-bypass-approvals-and-sandbox\b|--permission-mode[= ]+[""']?bypassPermissions\b|\b(gemini|qwen)\b[^\n]{0,120}\s(--yolo|--approval-mode[= ]+yolo)\b|\bcopilot\b[^\n]{0,120}\s--allow-all-tools\b|\bcursor-agent\b[^\n]{0,120}\s(--force|-f)\b",
        Options);

    private static readonly Regex WildcardRule = new(@"^(\*|bash|bash\(\s*\*?\s*(:\s*\*)?\s*\)|bash\(\*\*\)|shell|shell\(\*\)|powershell\(\*\))$", Options);

    private static readonly Regex RiskyPrefix = new(
        @"^bash\(\s*(sudo|curl|wget|sh|bash|zsh|eval|exec|python3?|node|deno|bun|npx|uvx|pip3?|(npm|pnpm|yarn)\s+(install|i|add|exec|x|dlx)|rm|ssh|scp|nc|ncat|powershell|pwsh|iex|env|xargs|find|git push|docker|kubectl|chmod|chown|dd)\b[^)]*(:\s*\*|\s\*)\s*\)$",
        Options);

    /// <summary>Claude Code settings: broad permissions.allow entries, bypassPermissions mode, automatic enabling of project MCP servers.</summary>
    public static void CheckClaude(SourceFile file, JsonElement root, Action<Finding> report)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (root.TryGetProperty("permissions", out var permissions) && permissions.ValueKind == JsonValueKind.Object)
        {
            if (permissions.TryGetProperty("allow", out var allow) && allow.ValueKind == JsonValueKind.Array)
            {
                var from = Math.Max(0, JsonText.PropertyOffset(file.Text, "allow"));
                foreach (var entry in allow.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString() ?? ""))
                {
                    var compact = entry.Trim();
                    if (WildcardRule.IsMatch(compact))
                    {
                        report(Make(file, AgentRules.AutoApprove, Value(file, entry, from), $"permissions.allow contains \"{entry}\": every shell command runs without asking.", Severity.High));
                    }
                    else if (RiskyPrefix.IsMatch(compact))
                    {
                        report(Make(file, AgentRules.AutoApprove, Value(file, entry, from), $"permissions.allow contains \"{entry}\": any command starting this way (which can download, run or delete arbitrary code) runs without asking.", Severity.Medium));
                    }
                }
            }

            if (permissions.TryGetProperty("defaultMode", out var mode) && mode.ValueKind == JsonValueKind.String && mode.GetString() == "bypassPermissions")
            {
                report(Make(file, AgentRules.AutoApprove, Value(file, "bypassPermissions", 0), "permissions.defaultMode is bypassPermissions: every tool call runs without asking.", Severity.High));
            }
        }

        if (root.TryGetProperty("enableAllProjectMcpServers", out var all) && all.ValueKind == JsonValueKind.True)
        {
            report(Make(file, AgentRules.AutoApprove, Property(file, "enableAllProjectMcpServers"), "enableAllProjectMcpServers is true: any MCP server a repository declares in .mcp.json starts without being approved.", Severity.Medium));
        }

        McpConfigChecks.Check(file, root, report);
    }

    /// <summary>VS Code settings: chat tool auto-approval, terminal auto-approval wildcards, automatic tasks, embedded MCP servers.</summary>
    public static void CheckVsCode(SourceFile file, JsonElement root, Action<Finding> report)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var settings = root.TryGetProperty("settings", out var nested) && nested.ValueKind == JsonValueKind.Object ? nested : root;
        foreach (var key in new[] { "chat.tools.autoApprove", "chat.tools.global.autoApprove", "chat.agent.autoApprove" })
        {
            if (settings.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.True)
            {
                report(Make(file, AgentRules.AutoApprove, Property(file, key), $"{key} is true: the chat agent runs every tool (terminal commands included) without asking.", Severity.High));
            }
        }

        if (settings.TryGetProperty("chat.tools.terminal.autoApprove", out var terminal) && terminal.ValueKind == JsonValueKind.Object)
        {
            foreach (var rule in terminal.EnumerateObject())
            {
                var approved = rule.Value.ValueKind == JsonValueKind.True
                    || (rule.Value.ValueKind == JsonValueKind.Object && rule.Value.TryGetProperty("approve", out var a) && a.ValueKind == JsonValueKind.True);
                var name = rule.Name.Trim();
                if (approved && name is "/.*/" or "/.+/" or "/^.*$/" or "/^.+$/" or "*" or "/.*/i" or "/.*/s")
                {
                    report(Make(file, AgentRules.AutoApprove, Property(file, rule.Name), $"chat.tools.terminal.autoApprove approves \"{rule.Name}\": every terminal command runs without asking.", Severity.High));
                }
                else if (approved && RiskyPrefix.IsMatch($"Bash({name.Trim('/', '^', '$')}:*)"))
                {
                    report(Make(file, AgentRules.AutoApprove, Property(file, rule.Name), $"chat.tools.terminal.autoApprove approves \"{rule.Name}\", a command that can download, run or delete arbitrary code.", Severity.Medium));
                }
            }
        }

        if (settings.TryGetProperty("task.allowAutomaticTasks", out var auto) && auto.ValueKind == JsonValueKind.String && auto.GetString() == "on")
        {
            report(Make(file, AgentRules.FolderOpenTask, Property(file, "task.allowAutomaticTasks"), "task.allowAutomaticTasks is on: tasks marked runOn: folderOpen run as soon as a folder is opened, without asking.", Severity.Medium));
        }

        McpConfigChecks.Check(file, root, report);
    }

    /// <summary>VS Code tasks that run when the folder is opened.</summary>
    public static void CheckTasks(SourceFile file, JsonElement root, Action<Finding> report)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("tasks", out var tasks) || tasks.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var from = 0;
        foreach (var task in tasks.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.Object))
        {
            if (!task.TryGetProperty("runOptions", out var run) || run.ValueKind != JsonValueKind.Object || !run.TryGetProperty("runOn", out var on) || on.GetString() != "folderOpen")
            {
                continue;
            }

            var label = task.TryGetProperty("label", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString() ?? "" : "";
            var command = task.TryGetProperty("command", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() ?? "" : "";
            if (task.TryGetProperty("args", out var args) && args.ValueKind == JsonValueKind.Array)
            {
                command += " " + string.Join(' ', args.EnumerateArray().Select(a => a.ToString()));
            }

            var at = JsonText.ValueOffset(file.Text, "folderOpen", from);
            from = at + 1;
            var risky = InjectionSignals.Default.All.Where(s => s.Kind is "download-execute" or "destructive").Any(s => s.Pattern.IsMatch(command))
                || Regex.IsMatch(command, @"\b(curl|wget|iwr|invoke-webrequest|nc|bash\s+-c|sh\s+-c|powershell|pwsh)\b", Options);
            report(Make(file, AgentRules.FolderOpenTask, file.LocationOf(at, at + "folderOpen".Length + 2),
                $"Task '{label}' runs when the folder is opened: `{Short(command.Trim())}`.", risky ? Severity.High : Severity.Medium));
        }
    }

    /// <summary>Coding agents started with their permission checks disabled, in scripts and package.json scripts.</summary>
    public static void CheckScript(SourceFile file, Action<Finding> report)
    {
        foreach (Match m in SkipFlag.Matches(file.Text))
        {
            var location = file.LocationOf(m.Index, m.Index + m.Length);
            report(AgentRules.Make(AgentRules.SkipPermissions, location, $"A coding agent is started with its permission checks disabled ({Short(m.Value)}): it will run any command it is told to, including injected ones.",
                snippet: InjectionAnalyzer.Excerpt(file, location), fix: "Remove the flag; grant the specific tools the job needs (an allow-list), and run unattended agents only in a disposable sandbox without secrets."));
        }
    }

    private static Location Property(SourceFile file, string name)
    {
        var at = Math.Max(0, JsonText.PropertyOffset(file.Text, name));
        return file.LocationOf(at, at + name.Length + 2);
    }

    private static Location Value(SourceFile file, string value, int from)
    {
        var at = JsonText.ValueOffset(file.Text, value, from);
        return file.LocationOf(at, at + value.Length + 2);
    }

    private static string Short(string s) => s.Length > 160 ? s[..160] + "…" : s;

    private static Finding Make(SourceFile file, RuleDescriptor rule, Location location, string message, Severity severity) =>
        AgentRules.Make(rule, location, message, severity, snippet: InjectionAnalyzer.Excerpt(file, location), fix: rule == AgentRules.FolderOpenTask
            ? "Remove runOn: folderOpen (and keep task.allowAutomaticTasks off) so that tasks run only when someone starts them."
            : "Remove the auto-approval or narrow it to specific read-only commands; keep a human confirming commands that write, delete, install or reach the network.");
}
