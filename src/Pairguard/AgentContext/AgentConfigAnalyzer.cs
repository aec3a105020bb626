using System.Text.Json;
using Pairguard.Scanning;

namespace Pairguard.AgentContext;

/// <summary>Finds agent configuration that lets an agent act without a human in the loop: risky MCP servers, auto-approval, automatic tasks, permission-skipping flags.</summary>
public sealed class AgentConfigAnalyzer : IFileAnalyzer
{
    private static readonly string[] ScriptLanguages = [Languages.Bash, Languages.PowerShell, Languages.Batch, Languages.Makefile, Languages.Yaml, Languages.Dockerfile];

    public string Id => AgentRules.ConfigAnalyzerId;

    public IReadOnlyList<RuleDescriptor> Rules => AgentRules.ConfigRules;

    public bool AppliesTo(SourceFile file) =>
        AgentFiles.Classify(file.RelativePath) is AgentFileKind.McpConfig or AgentFileKind.ClaudeSettings or AgentFileKind.VsCodeSettings or AgentFileKind.VsCodeTasks or AgentFileKind.PackageJson
        || (file.Language is { } language && ScriptLanguages.Contains(language));

    public void Analyze(SourceFile file, FileAnalysisContext context)
    {
        var kind = AgentFiles.Classify(file.RelativePath);
        if (kind is AgentFileKind.None or AgentFileKind.PackageJson)
        {
            AgentSettingsChecks.CheckScript(file, context.Report);
            if (kind == AgentFileKind.None)
            {
                return;
            }
        }

        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(file.Text, JsonText.Options);
        }
        catch (JsonException e)
        {
            if (kind != AgentFileKind.PackageJson)
            {
                context.Report(new Diagnostic(DiagnosticKind.Warning, file.RelativePath, $"agent configuration is not valid JSON ({e.Message}); its settings were not checked", Id));
            }

            return;
        }

        using (doc)
        {
            switch (kind)
            {
                case AgentFileKind.McpConfig:
                    McpConfigChecks.Check(file, doc.RootElement, context.Report);
                    break;
                case AgentFileKind.ClaudeSettings:
                    AgentSettingsChecks.CheckClaude(file, doc.RootElement, context.Report);
                    break;
                case AgentFileKind.VsCodeSettings:
                    AgentSettingsChecks.CheckVsCode(file, doc.RootElement, context.Report);
                    break;
                case AgentFileKind.VsCodeTasks:
                    AgentSettingsChecks.CheckTasks(file, doc.RootElement, context.Report);
                    break;
            }
        }
    }
}
