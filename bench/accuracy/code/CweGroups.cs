/// <summary>The CWE groups of the Juliet method: a finding counts for a test case when one of its CWEs is in the case's group.</summary>
internal static class CweGroups
{
    private static readonly (string Name, int[] Targets, int[] Accepted)[] Groups =
    [
        ("SQL injection", [89], [89, 564]),
        ("XSS", [79, 80, 81, 83], [79, 80, 81, 83]),
        ("path traversal", [22, 23, 36], [22, 23, 36, 73]),
        ("OS command injection", [78], [78, 77]),
        ("broken crypto / weak hash", [327, 328, 916], [327, 328, 916, 326, 759, 760, 261]),
        ("weak randomness", [330, 338], [330, 338, 331, 335]),
        ("hard-coded credentials", [259, 321, 798], [259, 321, 798]),
        ("access control", [284, 285, 862, 306], [284, 285, 862, 863, 306, 287]),
        ("TLS validation", [295], [295, 297]),
    ];

    /// <summary>The group of a suite directory's CWE, or null when the CWE is out of scope.</summary>
    public static string? GroupOf(int cwe) => Groups.FirstOrDefault(g => g.Targets.Contains(cwe)).Name;

    /// <summary>Whether a finding with these CWEs counts for the group.</summary>
    public static bool Counts(string group, IEnumerable<int> findingCwes)
    {
        var accepted = Groups.First(g => g.Name == group).Accepted;
        return findingCwes.Any(accepted.Contains);
    }
}
