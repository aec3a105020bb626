using Pairguard.Configuration;

namespace Pairguard.Rules;

/// <summary>What a fixture comment says about a line: the rule must match, must not, or is a known gap.</summary>
public enum AnnotationKind
{
    /// <summary><c>ruleid: ID</c>: the rule must report this line.</summary>
    RuleId,

    /// <summary><c>ok: ID</c>: the rule must not report this line.</summary>
    Ok,

    /// <summary><c>todoruleid: ID</c>: a known false negative (should match, does not yet).</summary>
    TodoRuleId,

    /// <summary><c>todook: ID</c>: a known false positive (should not match, does yet).</summary>
    TodoOk,
}

/// <summary>One expectation in a fixture: rule id, kind, and the 1-based line it applies to.</summary>
public sealed record FixtureAnnotation(string RuleId, AnnotationKind Kind, int Line, int CommentLine);

/// <summary>Reads Semgrep-style test annotations (<c># ruleid: x</c>, <c>// ok: x</c>...) from a fixture file.</summary>
public static class FixtureAnnotations
{
    private static readonly (string Word, AnnotationKind Kind)[] Words =
    [
        ("todoruleid:", AnnotationKind.TodoRuleId),
        ("todook:", AnnotationKind.TodoOk),
        ("ruleid:", AnnotationKind.RuleId),
        ("ok:", AnnotationKind.Ok),
    ];

    /// <summary>
    /// Every annotation of the text. An annotation alone on its line applies to the next line that is not itself an annotation;
    /// one written after code applies to its own line.
    /// </summary>
    public static IReadOnlyList<FixtureAnnotation> Parse(string text, string? language)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var pending = new List<(string Id, AnnotationKind Kind, int Line)>();
        var result = new List<FixtureAnnotation>();
        for (var i = 0; i < lines.Length; i++)
        {
            var lineNo = i + 1;
            var line = lines[i];
            var found = Find(line, language);
            if (found is { } a)
            {
                var before = line[..a.At];
                var codeBefore = StripCommentOpener(before, language).Trim().Length > 0;
                foreach (var id in a.Ids)
                {
                    if (codeBefore)
                    {
                        result.Add(new FixtureAnnotation(id, a.Kind, lineNo, lineNo));
                    }
                    else
                    {
                        pending.Add((id, a.Kind, lineNo));
                    }
                }

                continue;
            }

            if (pending.Count > 0 && line.Trim().Length > 0)
            {
                result.AddRange(pending.Select(p => new FixtureAnnotation(p.Id, p.Kind, lineNo, p.Line)));
                pending.Clear();
            }
        }

        return result;
    }

    private static (int At, AnnotationKind Kind, string[] Ids)? Find(string line, string? language)
    {
        foreach (var (word, kind) in Words)
        {
            var at = IndexOfWord(line, word);
            if (at < 0 || !CommentSyntax.IsInComment(language, line[..at]))
            {
                continue;
            }

            var rest = line[(at + word.Length)..];
            foreach (var closer in new[] { "*/", "-->", "%>", "*}" })
            {
                var c = rest.IndexOf(closer, StringComparison.Ordinal);
                if (c >= 0)
                {
                    rest = rest[..c];
                }
            }

            var ids = rest.Split([',', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (ids.Length > 0)
            {
                return (at, kind, ids);
            }
        }

        return null;
    }

    private static int IndexOfWord(string line, string word)
    {
        var from = 0;
        while (true)
        {
            var at = line.IndexOf(word, from, StringComparison.Ordinal);
            if (at < 0)
            {
                return -1;
            }

            if (at == 0 || !char.IsLetterOrDigit(line[at - 1]))
            {
                return at;
            }

            from = at + 1;
        }
    }

    private static string StripCommentOpener(string before, string? language)
    {
        var s = before.TrimEnd();
        foreach (var opener in CommentSyntax.OpenersFor(language).OrderByDescending(o => o.Length))
        {
            if (s.EndsWith(opener.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return s[..^opener.Trim().Length];
            }
        }

        return s;
    }
}
