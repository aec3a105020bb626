using Pairguard.Scanning;
using Pairguard.Syntax;
using Pairguard.Syntax.Adapters;
using static Pairguard.Tests.Syntax.SyntaxTestHelpers;

namespace Pairguard.Tests.Syntax;

/// <summary>Every adapter entry of every code language, exercised on a real-world-shaped file.</summary>
public sealed class LanguageAdapterTests
{
    /// <summary>What each language's fixture must yield through its adapter.</summary>
    public sealed record Expectation(
        string Language,
        string Source,
        string Function,
        string[] ParameterNames,
        string BodyKind,
        string CalleeName,
        string CalleePath,
        string? Receiver,
        string[] Arguments,
        string Member,
        string MemberObject,
        string MemberProperty,
        string AssignedName,
        string[] ConcatOperands,
        string ConcatLiteralValue,
        string[]? Holes,
        string? InterpolatedLiteralParts,
        string ReturnValue,
        string DecoratedDefinitionName,
        string[] DecoratorNames,
        string[] Imports,
        string FirstComment);

    public static TheoryData<string> Languages() =>
        [Pairguard.Scanning.Languages.Python, Pairguard.Scanning.Languages.JavaScript, Pairguard.Scanning.Languages.TypeScript, Pairguard.Scanning.Languages.Tsx, Pairguard.Scanning.Languages.Java,
         Pairguard.Scanning.Languages.CSharp, Pairguard.Scanning.Languages.Go, Pairguard.Scanning.Languages.Php, Pairguard.Scanning.Languages.Ruby];

