using System.Text;
using Pairguard.Scanning;

namespace Pairguard.Rules;

/// <summary>One fix applied (or that would be applied) to a file.</summary>
public sealed record AppliedFix(string Path, string RuleId, int Line, string Before, string After);

/// <summary>Applies rule <c>fix:</c> templates to files: non-overlapping fixes only, first in file order wins, files written atomically.</summary>
public static class Autofix
{
    /// <summary>Applies the fixes of active findings under <paramref name="baseDirectory"/>; with <paramref name="dryRun"/> nothing is written.</summary>
    public static IReadOnlyList<AppliedFix> Apply(IEnumerable<Finding> findings, string baseDirectory, bool dryRun, ICollection<string> problems)
    {
        var applied = new List<AppliedFix>();
        foreach (var group in findings.Where(f => f.Suppression is null && f.Properties.ContainsKey("autofix")).GroupBy(f => f.Location.Path).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var full = Path.Combine(baseDirectory, group.Key);
            string text;
            try
            {
                text = File.ReadAllText(full);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add($"{group.Key}: cannot read for autofix: {e.Message}");
                continue;
            }

            var lines = new LineIndex(text);
            var edits = new List<(int Start, int End, Finding Finding)>();
            foreach (var f in group.OrderBy(f => f.Location.StartLine).ThenBy(f => f.Location.StartColumn))
            {
                var start = lines.LineStart(f.Location.StartLine) + f.Location.StartColumn - 1;
                var end = lines.LineStart(f.Location.EndLine) + f.Location.EndColumn - 1;
                if (start < 0 || end > text.Length || end < start)
                {
                    problems.Add($"{group.Key}:{f.Location.StartLine}: the file changed since the scan; fix skipped");
                    continue;
                }

                if (edits.Count > 0 && start < edits[^1].End)
                {
                    problems.Add($"{group.Key}:{f.Location.StartLine}: fix for {f.RuleId} overlaps an earlier fix; skipped");
                    continue;
                }

                edits.Add((start, end, f));
            }

            var sb = new StringBuilder(text.Length);
            var pos = 0;
            foreach (var (start, end, f) in edits)
            {
                sb.Append(text, pos, start - pos).Append(f.Properties["autofix"]);
                applied.Add(new AppliedFix(group.Key, f.RuleId, f.Location.StartLine, text[start..end], f.Properties["autofix"]));
                pos = end;
            }

            sb.Append(text, pos, text.Length - pos);
            if (!dryRun && edits.Count > 0)
            {
                var temp = full + ".pairguard-fix.tmp";
                File.WriteAllText(temp, sb.ToString(), new UTF8Encoding(false));
                File.Move(temp, full, overwrite: true);
            }
        }

        return applied;
    }

    /// <summary>A readable diff of the fixes (file header, then the replaced text and its replacement per fix).</summary>
    public static string Diff(IReadOnlyList<AppliedFix> fixes)
    {
        var sb = new StringBuilder();
        foreach (var file in fixes.GroupBy(f => f.Path))
        {
            sb.Append("--- a/").Append(file.Key).Append('\n').Append("+++ b/").Append(file.Key).Append('\n');
            foreach (var f in file)
            {
                sb.Append("@@ line ").Append(f.Line).Append(" (").Append(f.RuleId).Append(") @@\n");
                foreach (var l in f.Before.Split('\n'))
                {
                    sb.Append('-').Append(l).Append('\n');
                }

                foreach (var l in f.After.Split('\n'))
                {
                    sb.Append('+').Append(l).Append('\n');
                }
            }
        }

        return sb.ToString();
    }
}
