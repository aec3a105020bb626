using System.Text.Json.Nodes;
using Pairguard.Reporting;
using Pairguard.Scanning;

namespace Pairguard.Tests.Reporting;

public class SarifReporterTests
{
    private static string Write(ScanResult result) => ReportFixtures.Render(new SarifReporter(), result);

    private static JsonObject Run(string sarif) => JsonNode.Parse(sarif)!["runs"]![0]!.AsObject();

    private static JsonObject Rule(JsonObject run, string id) =>
        run["tool"]!["driver"]!["rules"]!.AsArray().Single(r => (string?)r!["id"] == id)!.AsObject();

    private static JsonObject Result(JsonObject run, string ruleId, int line) =>
        run["results"]!.AsArray().Single(r => (string?)r!["ruleId"] == ruleId && (int?)r!["locations"]![0]!["physicalLocation"]!["region"]!["startLine"] == line)!.AsObject();

    private static IEnumerable<JsonNode> Descendants(JsonNode? node)
    {
        if (node is null)
        {
            yield break;
        }

        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.SelectMany(Descendants))
        {
            yield return child;
        }
    }

    private static IEnumerable<NJsonSchema.Validation.ValidationError> Flatten(IEnumerable<NJsonSchema.Validation.ValidationError> errors) =>
        errors.SelectMany(e => e is NJsonSchema.Validation.ChildSchemaValidationError child
            ? new[] { e }.Concat(Flatten(child.Errors.SelectMany(kv => kv.Value)))
            : [e]);

    private static string Errors(ICollection<NJsonSchema.Validation.ValidationError> errors) =>
        string.Join("\n", errors.Select(e => $"{e.Kind} at {e.Path}"));

    [Fact]
    public void Report_with_every_kind_of_finding_validates_against_the_SARIF_schema()
    {
        var errors = SarifSchemaFile.Schema.Validate(Write(ReportFixtures.Full()));

        Assert.True(errors.Count == 0, Errors(errors));
    }

    [Fact]
    public void Empty_report_validates_against_the_SARIF_schema()
    {
        var errors = SarifSchemaFile.Schema.Validate(Write(ReportFixtures.Empty()));

        Assert.True(errors.Count == 0, Errors(errors));
    }

    [Fact]
    public void The_schema_check_does_catch_an_invalid_log()
    {
        var log = JsonNode.Parse(Write(ReportFixtures.Full()))!.AsObject();
        var result = log["runs"]![0]!["results"]![0]!.AsObject();
        result.Remove("message");
        result["level"] = "fatal";

        var errors = SarifSchemaFile.Schema.Validate(log.ToJsonString());

        var flat = Flatten(errors).Select(e => $"{e.Kind} {e.Path}").ToList();
        Assert.Contains(flat, e => e.StartsWith("PropertyRequired", StringComparison.Ordinal) && e.Contains("message", StringComparison.Ordinal));
        Assert.Contains(flat, e => e.StartsWith("NotInEnumeration", StringComparison.Ordinal) && e.Contains("level", StringComparison.Ordinal));
    }

    [Fact]
    public void Log_header_and_driver_follow_GitHub_expectations()
    {
        var log = JsonNode.Parse(Write(ReportFixtures.Full()))!;
        var driver = log["runs"]![0]!["tool"]!["driver"]!;

        Assert.Equal("2.1.0", (string?)log["version"]);
        Assert.EndsWith("sarif-schema-2.1.0.json", (string?)log["$schema"], StringComparison.Ordinal);
        Assert.Single(log["runs"]!.AsArray());
        Assert.Equal("Pairguard", (string?)driver["name"]);
        Assert.Equal("0.1.0", (string?)driver["semanticVersion"]);
    }

    [Fact]
    public void Rules_are_the_ones_with_results_sorted_by_id_and_result_rule_index_points_at_them()
    {
        var run = Run(Write(ReportFixtures.Full()));
        var ids = run["tool"]!["driver"]!["rules"]!.AsArray().Select(r => (string?)r!["id"]).ToList();

        Assert.Equal(["agent.prompt-injection.instruction", "python.crypto.md5", "python.flask.xss.render-string", "secrets.generic.api-key"], ids);
        Assert.DoesNotContain(ReportFixtures.UnusedRule.Id, ids);
        foreach (var result in run["results"]!.AsArray())
        {
            Assert.Equal((string?)result!["ruleId"], ids[(int)result["ruleIndex"]!]);
        }
    }

    [Fact]
    public void Rule_descriptor_carries_descriptions_help_level_tags_precision_and_security_severity()
    {
        var rule = Rule(Run(Write(ReportFixtures.Full())), ReportFixtures.XssRule.Id);

        Assert.Equal("PythonFlaskXssRenderString", (string?)rule["name"]);
        Assert.Equal(ReportFixtures.XssRule.Title, (string?)rule["shortDescription"]!["text"]);
        Assert.Equal(ReportFixtures.XssRule.Description, (string?)rule["fullDescription"]!["text"]);
        Assert.StartsWith(ReportFixtures.XssRule.Description, (string?)rule["help"]!["text"], StringComparison.Ordinal);
        Assert.Contains("[CWE-79]", (string?)rule["help"]!["markdown"], StringComparison.Ordinal);
        Assert.Equal("https://example.org/rules/xss", (string?)rule["helpUri"]);
        Assert.Equal("error", (string?)rule["defaultConfiguration"]!["level"]);

        var properties = rule["properties"]!;
        var tags = properties["tags"]!.AsArray().Select(t => (string?)t).ToList();
        Assert.Equal(["security", "external/cwe/cwe-79", "external/cwe/cwe-116", "xss"], tags);
        Assert.Equal("high", (string?)properties["precision"]);

        var score = properties["security-severity"]!.AsValue();
        Assert.True(score.TryGetValue<string>(out var text), "security-severity must be a string");
        Assert.Equal(8.0, double.Parse(text!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Tags_are_capped_at_twenty_keeping_security_and_CWE_tags_first()
    {
        var rule = ReportFixtures.XssRule with { Tags = Enumerable.Range(0, 30).Select(i => $"tag{i}").ToList() };
        var result = ReportFixtures.Full() with { Rules = [rule], Findings = [ReportFixtures.Xss] };

        var tags = Rule(Run(Write(result)), rule.Id)["properties"]!["tags"]!.AsArray().Select(t => (string?)t).ToList();

        Assert.Equal(20, tags.Count);
        Assert.Equal(["security", "external/cwe/cwe-79", "external/cwe/cwe-116", "tag0"], tags.Take(4));
    }

    [Fact]
    public void Maintainability_rules_get_no_security_tag_nor_security_severity()
    {
        var finding = ReportFixtures.Secret with
        {
            RuleId = ScannerRules.MissingReason.Id,
            Title = ScannerRules.MissingReason.Title,
            Severity = Severity.Low,
            Cwe = [],
            Analyzer = ScannerRules.AnalyzerId,
        };
        var result = ReportFixtures.Full() with { Findings = [finding], Rules = ScannerRules.All };

        var rule = Rule(Run(Write(result)), ScannerRules.MissingReason.Id);

        Assert.Equal(["maintainability"], rule["properties"]!["tags"]!.AsArray().Select(t => (string?)t));
        Assert.Null(rule["properties"]!["security-severity"]);
        Assert.Equal("note", (string?)rule["defaultConfiguration"]!["level"]);
    }

    [Fact]
    public void Results_have_level_message_relative_location_region_snippet_and_partial_fingerprint()
    {
        var run = Run(Write(ReportFixtures.Full()));
        var secret = Result(run, ReportFixtures.SecretRule.Id, 3);

        Assert.Equal("error", (string?)secret["level"]);
        Assert.Equal("API key assigned to API_KEY.", (string?)secret["message"]!["text"]);
        var physical = secret["locations"]![0]!["physicalLocation"]!;
        Assert.Equal("config/settings%20dev.py", (string?)physical["artifactLocation"]!["uri"]);
        Assert.Equal("%SRCROOT%", (string?)physical["artifactLocation"]!["uriBaseId"]);
        var region = physical["region"]!;
        Assert.Equal([3, 11, 3, 51], new[] { "startLine", "startColumn", "endLine", "endColumn" }.Select(k => (int)region[k]!));
        Assert.Equal(ReportFixtures.Secret.Snippet, (string?)region["snippet"]!["text"]);

        var fingerprints = secret["partialFingerprints"]!.AsObject();
        Assert.Equal(ReportFixtures.Secret.Fingerprint, (string?)fingerprints["pairguard/v1"]);
        Assert.False(fingerprints.ContainsKey("primaryLocationLineHash"));

        var levels = run["results"]!.AsArray().Select(r => (string?)r!["level"]).ToList();
        Assert.Equal(["note", "error", "error", "warning", "warning"], levels);
    }

    [Fact]
    public void Every_artifact_uri_is_relative_and_the_base_directory_is_a_file_uri_ending_in_a_slash()
    {
        var sarif = Write(ReportFixtures.Full());
        var run = Run(sarif);

        var baseUri = (string?)run["originalUriBaseIds"]!["%SRCROOT%"]!["uri"];
        Assert.StartsWith("file:///", baseUri, StringComparison.Ordinal);
        Assert.EndsWith("my%20project/", baseUri, StringComparison.Ordinal);
        var uris = Descendants(JsonNode.Parse(sarif))
            .OfType<JsonObject>()
            .Where(o => o.ContainsKey("uri") && o.ContainsKey("uriBaseId"))
            .Select(o => (string)o["uri"]!)
            .ToList();
        Assert.NotEmpty(uris);
        Assert.All(uris, u => Assert.False(Uri.TryCreate(u, UriKind.Absolute, out _) || u.StartsWith('/'), u));
    }

    [Fact]
    public void Reserved_characters_in_paths_are_percent_encoded()
    {
        var baseDirectory = OperatingSystem.IsWindows() ? @"C:\50%off\a#b" : "/srv/50%off/a#b";
        var finding = ReportFixtures.Secret with { Location = new Location("dir/x#1 y%.py", 1, 1, 1, 5) };
        var run = Run(Write(ReportFixtures.Full() with { BaseDirectory = baseDirectory, Findings = [finding], Diagnostics = [] }));

        var expectedBase = OperatingSystem.IsWindows() ? "file:///C:/50%25off/a%23b/" : "file:///srv/50%25off/a%23b/";
        Assert.Equal(expectedBase, (string?)run["originalUriBaseIds"]!["%SRCROOT%"]!["uri"]);
        Assert.Equal("dir/x%231%20y%25.py", (string?)run["results"]![0]!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]);
    }

    [Fact]
    public void Suppressed_findings_are_kept_with_in_source_or_external_suppressions()
    {
        var run = Run(Write(ReportFixtures.Full()));

        var inline = Result(run, ReportFixtures.Md5Rule.Id, 20)["suppressions"]!.AsArray().Single()!;
        Assert.Equal("inSource", (string?)inline["kind"]);
        Assert.Equal("checksum of a public file, not a password", (string?)inline["justification"]);
        Assert.Equal(19, (int?)inline["location"]!["physicalLocation"]!["region"]!["startLine"]);

        var baseline = Result(run, ReportFixtures.Md5Rule.Id, 4)["suppressions"]!.AsArray().Single()!;
        Assert.Equal("external", (string?)baseline["kind"]);

        Assert.Null(Result(run, ReportFixtures.XssRule.Id, 10)["suppressions"]);
        Assert.Equal(5, run["results"]!.AsArray().Count);
    }

    [Fact]
    public void Trace_becomes_a_code_flow_with_one_thread_flow_location_per_step()
    {
        var run = Run(Write(ReportFixtures.Full()));
        var flow = Result(run, ReportFixtures.XssRule.Id, 10)["codeFlows"]!.AsArray().Single()!;
        var steps = flow["threadFlows"]![0]!["locations"]!.AsArray();

        Assert.Equal(3, steps.Count);
        Assert.Equal(["source", "step", "sink"], steps.Select(s => (string?)s!["kinds"]![0]));
        Assert.Equal([8, 9, 10], steps.Select(s => (int)s!["location"]!["physicalLocation"]!["region"]!["startLine"]!));
        Assert.Equal("source: request.args['name'] read here", (string?)steps[0]!["location"]!["message"]!["text"]);
        Assert.Null(Result(run, ReportFixtures.SecretRule.Id, 3)["codeFlows"]);
    }

    [Fact]
    public void Result_properties_carry_severity_confidence_and_the_finding_properties()
    {
        var run = Run(Write(ReportFixtures.Full()));
        var properties = Result(run, ReportFixtures.XssRule.Id, 10)["properties"]!.AsObject();

        Assert.Equal(["severity", "confidence", "analyzer", "owasp", "cwe", "engine", "framework"], properties.Select(p => p.Key));
        Assert.Equal("flask", (string?)properties["framework"]);
    }

    [Fact]
    public void Diagnostics_are_tool_execution_notifications_of_the_invocation()
    {
        var run = Run(Write(ReportFixtures.Full()));
        var invocation = run["invocations"]!.AsArray().Single()!;
        var notifications = invocation["toolExecutionNotifications"]!.AsArray();
        var descriptors = run["tool"]!["driver"]!["notifications"]!.AsArray().Select(d => (string?)d!["id"]).ToList();

        Assert.True((bool)invocation["executionSuccessful"]!);
        Assert.Equal(ReportFixtures.Diagnostics.Count, notifications.Count);
        Assert.Equal(["pairguard.diagnostic.skipped", "pairguard.diagnostic.read-error", "pairguard.diagnostic.analyzer-error"], descriptors);
        foreach (var n in notifications)
        {
            Assert.Equal((string?)n!["descriptor"]!["id"], descriptors[(int)n["descriptor"]!["index"]!]);
        }

        var read = notifications.Single(n => (string?)n!["descriptor"]!["id"] == "pairguard.diagnostic.read-error")!;
        Assert.Equal("warning", (string?)read["level"]);
        Assert.Equal("locked.py", (string?)read["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]);
        Assert.Contains("Permission denied", (string?)read["message"]!["text"], StringComparison.Ordinal);
    }

    [Fact]
    public void Output_is_deterministic_and_escapes_hidden_characters()
    {
        var first = Write(ReportFixtures.Full());

        Assert.Equal(first, Write(ReportFixtures.Full()));
        Assert.DoesNotContain('\u202E', first);
        Assert.DoesNotContain('\r', first);
        Assert.Contains("\\u202E", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Time", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Whole_line_location_leaves_out_the_end_column()
    {
        var finding = ReportFixtures.Secret with { Location = Location.Line("a.py", 7), Snippet = null };
        var run = Run(Write(ReportFixtures.Full() with { Findings = [finding] }));
        var region = run["results"]![0]!["locations"]![0]!["physicalLocation"]!["region"]!.AsObject();

        Assert.Equal(["startLine", "startColumn", "endLine"], region.Select(p => p.Key));
        Assert.Equal(7, (int?)region["startLine"]);
    }
}
