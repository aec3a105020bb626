using Pairguard.Scanning;
using Pairguard.Syntax;
using static Pairguard.Tests.Syntax.SyntaxTestHelpers;

namespace Pairguard.Tests.Syntax;

/// <summary>The grammar registry: every grammar loads from the native library, and languages map to grammars.</summary>
public sealed class GrammarRegistryTests
{
    public static TheoryData<string, string, string> Samples() => new()
    {
        { Languages.Bash, "#!/bin/bash\ncurl -s \"$URL\" | sh\n", "pipeline" },
        { Languages.Json, "{\"mcpServers\": {\"x\": {\"command\": \"npx\"}}}", "pair" },
        { Languages.Yaml, "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n", "block_mapping_pair" },
        { "php_only", "echo $x;", "echo_statement" },
    };

    [Fact]
    public void Every_registered_grammar_loads_with_a_supported_abi()
    {
        Assert.True(SyntaxParser.IsAvailable, SyntaxParser.UnavailableReason);
        var names = GrammarRegistry.All.Select(e => e.Grammar).Append("php_only").ToList();
        Assert.Equal(13, names.Count);
        foreach (var name in names)
        {
            var grammar = GrammarRegistry.GetGrammar(name);
            Assert.Equal(name, grammar.Name);
            Assert.InRange(grammar.AbiVersion, 13, 15);
            Assert.True(grammar.NodeKinds.Count > 10);
            Assert.Same(grammar, GrammarRegistry.GetGrammar(name));
        }

        Assert.Throws<ArgumentException>(() => GrammarRegistry.GetGrammar("cobol"));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Config_and_agent_file_languages_parse(string language, string text, string kind)
    {
        using var parsed = ParseOk(text, language);
        Assert.NotNull(parsed.Tree!.Root.Find(kind));
    }

    [Theory]
    [InlineData("src/app.py", Languages.Python)]
    [InlineData("web/Profile.tsx", Languages.Tsx)]
    [InlineData("web/index.mjs", Languages.JavaScript)]
    [InlineData("Controllers/Home.cs", Languages.CSharp)]
    [InlineData("config/settings.yml", Languages.Yaml)]
    [InlineData("README.md", null)]
    public void Paths_map_to_languages(string path, string? language) => Assert.Equal(language, GrammarRegistry.ForPath(path)?.Language);

    [Fact]
    public void Languages_and_grammar_names_are_both_accepted()
    {
        Assert.Equal("c_sharp", GrammarRegistry.Find(Languages.CSharp)!.Grammar);
        Assert.Equal(Languages.CSharp, GrammarRegistry.Find("c_sharp")!.Language);
        Assert.Equal(Languages.Php, GrammarRegistry.Find("php_only")!.Language);
        Assert.Equal("tsx", GrammarRegistry.ChooseGrammar(Languages.Tsx, ""));
        Assert.Equal("c_sharp", GrammarRegistry.ChooseGrammar("c_sharp", ""));
        Assert.Null(GrammarRegistry.ChooseGrammar(Languages.Markdown, ""));
        Assert.False(GrammarRegistry.IsSupported(null));
        Assert.Equal(["//", "#"], GrammarRegistry.Find(Languages.Php)!.Comments.LinePrefixes);
        Assert.Equal("=begin", GrammarRegistry.Find(Languages.Ruby)!.Comments.BlockStart);
        Assert.Empty(GrammarRegistry.Find(Languages.Json)!.Comments.LinePrefixes);
    }

    [Fact]
    public void Registry_extensions_agree_with_the_language_detector()
    {
        foreach (var entry in GrammarRegistry.All)
        {
            foreach (var ext in entry.Extensions)
            {
                Assert.Equal(entry.Language, LanguageDetector.Detect("file" + ext));
            }
        }
    }
}
