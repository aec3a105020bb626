using System.Text.RegularExpressions;
using Pairguard.Scanning;

namespace Pairguard.Dependencies.Imports;

/// <summary>Python <c>import a.b</c>, <c>import a as b, c</c>, <c>from x import y</c> (also parenthesised and multi-line); relative imports are skipped.</summary>
public sealed partial class PythonImportExtractor : IImportExtractor
{
    public bool AppliesTo(SourceFile file) => file.Language == Languages.Python;

    public IReadOnlyList<ImportRef> Extract(SourceFile file)
    {
        var code = CodeMask.Python(file.Text);
        var result = new List<ImportRef>();
        var lines = code.Split('\n');
        var continued = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var wasContinued = continued;
            continued = line.TrimEnd().EndsWith('\\');
            if (wasContinued)
            {
                continue;
            }

            foreach (var statement in line.Split(';'))
            {
                var s = statement.Trim();
                var from = FromImport().Match(s);
                if (from.Success)
                {
                    if (from.Groups["dots"].Length == 0 && from.Groups["module"].Length > 0)
                    {
                        result.Add(new ImportRef(Languages.Python, from.Groups["module"].Value, file.RelativePath, i + 1));
                    }

                    continue;
                }

                var import = PlainImport().Match(s);
                if (!import.Success)
                {
                    continue;
                }

                foreach (var part in import.Groups["list"].Value.Split(','))
                {
                    var name = part.Trim().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.TrimEnd('\\');
                    if (!string.IsNullOrEmpty(name) && ModuleName().IsMatch(name))
                    {
                        result.Add(new ImportRef(Languages.Python, name, file.RelativePath, i + 1));
                    }
                }
            }
        }

        return result;
    }

    [GeneratedRegex(@"^from\s+(?<dots>\.*)\s*(?<module>[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)?\s+import\b", RegexOptions.NonBacktracking)]
    private static partial Regex FromImport();

    [GeneratedRegex(@"^import\s+(?<list>[A-Za-z_][^#]*)$", RegexOptions.NonBacktracking)]
    private static partial Regex PlainImport();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$", RegexOptions.NonBacktracking)]
    private static partial Regex ModuleName();
}

/// <summary>JavaScript/TypeScript <c>import … from '…'</c>, side-effect <c>import '…'</c>, <c>export … from '…'</c>, <c>require('…')</c> and <c>import('…')</c>.</summary>
public sealed partial class JsImportExtractor : IImportExtractor
{
    public bool AppliesTo(SourceFile file) => file.Language is Languages.JavaScript or Languages.TypeScript or Languages.Tsx or Languages.Vue or Languages.Svelte;

    public IReadOnlyList<ImportRef> Extract(SourceFile file)
    {
        var (code, strings) = CodeMask.CLike(file.Text);
        var result = new List<ImportRef>();
        foreach (var regex in new[] { StaticImport(), CallImport() })
        {
            foreach (Match m in regex.Matches(code))
            {
                if (CodeMask.InsideString(strings, m.Index))
                {
                    continue;
                }

                var spec = m.Groups["spec"];
                result.Add(new ImportRef(file.Language ?? Languages.JavaScript, spec.Value, file.RelativePath, file.Lines.Position(spec.Index).Line));
            }
        }

        return result.OrderBy(r => r.Line).ToList();
    }

    [GeneratedRegex("""(?:^|[;\s}])(?:import|export)\s+(?:type\s+)?(?:[\w$*{}\s,]+?\s+from\s+)?["'](?<spec>[^"'\n]+)["']""", RegexOptions.NonBacktracking)]
    private static partial Regex StaticImport();

    [GeneratedRegex("""(?:^|[^\w$.])(?:require|import)\s*\(\s*["'`](?<spec>[^"'`$\n]+)["'`]\s*\)""", RegexOptions.NonBacktracking)]
    private static partial Regex CallImport();
}

