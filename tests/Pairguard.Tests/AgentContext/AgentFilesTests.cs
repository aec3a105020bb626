using Pairguard.AgentContext;

namespace Pairguard.Tests.AgentContext;

/// <summary>Which files agents read, and in which role.</summary>
public class AgentFilesTests
{
    [Theory]
    [InlineData("plugins/plugin-dev/agents/agent-creator.md", AgentFileKind.AgentInstructions)]
    [InlineData("plugins/review/commands/review-pr.md", AgentFileKind.AgentInstructions)]
    [InlineData("plugins/review/README.md", AgentFileKind.Documentation)]
    [InlineData("docs/plugins/agents/overview.md", AgentFileKind.Documentation)]
    [InlineData("README.md", AgentFileKind.Documentation)]
    [InlineData("docs/guide/intro.mdx", AgentFileKind.Documentation)]
    [InlineData("CONTRIBUTING.rst", AgentFileKind.Documentation)]
    [InlineData(".github/ISSUE_TEMPLATE/bug.yml", AgentFileKind.Documentation)]
    [InlineData("notes.txt", AgentFileKind.Documentation)]
    [InlineData("requirements-dev.txt", AgentFileKind.None)]
    [InlineData("CLAUDE.md", AgentFileKind.AgentInstructions)]
    [InlineData("sub/AGENTS.md", AgentFileKind.AgentInstructions)]
    [InlineData("GEMINI.md", AgentFileKind.AgentInstructions)]
    [InlineData(".cursorrules", AgentFileKind.AgentInstructions)]
    [InlineData(".cursor/rules/react.mdc", AgentFileKind.AgentInstructions)]
    [InlineData(".github/copilot-instructions.md", AgentFileKind.AgentInstructions)]
    [InlineData(".github/instructions/tests.instructions.md", AgentFileKind.AgentInstructions)]
    [InlineData(".claude/commands/release.md", AgentFileKind.AgentInstructions)]
    [InlineData(".claude/skills/pdf/SKILL.md", AgentFileKind.AgentInstructions)]
    [InlineData(".windsurfrules", AgentFileKind.AgentInstructions)]
    [InlineData(".mcp.json", AgentFileKind.McpConfig)]
    [InlineData(".cursor/mcp.json", AgentFileKind.McpConfig)]
    [InlineData(".vscode/mcp.json", AgentFileKind.McpConfig)]
    [InlineData("claude_desktop_config.json", AgentFileKind.McpConfig)]
    [InlineData(".claude/settings.json", AgentFileKind.ClaudeSettings)]
    [InlineData(".vscode/settings.json", AgentFileKind.VsCodeSettings)]
    [InlineData(".vscode/tasks.json", AgentFileKind.VsCodeTasks)]
    [InlineData("package.json", AgentFileKind.PackageJson)]
    [InlineData("pyproject.toml", AgentFileKind.PyProject)]
    [InlineData("src/app.py", AgentFileKind.None)]
    [InlineData("settings.json", AgentFileKind.None)]
    public void Classifies_by_path(string path, AgentFileKind expected) => Assert.Equal(expected, AgentFiles.Classify(path));
}
