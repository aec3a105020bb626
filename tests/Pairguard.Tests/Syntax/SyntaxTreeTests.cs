using Pairguard.Scanning;
using Pairguard.Syntax;
using static Pairguard.Tests.Syntax.SyntaxTestHelpers;

namespace Pairguard.Tests.Syntax;

/// <summary>Trees of real-world-shaped files: kinds, fields, spans, navigation, and text offsets on non-ASCII text.</summary>
public sealed class SyntaxTreeTests
{
    public static TheoryData<string, string, string, string, string, string?, string, string> Nodes() => new()
    {
        // language, source, root kind, node kind, node text, field name, parent kind, span (start line:column - end line:column)
        { Languages.Python, SyntaxFixtures.FlaskApp, "module", "call", "db.execute(query)", "object", "attribute", "12:11-12:28" },
        { Languages.JavaScript, SyntaxFixtures.ExpressHandler, "program", "binary_expression", "\"SELECT * FROM users WHERE id = \" + id", "value", "variable_declarator", "9:13-9:51" },
        { Languages.TypeScript, SyntaxFixtures.TsService, "program", "binary_expression", "\"/api/users/\" + id", "value", "variable_declarator", "10:25-10:43" },
        { Languages.Tsx, SyntaxFixtures.TsxComponent, "program", "binary_expression", "\"<b>\" + user.name + \"</b>\"", "value", "variable_declarator", "6:16-6:42" },
        { Languages.Java, SyntaxFixtures.SpringController, "program", "method_invocation", "stmt.executeQuery(sql)", null, "expression_statement", "15:9-15:31" },
        { Languages.CSharp, SyntaxFixtures.AspNetController, "compilation_unit", "invocation_expression", "_db.Database.ExecuteSqlRaw(sql)", null, "expression_statement", "17:9-17:40" },
        { Languages.Go, SyntaxFixtures.GoHandler, "source_file", "call_expression", "db.Query(query)", null, "expression_list", "14:15-14:30" },
        { Languages.Php, SyntaxFixtures.PhpScript, "program", "binary_expression", "\"SELECT * FROM users WHERE id = \" . $id", "right", "assignment_expression", "8:12-8:51" },
        { Languages.Ruby, SyntaxFixtures.RailsController, "program", "call", "ActiveRecord::Base.connection.execute(sql)", null, "body_statement", "10:5-10:47" },
    };

    [Theory]
    [MemberData(nameof(Nodes))]
    public void Real_world_files_parse_into_the_expected_nodes(
        string language, string source, string rootKind, string kind, string text, string? field, string parentKind, string span)
    {
        var (sl, sc, el, ec) = ParseSpan(span);
        using var parsed = ParseOk(source, language);
        var tree = parsed.Tree!;
        Assert.Equal(rootKind, tree.Root.Kind);
        Assert.False(tree.HasError);
        var node = Single(tree, kind, text);
        Assert.Equal(field, node.FieldName);
        Assert.Equal(parentKind, node.Parent!.Value.Kind);
        Assert.Equal((sl, sc, el, ec), (node.StartLine, node.StartColumn, node.EndLine, node.EndColumn));
        Assert.Equal(new Location("<snippet>", sl, sc, el, ec), node.Location);
        Assert.Equal(text, source[node.Start..node.End]);

        // the node is found again through its parent's children, with the same field name
        var viaParent = Assert.Single(node.Parent!.Value.Children, c => c == node);
        Assert.Equal(field, viaParent.FieldName);
        if (field is not null)
        {
            Assert.Equal(node, node.Parent!.Value.ChildByField(field));
        }
    }

    private static (int, int, int, int) ParseSpan(string span)
    {
        var parts = span.Split('-', ':').Select(int.Parse).ToArray();
        return (parts[0], parts[1], parts[2], parts[3]);
    }

    [Fact]
    public void Fields_children_and_navigation_of_a_python_function()
    {
        using var parsed = ParseOk(SyntaxFixtures.FlaskApp, Languages.Python);
        var function = parsed.Tree!.Root.Find("function_definition")!.Value;
        Assert.Equal("get_user", function.ChildByField("name")!.Value.Text);
        Assert.Equal("(user_id, verbose=False)", function.ChildByField("parameters")!.Value.Text);
        Assert.Equal("block", function.ChildByField("body")!.Value.Kind);
        Assert.Null(function.ChildByField("no_such_field"));
        Assert.Equal("decorated_definition", function.Parent!.Value.Kind);
        Assert.Equal("definition", function.FieldName);

        var children = function.Children;
        Assert.Equal(["def", "identifier", "parameters", ":", "block"], children.Select(c => c.Kind));
        Assert.Equal([null, "name", "parameters", null, "body"], children.Select(c => c.FieldName));
        Assert.False(children[0].IsNamed);
        Assert.Equal(3, function.NamedChildCount);
        Assert.Equal(["identifier", "parameters", "block"], function.NamedChildren.Select(c => c.Kind));
        Assert.Equal("parameters", function.Child(2)!.Value.Kind);
        Assert.Equal("block", function.NamedChild(2)!.Value.Kind);
        Assert.Null(function.Child(99));
        Assert.Equal("parameters", children[1].NextSibling!.Value.Kind);
        Assert.Equal("def", children[1].PreviousSibling!.Value.Kind);

        var calls = function.Descendants("call");
        Assert.Equal(["sqlite3.connect(\"app.db\")", "db.execute(query).fetchone()", "db.execute(query)", "app.logger.info(f\"fetched {user_id} for {request.remote_addr}\")", "jsonify(row)"],
            calls.Select(c => c.Text));
        Assert.Equal(calls, function.FindAll(n => n.Kind == "call"));
        Assert.Equal("function_definition", calls[0].Ancestor("function_definition")!.Value.Kind);
        Assert.Null(parsed.Tree.Root.Parent);
        Assert.True(function.Descendants().Count > calls.Count);
    }

