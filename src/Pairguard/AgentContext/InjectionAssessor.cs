using Pairguard.Scanning;

namespace Pairguard.AgentContext;

/// <summary>The judgement on one passage: which rule, how severe, and the signals that fired (the explanation).</summary>
/// <param name="Rule">The rule the passage is reported under.</param>
/// <param name="Severity">Severity from the combination of intent, payload and concealment.</param>
/// <param name="Confidence">How sure the combination is.</param>
/// <param name="Signals">Ids of the signals that counted, e.g. <c>override.ignore-previous</c>, <c>exfiltration(send.tool+secret-strong.dotenv+url.http)</c>.</param>
/// <param name="Description">What the passage does, in plain words.</param>
/// <param name="Packages">Package names the passage tells the model to install.</param>
/// <param name="Score">Intent + payload + concealment points (for measurement).</param>
public sealed record InjectionVerdict(RuleDescriptor Rule, Severity Severity, Confidence Confidence, IReadOnlyList<string> Signals, string Description, IReadOnlyList<string> Packages, int Score);

/// <summary>
/// Combines the signals of a passage. A lone imperative is never a finding: the passage must address a model, try to override it,
/// ask for secrets, use chat markers, or be hidden and carry a harmful command. Instruction + payload + concealment is critical.
/// </summary>
public static class InjectionAssessor
{
    /// <summary><see cref="TextSegment.Detail"/> of a code block judged together with the sentence that introduces it.</summary>
    public const string IntroducedCode = "code block with its introduction";

    private static readonly string[] PayloadOrder = ["exfiltration", "download-execute", "destructive", "guard-disabling", "package-install"];

    /// <summary>Judges a passage of a file of the given kind; null when it is not a finding.</summary>
    public static InjectionVerdict? Assess(TextSegment segment, AgentFileKind fileKind, InjectionSignals signals, CancellationToken cancellationToken = default)
    {
        if (segment.Text.Length == 0)
        {
            return null;
        }

        var hits = signals.Match(segment.Text, cancellationToken);

        if (fileKind == AgentFileKind.AgentInstructions)
        {
            hits = hits.Where(h => h.Signal.InInstructionFiles).ToList();
        }

        if (hits.Count == 0)
        {
            return null;
        }

        var byKind = hits.GroupBy(h => h.Signal.Kind).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        bool Has(string kind) => byKind.ContainsKey(kind);
        var instructionsFile = fileKind == AgentFileKind.AgentInstructions;
        var code = segment.Kind == SegmentKind.Code;
        var addressCounts = !instructionsFile && (!code || segment.Detail == IntroducedCode);

        var used = new List<string>();
        var intentKinds = new List<string>();
        var intent = 0;

        void Count(string kind, int weight)
        {
            if (Has(kind))
            {
                intent += weight;
                intentKinds.Add(kind);
                used.AddRange(byKind[kind].Select(h => h.Signal.Id));
            }
        }

        Count("override", 3);
        Count("extraction", 3);
        Count("secrecy", 2);
        if (!code)
        {
            Count("template", 3);
        }

        if (addressCounts)
        {
            Count("role", 3);
            Count("address", 2);
            Count("address-weak", 1);
        }

        var addressed = addressCounts && Has("address");
        if (Has("imperative") && (addressed || segment.IsDeeplyHidden))
        {
            Count("imperative", 1);
        }
        else if (Has("second-person") && segment.IsDeeplyHidden)
        {
            Count("second-person", 1);
        }

        // Payloads: exfiltration is a composite of a way to send, something secret and a destination.
        var payloads = new Dictionary<string, (int Weight, string Evidence)>(StringComparer.Ordinal);
        var send = Has("send");
        var url = Has("url");
        if (Has("exfil-image"))
        {
            payloads["exfiltration"] = (2, string.Join('+', byKind["exfil-image"].Select(h => h.Signal.Id)));
        }
        else if (send && url && Has("secret-strong"))
        {
            payloads["exfiltration"] = (2, $"{First("send")}+{First("secret-strong")}+{First("url")}");
        }
        else if (send && url && Has("secret-weak"))
        {
            payloads["exfiltration"] = (1, $"{First("send")}+{First("secret-weak")}+{First("url")}");
        }

        foreach (var (kind, weight) in new[] { ("download-execute", 2), ("destructive", 1), ("guard-disabling", 1), ("package-install", 1) })
        {
            if (Has(kind))
            {
                payloads[kind] = (weight, string.Join('+', byKind[kind].Select(h => h.Signal.Id)));
            }
        }

        var strongExfil = payloads.TryGetValue("exfiltration", out var ex) && ex.Weight == 2;
        if (strongExfil)
        {
            intent += 2;
            intentKinds.Add("exfiltration");
        }

        var payload = payloads.Count == 0 ? 0 : payloads.Values.Max(p => p.Weight);
        var conceal = segment.ConcealmentWeight;
        var hiddenCommand = conceal >= 2 && (segment.IsDeeplyHidden
            ? payloads.Keys.Any(k => k is "exfiltration" or "download-execute" or "destructive" or "guard-disabling")
            : strongExfil || payloads.ContainsKey("download-execute"));

        var total = intent + payload + conceal;
        var isFinding = intent >= 3 || (intent >= 1 && total >= 4) || (addressed && payload > 0) || hiddenCommand;
        if (!isFinding)
        {
            return null;
        }

        foreach (var (kind, p) in payloads)
        {
            used.Add($"{kind}({p.Evidence})");
        }

        if (conceal > 0)
        {
            used.Add("concealment(" + (segment.Detail ?? segment.Kind.ToString()) + ")");
        }

        var instructed = intent >= 1;
        var severity = instructed && payload > 0 && conceal >= 2 ? Severity.Critical
            : (instructed && payload > 0) || (instructed && conceal >= 2) || hiddenCommand ? Severity.High
            : Severity.Medium;
        var confidence = Has("override") || Has("extraction") || (conceal >= 2 && instructed) || intent >= 5 ? Confidence.High
            : intent >= 3 ? Confidence.Medium
            : Confidence.Low;

        var mainPayload = PayloadOrder.FirstOrDefault(payloads.ContainsKey);
        var rule = segment.Kind switch
        {
            SegmentKind.HtmlComment => AgentRules.HiddenHtmlComment,
            SegmentKind.Details => AgentRules.DetailsBlock,
            SegmentKind.HiddenHtml => AgentRules.HiddenHtml,
            SegmentKind.FarRight => AgentRules.FarRightText,
            SegmentKind.Encoded => AgentRules.EncodedInstructions,
            SegmentKind.TagCharacters => AgentRules.TagCharacterInstructions,
            _ when mainPayload is not null && instructed => PayloadRule(mainPayload),
            _ when intentKinds.SequenceEqual(["template"]) => AgentRules.ChatTemplate,
            _ => AgentRules.InstructionToModel,
        };

        var packages = payloads.ContainsKey("package-install") ? PackageNames(signals, segment.Text) : [];
        return new InjectionVerdict(rule, severity, confidence, used.Distinct().ToList(), Describe(intentKinds, payloads.Keys, packages), packages, total);

        string First(string kind) => byKind[kind][0].Signal.Id;
    }

