namespace Pairguard.AgentContext;

/// <summary>What role an agent-readable file plays, which decides how its text is judged.</summary>
public enum AgentFileKind
{
    /// <summary>Not a file that coding agents read as context.</summary>
    None,

    /// <summary>Prose written for humans that agents also read: READMEs, docs, templates, package descriptions.</summary>
    Documentation,

    /// <summary>Files written to instruct agents (CLAUDE.md, AGENTS.md, .cursorrules, skills, commands): addressing the model is normal there.</summary>
    AgentInstructions,

    /// <summary>MCP server configuration (.mcp.json, .cursor/mcp.json, .vscode/mcp.json, Claude Desktop config).</summary>
    McpConfig,

    /// <summary>Claude Code settings (.claude/settings.json, .claude/settings.local.json).</summary>
    ClaudeSettings,

    /// <summary>VS Code workspace settings (.vscode/settings.json).</summary>
    VsCodeSettings,

    /// <summary>VS Code tasks (.vscode/tasks.json).</summary>
    VsCodeTasks,

    /// <summary>npm package manifest: description and scripts are read by agents.</summary>
    PackageJson,

    /// <summary>Python project metadata: the description is read by agents.</summary>
    PyProject,

    /// <summary>Installed Python package metadata (METADATA, PKG-INFO): long description in the body.</summary>
    PythonMetadata,
}

/// <summary>Decides which files coding agents read as context, from their path alone.</summary>
public static class AgentFiles
{
    private static readonly string[] InstructionNames =
    [
        "claude.md", "claude.local.md", "agents.md", "agent.md", "gemini.md", "skill.md", ".cursorrules", ".windsurfrules", ".clinerules",
        "copilot-instructions.md", ".goosehints", "conventions.md",
    ];

    private static readonly string[] InstructionFolders =
    [
        ".cursor/rules/", ".github/instructions/", ".github/prompts/", ".github/chatmodes/", ".claude/commands/", ".claude/agents/", ".claude/skills/",
        ".clinerules/", ".windsurf/rules/", ".roo/rules", ".kiro/steering/", ".gemini/", "skills/",
    ];

    private static readonly string[] DocExtensions = [".md", ".mdx", ".markdown", ".rst", ".txt", ".mdc", ".adoc"];

    private static readonly string[] NonDocTextNames = ["cmakelists.txt", "robots.txt", "license.txt", "third_party_notices.txt", "llms-full.txt"];

    /// <summary>An agent or command definition of a Claude Code plugin: <c>plugins/NAME/agents/*.md</c>, <c>plugins/NAME/commands/*.md</c>.</summary>
    private static bool IsPluginDefinition(string lowerPath)
    {
        var at = lowerPath.IndexOf("/plugins/", StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }

        var parts = lowerPath[(at + "/plugins/".Length)..].Split('/');
        return parts.Length >= 3 && parts[1] is "agents" or "commands";
    }

    /// <summary>Classifies a file by its path relative to the scan root (with '/' separators).</summary>
    public static AgentFileKind Classify(string relativePath)
    {
        var path = "/" + relativePath.Replace('\\', '/').TrimStart('/');
        var lower = path.ToLowerInvariant();
        var name = lower[(lower.LastIndexOf('/') + 1)..];

        if (name is ".mcp.json" or "mcp.json" or "claude_desktop_config.json" or "cline_mcp_settings.json" or "mcp_settings.json" or "mcp_config.json"
            || (name == ".claude.json") || (name == "settings.json" && lower.EndsWith("/.gemini/settings.json", StringComparison.Ordinal)))
        {
            return AgentFileKind.McpConfig;
        }

        if (lower.EndsWith("/.claude/settings.json", StringComparison.Ordinal) || lower.EndsWith("/.claude/settings.local.json", StringComparison.Ordinal))
        {
            return AgentFileKind.ClaudeSettings;
        }

        if (lower.EndsWith("/.vscode/settings.json", StringComparison.Ordinal) || name.EndsWith(".code-workspace", StringComparison.Ordinal))
        {
            return AgentFileKind.VsCodeSettings;
        }

        if (lower.EndsWith("/.vscode/tasks.json", StringComparison.Ordinal))
        {
            return AgentFileKind.VsCodeTasks;
        }

        if (name == "package.json")
        {
            return AgentFileKind.PackageJson;
        }

        if (name == "pyproject.toml")
        {
            return AgentFileKind.PyProject;
        }

        if ((name is "metadata" or "pkg-info") && (lower.Contains(".dist-info/", StringComparison.Ordinal) || lower.Contains(".egg-info/", StringComparison.Ordinal)))
        {
            return AgentFileKind.PythonMetadata;
        }

        if (InstructionNames.Contains(name) || name.EndsWith(".instructions.md", StringComparison.Ordinal) || name.EndsWith(".prompt.md", StringComparison.Ordinal)
            || name.EndsWith(".chatmode.md", StringComparison.Ordinal) || (name.EndsWith(".mdc", StringComparison.Ordinal) && lower.Contains("/.cursor/", StringComparison.Ordinal)))
        {
            return AgentFileKind.AgentInstructions;
        }

        var ext = Path.GetExtension(name);
        if ((InstructionFolders.Any(f => lower.Contains("/" + f, StringComparison.Ordinal)) || IsPluginDefinition(lower)) && (DocExtensions.Contains(ext) || ext.Length == 0))
        {
            return AgentFileKind.AgentInstructions;
        }

        if (name.StartsWith("readme", StringComparison.Ordinal) || name.StartsWith("contributing", StringComparison.Ordinal)
            || name.StartsWith("pull_request_template", StringComparison.Ordinal) || lower.Contains("/.github/issue_template/", StringComparison.Ordinal)
            || lower.Contains("/.github/pull_request_template/", StringComparison.Ordinal))
        {
            return ext is "" || DocExtensions.Contains(ext) || ext is ".yml" or ".yaml" ? AgentFileKind.Documentation : AgentFileKind.None;
        }

        if (DocExtensions.Contains(ext))
        {
            if (ext == ".txt" && (NonDocTextNames.Contains(name) || name.StartsWith("requirements", StringComparison.Ordinal) || name.StartsWith("constraints", StringComparison.Ordinal)))
            {
                return AgentFileKind.None;
            }

            return AgentFileKind.Documentation;
        }

        return AgentFileKind.None;
    }

    /// <summary>True when the file holds prose or instructions (not a structured configuration file).</summary>
    public static bool IsProse(AgentFileKind kind) => kind is AgentFileKind.Documentation or AgentFileKind.AgentInstructions or AgentFileKind.PythonMetadata;
}
