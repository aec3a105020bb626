using Pairguard.Scanning;
using Pairguard.Syntax;
using Pairguard.Syntax.Adapters;

namespace Pairguard.Tests.Syntax;

/// <summary>Code pasted from a chat: function bodies, lone statements, PHP without an opening tag still yield call nodes.</summary>
public sealed class SnippetTests
{
    public static TheoryData<string, string, string> Snippets() => new()
    {
        // language, snippet, callee path that must be found
        { Languages.Python, "    user_id = request.args[\"id\"]\n    cursor.execute(\"SELECT * FROM users WHERE id = \" + user_id)\n    return cursor.fetchall()\n", "cursor.execute" },
        { Languages.Python, "data = [i for i in\nos.system(cmd)\n", "os.system" },
        { Languages.JavaScript, "db.query(\"SELECT * FROM t WHERE id = \" + req.params.id);", "db.query" },
        { Languages.JavaScript, "  const rows = await db.query(sql);\n  res.json(rows);\n});\n", "res.json" },
        { Languages.TypeScript, "  const user = await this.http.get<User>(`/api/${id}`);\n  return user;\n}\n", "this.http.get" },
        { Languages.Java, "String sql = \"SELECT * FROM t WHERE id=\" + id;\nstmt.executeQuery(sql);\n", "stmt.executeQuery" },
        { Languages.CSharp, "var sql = $\"SELECT * FROM t WHERE id={id}\";\ndb.Database.ExecuteSqlRaw(sql);\n", "db.Database.ExecuteSqlRaw" },
        { Languages.Go, "rows, err := db.Query(\"SELECT * FROM t WHERE id=\" + id)\nif err != nil { return err }\n", "db.Query" },
        { Languages.Php, "$rows = $pdo->query(\"SELECT * FROM t WHERE id = \" . $_GET['id']);\necho $rows;\n", "$pdo.query" },
        { Languages.Ruby, "  User.where(\"name = '#{params[:name]}'\")\nend\n", "User.where" },
    };

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Partial_snippets_still_yield_their_calls(string language, string snippet, string calleePath)
    {
        using var parsed = SyntaxParser.Parse(snippet, language);
        Assert.Equal(ParseStatus.Parsed, parsed.Status);
        var adapter = LanguageAdapters.For(language)!;
        var paths = parsed.Tree!.Root.FindAll(adapter.IsCall).Select(adapter.CalleePath).ToList();
        Assert.Contains(calleePath, paths);
    }

    [Fact]
    public void Php_without_an_opening_tag_uses_the_php_only_grammar()
    {
        const string snippet = "$pdo->query(\"SELECT * FROM t WHERE id = \" . $id);\n";
        Assert.Equal("php_only", GrammarRegistry.ChooseGrammar(Languages.Php, snippet));
        Assert.Equal("php", GrammarRegistry.ChooseGrammar(Languages.Php, "<?php " + snippet));
        Assert.Equal("php", GrammarRegistry.ChooseGrammar(Languages.Php, "<div>{{ $name }}</div>"));
        Assert.Equal("php", GrammarRegistry.ChooseGrammar(Languages.Php, "@extends('layout')", "views/home.blade.php"));

        using var snippetTree = SyntaxParser.Parse(snippet, Languages.Php);
        Assert.Equal("php_only", snippetTree.Tree!.Grammar.Name);
        Assert.Equal(0, snippetTree.Tree.ErrorCount);
        Assert.NotNull(snippetTree.Tree.Root.Find("member_call_expression"));

        using var explicitOnly = SyntaxParser.Parse(snippet, "php_only");
        Assert.Equal("php_only", explicitOnly.Tree!.Grammar.Name);

        using var full = SyntaxParser.Parse("<html><?php " + snippet + " ?></html>", Languages.Php);
        Assert.Equal("php", full.Tree!.Grammar.Name);
        Assert.NotNull(full.Tree.Root.Find("member_call_expression"));
        Assert.NotNull(full.Tree.Root.Find("text"));
    }

    [Fact]
    public void A_truncated_snippet_reports_its_errors_but_keeps_the_rest()
    {
        using var parsed = SyntaxParser.Parse("cursor.execute(q)\nx = (1, \n", Languages.Python);
        var tree = parsed.Tree!;
        Assert.True(tree.ErrorCount > 0);
        Assert.NotNull(tree.Root.Find(n => n.Kind == "call" && n.Text == "cursor.execute(q)"));
    }
}