    [Fact]
    public void Offsets_lines_and_columns_are_in_characters_on_non_ascii_lines()
    {
        // é is 2 UTF-8 bytes, 😀 is 4 bytes and 2 UTF-16 chars, 日本 6 bytes
        const string source = "s = \"héllo 😀\" + name  # 日本\nt = call(s)\n";
        var file = SourceFile.FromText("app.py", source, Languages.Python);
        using var parsed = SyntaxParser.Parse(file);
        var tree = parsed.Tree!;
        var name = Assert.Single(tree.Root.FindAll("identifier"), n => n.Text == "name");
        Assert.Equal(source.IndexOf("name", StringComparison.Ordinal), name.Start);
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(source[..name.Start]), name.StartByte);
        Assert.True(name.StartByte > name.Start);
        Assert.Equal(file.LocationOf(name.Start, name.End), name.Location);
        Assert.Equal((1, 18, 1, 22), (name.StartLine, name.StartColumn, name.EndLine, name.EndColumn));
        Assert.Equal("# 日本", tree.Root.Find("comment")!.Value.Text);
        var call = tree.Root.Find("call")!.Value;
        Assert.Equal((2, 5), (call.StartLine, call.StartColumn));
        Assert.Equal("\"héllo 😀\"", tree.Root.Find("string")!.Value.Text);
    }

    [Fact]
    public void Crlf_files_keep_pairguard_line_numbers()
    {
        const string source = "import os\r\n\r\nos.system(cmd)\r\n";
        using var parsed = ParseOk(source, Languages.Python);
        var call = parsed.Tree!.Root.Find("call")!.Value;
        Assert.Equal((3, 1, 3, 15), (call.StartLine, call.StartColumn, call.EndLine, call.EndColumn));
    }

    [Fact]
    public void Broken_code_has_error_and_missing_nodes_counted()
    {
        using var parsed = SyntaxParser.Parse("function f( {\n  return g(1;\n}\n", Languages.JavaScript);
        var tree = parsed.Tree!;
        Assert.True(tree.HasError);
        Assert.True(tree.ErrorCount > 0);
        Assert.Equal(tree.ErrorCount, tree.Root.FindAll(n => n.IsError || n.IsMissing).Count);
        var diagnostic = parsed.ToDiagnostic("rules", includeSyntaxErrors: true);
        Assert.Equal(DiagnosticKind.Warning, diagnostic!.Kind);
        Assert.Contains("syntax error", diagnostic.Message, StringComparison.Ordinal);
        Assert.Null(parsed.ToDiagnostic("rules"));
    }

    [Fact]
    public void A_disposed_tree_refuses_access_instead_of_reading_freed_memory()
    {
        var parsed = ParseOk("x = f(1)\n", Languages.Python);
        var call = parsed.Tree!.Root.Find("call")!.Value;
        parsed.Dispose();
        Assert.True(parsed.Tree.IsDisposed);
        Assert.Throws<ObjectDisposedException>(() => call.Kind);
        Assert.Throws<ObjectDisposedException>(() => parsed.Tree.Root);
        parsed.Dispose(); // twice is fine
    }

    [Fact]
    public void Printer_shows_kinds_fields_and_spans()
    {
        using var parsed = ParseOk("def f(a):\n    return a\n", Languages.Python);
        var text = SyntaxPrinter.ToText(parsed.Tree!.Root);
        Assert.Equal(
            """
            (module [1:1 - 3:1]
              (function_definition [1:1 - 2:13]
                name: (identifier [1:5 - 1:6] "f")
                parameters: (parameters [1:6 - 1:9]
                  (identifier [1:7 - 1:8] "a"))
                body: (block [2:5 - 2:13]
                  (return_statement [2:5 - 2:13]
                    (identifier [2:12 - 2:13] "a")))))

            """.ReplaceLineEndings("\n"), text.ReplaceLineEndings("\n"));
        Assert.Contains("(\"def\" [1:1 - 1:4])", SyntaxPrinter.ToText(parsed.Tree.Root, includeAnonymous: true), StringComparison.Ordinal);
    }
}
