using Pairguard.Scanning;

namespace Pairguard.AgentContext;

/// <summary>Descriptors of every agent-context rule (prompt injection, hidden instructions, risky agent configuration).</summary>
public static class AgentRules
{
    /// <summary>Analyzer id of the injection analyzer (text read by agents).</summary>
    public const string InjectionAnalyzerId = "agent-injection";

    /// <summary>Analyzer id of the agent configuration analyzer (MCP, settings, tasks, scripts).</summary>
    public const string ConfigAnalyzerId = "agent-config";

    private const string Injection = "A03:2021-Injection";
    private const string Misconfiguration = "A05:2021-Security Misconfiguration";
    private const string Integrity = "A08:2021-Software and Data Integrity Failures";

    public static readonly RuleDescriptor InstructionToModel = Rule(
        "agent.injection.instruction-to-model", "Instructions aimed at an AI model",
        "Text that addresses an AI assistant or agent and tells it to act, to ignore earlier instructions, to keep something from the user, to reveal secrets or to change its role. Coding agents cannot reliably tell such text from their user's instructions.",
        Severity.Medium, Confidence.Medium, [1427], Injection, InjectionAnalyzerId);

    public static readonly RuleDescriptor LikelyInjection = Rule(
        "agent.injection.likely-instruction", "Sentence that reads like a prompt injection (statistical model)",
        "A sentence in a document that no keyword rule matched, but that a word-feature model trained on prompt-injection sets scores as an instruction to an AI model (a task, a question or a change to its answer slipped into the document). The finding names the sentence and the features (words, word pairs, fit to the document) that weighed most.",
        Severity.Medium, Confidence.Low, [1427], Injection, InjectionAnalyzerId);

    public static readonly RuleDescriptor ChatTemplate = Rule(
        "agent.injection.chat-template", "Chat-template or role markers in a document",
        "Chat-template tokens (<|im_start|>, [INST], <<SYS>>) and role markers (<system>, ### Instruction:) in an ordinary document try to make a model read the following text as a system or user turn.",
        Severity.Medium, Confidence.Medium, [1427], Injection, InjectionAnalyzerId);

    public static readonly RuleDescriptor HiddenHtmlComment = Rule(
        "agent.hidden.html-comment", "Instructions hidden in an HTML comment",
        "An HTML comment is invisible in the rendered document but is read in full by coding agents; instructions or commands inside it reach the model without a human seeing them.",
        Severity.High, Confidence.High, [1427, 451], Injection, InjectionAnalyzerId);

    public static readonly RuleDescriptor DetailsBlock = Rule(
        "agent.hidden.details-block", "Instructions in a collapsed details block",
        "A collapsed <details> block hides its content from a casual reader; instructions to an AI model or harmful commands inside it are easily missed in review.",
        Severity.Medium, Confidence.Medium, [1427, 451], Injection, InjectionAnalyzerId);

    public static readonly RuleDescriptor HiddenHtml = Rule(
        "agent.hidden.hidden-html", "Instructions in invisible HTML",
        "Text inside an HTML element made invisible (display:none, visibility:hidden, font-size:0, zero size, white text, hidden attribute) is not shown to readers but is read by models.",
        Severity.High, Confidence.High, [1427, 451], Injection, InjectionAnalyzerId);

    public static readonly RuleDescriptor FarRightText = Rule(
        "agent.hidden.far-right-text", "Instructions pushed out of view by spaces",
        "Text placed after a long run of spaces is outside the visible width of editors and diff views, but a model reads it like any other text.",
        Severity.High, Confidence.Medium, [1427, 451], Injection, InjectionAnalyzerId);

    public static readonly RuleDescriptor EncodedInstructions = Rule(
        "agent.hidden.encoded-instructions", "Encoded instructions (base64, hex, binary, Morse, rot13)",
        "A blob that decodes to natural-language instructions hides them from reviewers, while models readily decode and follow them. The finding shows the decoded text.",
        Severity.High, Confidence.High, [1427, 451], Injection, InjectionAnalyzerId);