/// <summary>Go <c>import "x"</c> and <c>import ( … )</c> blocks, with aliases, dot and blank imports.</summary>
public sealed partial class GoImportExtractor : IImportExtractor
{
    public bool AppliesTo(SourceFile file) => file.Language == Languages.Go;

    public IReadOnlyList<ImportRef> Extract(SourceFile file)
    {
        var (code, _) = CodeMask.CLike(file.Text);
        var result = new List<ImportRef>();
        var lines = code.Split('\n');
        var inBlock = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var t = lines[i].Trim();
            if (inBlock)
            {
                if (t.StartsWith(')'))
                {
                    inBlock = false;
                    continue;
                }

                AddPath(t, i);
                continue;
            }

            if (t.StartsWith("import", StringComparison.Ordinal))
            {
                var rest = t[6..].Trim();
                if (rest.StartsWith('('))
                {
                    inBlock = !rest.Contains(')');
                    AddPath(rest[1..], i);
                    continue;
                }

                AddPath(rest, i);
            }
            else if (t.StartsWith("func ", StringComparison.Ordinal) || t.StartsWith("type ", StringComparison.Ordinal) || t.StartsWith("var ", StringComparison.Ordinal))
            {
                break;
            }
        }

        return result;

        void AddPath(string text, int line)
        {
            var m = GoPath().Match(text);
            if (m.Success)
            {
                result.Add(new ImportRef(Languages.Go, m.Groups["path"].Value, file.RelativePath, line + 1));
            }
        }
    }

    [GeneratedRegex("""^(?:[\w.]+\s+)?["`](?<path>[^"`]+)["`]""", RegexOptions.NonBacktracking)]
    private static partial Regex GoPath();
}

/// <summary>Ruby <c>require 'x'</c> and <c>require "x"</c> (not <c>require_relative</c>).</summary>
public sealed partial class RubyImportExtractor : IImportExtractor
{
    public bool AppliesTo(SourceFile file) => file.Language == Languages.Ruby;

    public IReadOnlyList<ImportRef> Extract(SourceFile file)
    {
        var result = new List<ImportRef>();
        var lines = file.Text.Split('\n');
        var inDoc = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var t = lines[i].Trim();
            if (t.StartsWith("=begin", StringComparison.Ordinal))
            {
                inDoc = true;
            }

            if (inDoc)
            {
                inDoc = !t.StartsWith("=end", StringComparison.Ordinal);
                continue;
            }

            var m = Require().Match(t);
            if (m.Success)
            {
                result.Add(new ImportRef(Languages.Ruby, m.Groups["name"].Value, file.RelativePath, i + 1));
            }
        }

        return result;
    }

    [GeneratedRegex("""^(?:[\w.]+\s*(?:;|&&|\|\|)\s*)?require\s*\(?\s*["'](?<name>[^"'#]+)["']""", RegexOptions.NonBacktracking)]
    private static partial Regex Require();
}

/// <summary>PHP <c>use Vendor\Package\Class;</c> statements at file level (grouped <c>use A\{B, C}</c> included).</summary>
public sealed partial class PhpImportExtractor : IImportExtractor
{
    public bool AppliesTo(SourceFile file) => file.Language == Languages.Php;

    public IReadOnlyList<ImportRef> Extract(SourceFile file)
    {
        var (code, _) = CodeMask.CLike(file.Text, hashComments: true);
        var result = new List<ImportRef>();
        foreach (Match m in Use().Matches(code))
        {
            var ns = m.Groups["ns"].Value.TrimStart('\\');
            result.Add(new ImportRef(Languages.Php, ns, file.RelativePath, file.Lines.Position(m.Groups["ns"].Index).Line));
        }

        return result;
    }

    [GeneratedRegex(@"(?m)^\s*use\s+(?:function\s+|const\s+)?(?<ns>\\?[A-Za-z_][A-Za-z0-9_]*(?:\\[A-Za-z_][A-Za-z0-9_]*)*)", RegexOptions.NonBacktracking)]
    private static partial Regex Use();
}
