using Pairguard.Rules.Matching;
using Pairguard.Syntax;

/// <summary>Which Juliet region (bad, good or neither) a line of a test-case file belongs to: by the enclosing method's name, else the class's.</summary>
internal sealed class MethodRegions
{
    private readonly List<(int StartLine, int EndLine, string Name, bool IsMethod)> _spans = [];

    public MethodRegions(string text, string language)
    {
        var root = TreeSitterSyntaxProvider.Instance.Parse(text, language, out _, out _);
        if (root is null)
        {
            return;
        }

        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        int LineOf(int offset)
        {
            var i = lineStarts.BinarySearch(offset);
            return (i >= 0 ? i : ~i - 1) + 1;
        }

        foreach (var n in root.DescendantsAndSelf())
        {
            var isMethod = n.Kind is "method_declaration" or "constructor_declaration" or "local_function_statement";
            var isClass = n.Kind is "class_declaration";
            if ((isMethod || isClass) && n.ChildByField("name") is { } name)
            {
                _spans.Add((LineOf(n.Start), LineOf(n.End), name.Text, isMethod));
            }
        }
    }

    /// <summary>"bad", "good" or null for a 1-based line.</summary>
    public string? RegionOf(int line)
    {
        var method = _spans.Where(s => s.IsMethod && s.StartLine <= line && line <= s.EndLine).OrderBy(s => s.EndLine - s.StartLine).FirstOrDefault();
        if (method.Name is { } m)
        {
            if (m.StartsWith("bad", StringComparison.OrdinalIgnoreCase))
            {
                return "bad";
            }

            if (m.StartsWith("good", StringComparison.OrdinalIgnoreCase))
            {
                return "good";
            }
        }

        var cls = _spans.Where(s => !s.IsMethod && s.StartLine <= line && line <= s.EndLine).OrderBy(s => s.EndLine - s.StartLine).FirstOrDefault();
        if (cls.Name is { } c)
        {
            if (c.EndsWith("_bad", StringComparison.OrdinalIgnoreCase))
            {
                return "bad";
            }

            if (c.Contains("_good", StringComparison.OrdinalIgnoreCase))
            {
                return "good";
            }
        }

        return null;
    }
}