    public static readonly RuleDescriptor TagCharacterInstructions = Rule(
        "agent.hidden.tag-character-instructions", "Instructions written in invisible Unicode tag characters",
        "Unicode tag characters render as nothing but spell out text that models read; here the hidden text carries instructions or commands. The finding shows the decoded text.",
        Severity.Critical, Confidence.High, [1427, 1007], Injection, InjectionAnalyzerId);

    public static readonly RuleDescriptor ConfusableCharacters = Rule(
        "agent.hidden.confusable-characters", "Mixed-script look-alike characters",
        "A word mixes Latin letters with look-alike letters from Cyrillic, Greek or Armenian, so an identifier, host name or package name reads as a familiar one but is a different string.",
        Severity.Medium, Confidence.High, [1007], Injection, InjectionAnalyzerId);

    public static readonly RuleDescriptor Exfiltration = Rule(
        "agent.payload.exfiltration", "Instruction to send secrets or code to a URL",
        "Text read by an agent tells it to send .env files, keys, tokens, SSH keys, environment variables or the repository to a URL (by curl, wget, fetch, PowerShell or a Markdown image whose URL carries data).",
        Severity.High, Confidence.High, [200, 1427], Injection, InjectionAnalyzerId);

    public static readonly RuleDescriptor DownloadExecute = Rule(
        "agent.payload.download-execute", "Instruction to download and run code",
        "Text aimed at an agent tells it to fetch a script and run it (curl | sh, iex (iwr ...)), handing control of the machine to whoever serves the URL.",
        Severity.High, Confidence.High, [494, 1427], Integrity, InjectionAnalyzerId);

    public static readonly RuleDescriptor DestructiveCommand = Rule(
        "agent.payload.destructive-command", "Instruction to run a destructive command",
        "Text aimed at an agent tells it to delete files (rm -rf), rewrite history (force-push, reset --hard) or destroy data.",
        Severity.High, Confidence.Medium, [1427], Injection, InjectionAnalyzerId);

    public static readonly RuleDescriptor GuardDisabling = Rule(
        "agent.payload.guard-disabling", "Instruction to disable safeguards",
        "Text aimed at an agent tells it to bypass hooks (--no-verify), disable tests, linters or security checks, or skip permission prompts.",
        Severity.High, Confidence.Medium, [1427, 693], Injection, InjectionAnalyzerId);

    public static readonly RuleDescriptor PackageInstall = Rule(
        "agent.payload.package-install", "Instruction to install a named package",
        "Text aimed at an agent tells it to install a specific package; injected installs are a path to slopsquatted or malicious packages. The package names are listed for verification.",
        Severity.High, Confidence.Medium, [829, 1427], Integrity, InjectionAnalyzerId);

    public static readonly RuleDescriptor McpUnpinnedPackage = Rule(
        "agent.mcp.unpinned-package", "MCP server started from an unpinned package",
        "The MCP server is launched with npx, uvx, pipx, bunx or docker from a package or image without a pinned version, so every start may run new, unreviewed code with the agent's privileges.",
        Severity.Medium, Confidence.High, [829, 1104], Integrity, ConfigAnalyzerId);

    public static readonly RuleDescriptor McpRemoteScript = Rule(
        "agent.mcp.remote-script", "MCP server started from a downloaded script",
        "The MCP server command downloads a script and pipes it to a shell or interpreter, so the server is whatever the URL serves at each start.",
        Severity.High, Confidence.High, [494, 829], Integrity, ConfigAnalyzerId);

    public static readonly RuleDescriptor McpPlainHttp = Rule(
        "agent.mcp.plain-http", "MCP server reached over plain HTTP",
        "The MCP server URL uses http:// to a non-local host: tool calls, results and credentials travel unencrypted and can be altered on the way.",
        Severity.High, Confidence.High, [319], "A02:2021-Cryptographic Failures", ConfigAnalyzerId);