    private static RuleDescriptor PayloadRule(string kind) => kind switch
    {
        "exfiltration" => AgentRules.Exfiltration,
        "download-execute" => AgentRules.DownloadExecute,
        "destructive" => AgentRules.DestructiveCommand,
        "guard-disabling" => AgentRules.GuardDisabling,
        _ => AgentRules.PackageInstall,
    };

    private static string Describe(List<string> intentKinds, IEnumerable<string> payloadKinds, IReadOnlyList<string> packages)
    {
        var parts = new List<string>();
        foreach (var k in intentKinds.Distinct())
        {
            parts.Add(k switch
            {
                "address" => "addresses an AI model",
                "address-weak" => "speaks to whoever generates the code",
                "imperative" => "gives orders",
                "second-person" => "speaks to the reader",
                "override" => "tells the model to ignore or replace its instructions",
                "extraction" => "asks for secrets or the model's instructions",
                "secrecy" => "tells the model to keep something from the user",
                "role" => "tries to change the model's role",
                "template" => "uses chat-template or role markers",
                "exfiltration" => "sends secrets or code to an outside address",
                _ => k,
            });
        }

        foreach (var k in payloadKinds)
        {
            var text = k switch
            {
                "exfiltration" => "carries an exfiltration command",
                "download-execute" => "downloads and runs code",
                "destructive" => "runs a destructive command",
                "guard-disabling" => "disables safeguards",
                "package-install" => packages.Count > 0 ? "installs " + string.Join(", ", packages) : "installs a package",
                _ => k,
            };
            if (!parts.Contains(text) && !(k == "exfiltration" && intentKinds.Contains("exfiltration")))
            {
                parts.Add(text);
            }
        }

        return parts.Count switch
        {
            0 => "",
            1 => parts[0],
            _ => string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1],
        };
    }

    private static List<string> PackageNames(InjectionSignals signals, string text)
    {
        var names = new List<string>();
        foreach (var m in signals.Matches("package-install", text))
        {
            var words = m.Value.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
            var last = words[^1];
            if (!last.StartsWith('-') && last is not "." and not "-r" && !last.Contains("requirements", StringComparison.OrdinalIgnoreCase))
            {
                names.Add(last.Trim('`', '"', '\'', ',', '.', ';'));
            }
        }

        return names.Distinct().Take(10).ToList();
    }
}
