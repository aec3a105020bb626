namespace Pairguard.Scanning;

/// <summary>The ignore files in force for one directory of the walk, deepest first; immutable, shared by sibling directories.</summary>
internal sealed class IgnoreStack
{
    private IgnoreStack(IgnoreRules rules, IgnoreStack? parent)
    {
        Rules = rules;
        Parent = parent;
    }

    public IgnoreRules Rules { get; }

    public IgnoreStack? Parent { get; }

    /// <summary>A stack with <paramref name="rules"/> on top of <paramref name="parent"/> (which may be null); empty rules are not pushed.</summary>
    public static IgnoreStack? Push(IgnoreStack? parent, IgnoreRules rules) => rules.Count == 0 ? parent : new IgnoreStack(rules, parent);

    /// <summary>
    /// Git's precedence: the deepest file that has a matching line decides, and within it the last matching line.
    /// <paramref name="path"/> is relative to the ignore root and lies below every level's base directory.
    /// </summary>
    public static bool IsIgnored(IgnoreStack? stack, string path, bool isDirectory)
    {
        for (var level = stack; level is not null; level = level.Parent)
        {
            var baseDir = level.Rules.BaseDirectory;
            var relative = baseDir.Length == 0 ? path.AsSpan() : path.AsSpan(baseDir.Length + 1);
            var verdict = level.Rules.Evaluate(relative, isDirectory);
            if (verdict != IgnoreVerdict.None)
            {
                return verdict == IgnoreVerdict.Ignored;
            }
        }

        return false;
    }
}