    public static readonly RuleDescriptor McpSecretInEnv = Rule(
        "agent.mcp.secret-in-env", "Secret written into an MCP server configuration",
        "A literal token or key is written in the MCP server's env or headers, so it is committed with the file and handed to a third-party server process. Use an input variable or the environment instead.",
        Severity.High, Confidence.Medium, [798, 522], "A07:2021-Identification and Authentication Failures", ConfigAnalyzerId);

    public static readonly RuleDescriptor AutoApprove = Rule(
        "agent.config.auto-approve", "Agent tools approved without asking",
        "The configuration lets an agent run tools or shell commands without a human confirming them (autoApprove, alwaysAllow, permissions.allow wildcards, bypassPermissions, chat.tools.autoApprove), so a single injected instruction acts immediately.",
        Severity.High, Confidence.High, [1188, 250], Misconfiguration, ConfigAnalyzerId);

    public static readonly RuleDescriptor SkipPermissions = Rule(
        "agent.config.skip-permissions", "Agent run with permission checks disabled",
        "A script or configuration starts a coding agent with its permission prompts disabled (--dangerously-skip-permissions and similar), so it executes whatever it is told without confirmation.",
        Severity.High, Confidence.High, [250, 1188], Misconfiguration, ConfigAnalyzerId);

    public static readonly RuleDescriptor FolderOpenTask = Rule(
        "agent.config.folder-open-task", "Task that runs when the folder is opened",
        "A VS Code task with runOn: folderOpen (or automatic tasks enabled) runs a command as soon as the folder is opened, before anyone reviews the repository.",
        Severity.Medium, Confidence.High, [829], Misconfiguration, ConfigAnalyzerId);

    /// <summary>Rules reported by the injection analyzer.</summary>
    public static IReadOnlyList<RuleDescriptor> InjectionRules { get; } =
    [
        InstructionToModel, LikelyInjection, ChatTemplate, HiddenHtmlComment, DetailsBlock, HiddenHtml, FarRightText, EncodedInstructions, TagCharacterInstructions,
        ConfusableCharacters, Exfiltration, DownloadExecute, DestructiveCommand, GuardDisabling, PackageInstall,
    ];

    /// <summary>Rules reported by the configuration analyzer.</summary>
    public static IReadOnlyList<RuleDescriptor> ConfigRules { get; } =
        [McpUnpinnedPackage, McpRemoteScript, McpPlainHttp, McpSecretInEnv, AutoApprove, SkipPermissions, FolderOpenTask];

    /// <summary>Builds a finding of a rule.</summary>
    public static Finding Make(RuleDescriptor rule, Location location, string message, Severity? severity = null, Confidence? confidence = null, string? snippet = null, IReadOnlyDictionary<string, string>? properties = null, string? fix = null) => new()
    {
        RuleId = rule.Id,
        Title = rule.Title,
        Message = message,
        Severity = severity ?? rule.Severity,
        Confidence = confidence ?? rule.Confidence,
        Cwe = rule.Cwe,
        Owasp = rule.Owasp,
        Analyzer = rule.Analyzer,
        Location = location,
        Snippet = snippet,
        Fix = fix,
        HelpUri = rule.HelpUri,
        Properties = properties ?? new Dictionary<string, string>(),
    };

    private static RuleDescriptor Rule(string id, string title, string description, Severity severity, Confidence confidence, int[] cwe, string owasp, string analyzer) => new()
    {
        Id = id,
        Title = title,
        Description = description,
        Severity = severity,
        Confidence = confidence,
        Cwe = cwe,
        Owasp = owasp,
        Analyzer = analyzer,
        HelpUri = $"docs/rules/{id}.md",
        Tags = ["security", "agent-context"],
    };
}