    private static readonly Dictionary<string, Expectation> Expectations = new()
    {
        [Pairguard.Scanning.Languages.Python] = new(
            Pairguard.Scanning.Languages.Python, SyntaxFixtures.FlaskApp, "get_user", ["user_id", "verbose"], "block",
            "execute", "db.execute", "db", ["query"], "app.logger", "app", "logger",
            "query", ["\"SELECT * FROM users WHERE id = \"", "user_id"], "SELECT * FROM users WHERE id = ",
            ["user_id", "request.remote_addr"], "fetched  for ", "jsonify(row)",
            "get_user", ["app.route"], ["sqlite3", "flask"], "# A small Flask app"),
        [Pairguard.Scanning.Languages.JavaScript] = new(
            Pairguard.Scanning.Languages.JavaScript, SyntaxFixtures.ExpressHandler, "helper", ["a", "b"], "statement_block",
            "query", "db.query", "db", ["`SELECT * FROM users WHERE name = '${req.query.name}'`"], "req.params", "req", "params",
            "sql", ["\"SELECT * FROM users WHERE id = \"", "id"], "SELECT * FROM users WHERE id = ",
            ["req.query.name"], "SELECT * FROM users WHERE name = ''", "a + b",
            "helper", [], ["express", "./db.js"], "// Express handler"),
        [Pairguard.Scanning.Languages.TypeScript] = new(
            Pairguard.Scanning.Languages.TypeScript, SyntaxFixtures.TsService, "load", ["id", "page"], "statement_block",
            "get", "this.http.get", "this.http", ["`${url}?page=${page}`"], "this.http", "this", "http",
            "url", ["\"/api/users/\"", "id"], "/api/users/",
            ["url", "page"], "?page=", "res",
            "UserService", ["Injectable"], ["@angular/core", "./user"], "// TS service"),
        [Pairguard.Scanning.Languages.Tsx] = new(
            Pairguard.Scanning.Languages.Tsx, SyntaxFixtures.TsxComponent, "Profile", ["{ user }"], "statement_block",
            "fetch", "fetch", null, ["`/api/users/${user.id}`"], "user.name", "user", "name",
            "html", ["\"<b>\"", "user.name", "\"</b>\""], "<b>",
            ["user.id"], "/api/users/", "<div dangerouslySetInnerHTML={{ __html: html }} className=\"profile\">{bio}</div>",
            "Profile", [], ["react"], "// TSX component"),
        [Pairguard.Scanning.Languages.Java] = new(
            Pairguard.Scanning.Languages.Java, SyntaxFixtures.SpringController, "getUser", ["id", "model"], "block",
            "executeQuery", "stmt.executeQuery", "stmt", ["sql"], "this.jdbc", "this", "jdbc",
            "sql", ["\"SELECT * FROM users WHERE id = \"", "id"], "SELECT * FROM users WHERE id = ",
            null, null, "\"user\"",
            "getUser", ["GetMapping"], ["org.springframework.web.bind.annotation", "java.sql.Statement"], "// Spring controller"),
        [Pairguard.Scanning.Languages.CSharp] = new(
            Pairguard.Scanning.Languages.CSharp, SyntaxFixtures.AspNetController, "Get", ["id", "page"], "block",
            "ExecuteSqlRaw", "_db.Database.ExecuteSqlRaw", "_db.Database", ["sql"], "_db.Database", "_db", "Database",
            "sql", ["\"SELECT * FROM Users WHERE Id = \"", "id"], "SELECT * FROM Users WHERE Id = ",
            ["id", "page"], "loaded  page ", "Ok(sql)",
            "Get", ["HttpGet"], ["Microsoft.AspNetCore.Mvc", "System.Data.SqlClient"], "// ASP.NET controller"),
        [Pairguard.Scanning.Languages.Go] = new(
            Pairguard.Scanning.Languages.Go, SyntaxFixtures.GoHandler, "getUser", ["w", "r"], "block",
            "Query", "db.Query", "db", ["query"], "r.URL", "r", "URL",
            "query", ["\"SELECT * FROM users WHERE id = \"", "id"], "SELECT * FROM users WHERE id = ",
            null, null, "http.ListenAndServe(addr, nil)",
            "getUser", [], ["database/sql", "fmt", "net/http"], "// getUser is a Go HTTP handler"),
        [Pairguard.Scanning.Languages.Php] = new(
            Pairguard.Scanning.Languages.Php, SyntaxFixtures.PhpScript, "get_user", ["$id", "$limit"], "compound_statement",
            "query", "$pdo.query", "$pdo", ["\"SELECT * FROM users WHERE name = '$name' AND id = {$id}\""], "$this->prefix", "$this", "prefix",
            "$sql", ["\"SELECT * FROM users WHERE id = \"", "$id"], "SELECT * FROM users WHERE id = ",
            ["$name", "$id"], "SELECT * FROM users WHERE name = '' AND id = ", "$rows",
            "get_user", ["Route"], ["Illuminate\\Support\\Facades\\DB"], "// A PHP script"),
        [Pairguard.Scanning.Languages.Ruby] = new(
            Pairguard.Scanning.Languages.Ruby, SyntaxFixtures.RailsController, "show", ["format"], "body_statement",
            "execute", "ActiveRecord.Base.connection.execute", "ActiveRecord::Base.connection", ["sql"], "ActiveRecord::Base", "ActiveRecord", "Base",
            "sql", ["\"SELECT * FROM users WHERE id = \"", "params[:id]"], "SELECT * FROM users WHERE id = ",
            ["params[:name]"], "name = ''", "@user",
            "show", [], ["json"], "# Rails controller"),
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_adapter_entry_works_on_the_fixture(string language)
    {
        var e = Expectations[language];
        var adapter = LanguageAdapters.For(language)!;
        Assert.Equal(language, adapter.Language);
        using var parsed = ParseOk(e.Source, language);
        var root = parsed.Tree!.Root;

        // function definition: name, parameters, body (a block)
        var function = Assert.Single(root.FindAll(n => adapter.IsFunction(n) && adapter.FunctionName(n)?.Text == e.Function));
        Assert.Equal(e.ParameterNames, adapter.Parameters(function).Select(p => adapter.ParameterName(p)?.Text));
        Assert.All(adapter.Parameters(function), p => Assert.True(adapter.IsParameter(p)));
        var body = adapter.FunctionBody(function);
        Assert.NotNull(body);
        Assert.Equal(e.BodyKind, body.Value.Kind);
        Assert.True(adapter.IsBlock(body.Value));

        // call: callee, receiver, arguments
        var call = Assert.Single(root.FindAll(n => adapter.IsCall(n) && adapter.CalleePath(n) == e.CalleePath));
        Assert.Equal(e.CalleeName, adapter.CalleeName(call));
        Assert.Equal(e.Receiver, adapter.Receiver(call)?.Text);
        Assert.Equal(e.Arguments, adapter.Arguments(call).Select(a => a.Text));
        Assert.NotNull(adapter.Callee(call));

        // member access
        var member = root.FindAll(n => adapter.IsMemberAccess(n) && n.Text == e.Member).First();
        Assert.Equal(e.MemberObject, adapter.MemberObject(member)?.Text);
        Assert.Equal(e.MemberProperty, adapter.MemberProperty(member)?.Text);

        // assignment/declaration whose value is a string concatenation starting with a literal
        var assignment = root.FindAll(n => adapter.IsAssignment(n) && adapter.AssignmentLeft(n)?.Text == e.AssignedName
                                          && adapter.AssignmentRight(n) is { } r && adapter.IsConcatenation(r)).First();
        var concat = adapter.AssignmentRight(assignment)!.Value;
        var operands = adapter.ConcatenationOperands(concat);
        Assert.Equal(e.ConcatOperands, operands.Select(o => o.Text));
        Assert.True(adapter.IsStringLiteral(operands[0]));
        Assert.False(adapter.IsInterpolatedString(operands[0]));
        Assert.Equal(e.ConcatLiteralValue, adapter.StringValue(operands[0]));
        Assert.False(adapter.IsConcatenation(operands[^1]));

        // interpolated string and its holes (Java and Go have none)
        var interpolated = root.FindAll(adapter.IsInterpolatedString);
        if (e.Holes is null)
        {
            Assert.Empty(interpolated);
            Assert.Empty(adapter.Table.InterpolatedStrings);
        }
        else
        {
            var withHoles = Assert.Single(interpolated);
            Assert.True(adapter.IsStringLiteral(withHoles));
            Assert.Equal(e.Holes, adapter.Holes(withHoles).Select(h => h.Text));
            Assert.Equal(e.InterpolatedLiteralParts, adapter.StringValue(withHoles));
        }

        // return
        var returns = root.FindAll(n => adapter.IsReturn(n) && adapter.ReturnValue(n) is not null);
        Assert.Contains(e.ReturnValue, returns.Select(r => adapter.ReturnValue(r)!.Value.Text));

        // decorators / annotations / attributes of a definition
        var decorated = root.FindAll(n => n.ChildByField("name")?.Text == e.DecoratedDefinitionName && n.Kind != "call").First();
        var decorators = adapter.Decorators(decorated);
        Assert.Equal(e.DecoratorNames, decorators.Select(d => adapter.DecoratorName(d)));
        Assert.All(decorators, d => Assert.True(adapter.IsDecorator(d)));

        // imports (statements and import calls)
        var imports = root.FindAll(adapter.IsImport).Where(i => i.Ancestor(adapter.Table.Imports.ToArray()) is null);
        Assert.Equal(e.Imports, imports.SelectMany(adapter.ImportedModules).Distinct());

        // comments
        var comment = root.FindAll(adapter.IsComment).First();
        Assert.Equal(e.FirstComment, comment.Text);
        Assert.Equal(1, comment.StartColumn);

        // enclosing function of the call
        var enclosing = adapter.EnclosingFunction(call);
        Assert.NotNull(enclosing);
        Assert.True(adapter.IsFunction(enclosing.Value));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Adapter_tables_name_only_kinds_and_fields_the_grammar_has(string language)
    {
        var table = LanguageAdapters.For(language)!.Table;
        var grammar = GrammarRegistry.GetGrammar(GrammarRegistry.Find(language)!.Grammar);
        var kinds = table.Functions.Select(f => f.Kind).Concat(table.Parameters).Concat(table.Calls.Select(c => c.Kind)).Concat(table.ArgumentWrappers)
            .Concat(table.Members.Select(m => m.Kind)).Concat(table.Assignments.Select(a => a.Kind)).Concat(table.Strings).Concat(table.InterpolatedStrings)
            .Concat(table.StringParts).Concat(table.HoleWrappers).Concat(table.HoleNoise).Concat(table.Concatenations.Select(c => c.Kind))
            .Concat(table.Returns).Concat(table.Decorators).Concat(table.Imports).Concat(table.Comments).Concat(table.Blocks);
        Assert.All(kinds, k => Assert.True(grammar.HasKind(k), $"{language}: no node kind '{k}'"));

        var fields = table.Functions.SelectMany(f => new[] { f.Name, f.Parameters, f.Body }).Concat(table.Calls.SelectMany(c => new[] { c.Callee, c.Receiver, c.Arguments }))
            .Concat(table.Members.SelectMany(m => new[] { m.Object, m.Property })).Concat(table.Assignments.SelectMany(a => new[] { a.Left, a.Right }))
            .Where(f => f is not null);
        Assert.All(fields, f => Assert.True(grammar.HasField(f!), $"{language}: no field '{f}'"));
        Assert.All(table.Concatenations, c => Assert.True(grammar.HasKind(c.Operator), $"{language}: no operator token '{c.Operator}'"));
    }

    [Fact]
    public void Adapters_resolve_grammar_names_and_refuse_data_languages()
    {
        Assert.Equal(Pairguard.Scanning.Languages.Php, LanguageAdapters.For("php_only")!.Language);
        Assert.Equal(Pairguard.Scanning.Languages.CSharp, LanguageAdapters.For("c_sharp")!.Language);
        Assert.Null(LanguageAdapters.For(Pairguard.Scanning.Languages.Json));
        Assert.Null(LanguageAdapters.For("cobol"));
    }

    [Fact]
    public void Non_matching_nodes_get_empty_answers()
    {
        var adapter = LanguageAdapters.For(Pairguard.Scanning.Languages.Python)!;
        using var parsed = ParseOk("x = 1\n", Pairguard.Scanning.Languages.Python);
        var number = parsed.Tree!.Root.Find("integer")!.Value;
        Assert.False(adapter.IsCall(number));
        Assert.Null(adapter.Callee(number));
        Assert.Empty(adapter.Arguments(number));
        Assert.Null(adapter.StringValue(number));
        Assert.Empty(adapter.Holes(number));
        Assert.Empty(adapter.ConcatenationOperands(number));
        Assert.Null(adapter.ReturnValue(number));
        Assert.Empty(adapter.ImportedModules(number));
        Assert.Null(adapter.EnclosingFunction(number));
    }
}
