using Pairguard.Scanning;

namespace Pairguard.Tests.Rules;

/// <summary>
/// <c>metavariable-comparison</c> orders numbers only: a metavariable bound to a variable (not a literal) is never "less than 2048",
/// while equality on its text still works (Semgrep's <c>str($X)</c>).
/// </summary>
public class MetavariableComparisonOrderTests
{
    public static TheoryData<string, string, string, int[]> Cases => new()
    {
        {
            Languages.Ruby,
            "patterns:\n  - pattern: OpenSSL::PKey::RSA.new($SIZE)\n  - metavariable-comparison:\n      metavariable: $SIZE\n      comparison: $SIZE < 2048",
            "OpenSSL::PKey::RSA.new($size)\nOpenSSL::PKey::RSA.new(512)\nOpenSSL::PKey::RSA.new(4096)\n",
            [2]
        },
        {
            Languages.Python,
            "patterns:\n  - pattern: generate($BITS)\n  - metavariable-comparison:\n      metavariable: $BITS\n      comparison: $BITS <= 1024",
            "generate(_bits)\ngenerate(1024)\ngenerate(2048)\n",
            [2]
        },
        {
            Languages.Go,
            "patterns:\n  - pattern: rsa.GenerateKey($R, $BITS)\n  - metavariable-comparison:\n      metavariable: $BITS\n      comparison: $BITS > 100",
            "package p\n\nfunc f() {\n\trsa.GenerateKey(r, bits)\n\trsa.GenerateKey(r, 2048)\n}\n",
            [5]
        },

        // equality compares the bound text, so a name can still be tested
        {
            Languages.Python,
            "patterns:\n  - pattern: use($X)\n  - metavariable-comparison:\n      metavariable: $X\n      comparison: str($X) == \"legacy\"",
            "use(legacy)\nuse(modern)\n",
            [1]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ComparisonKeepsExactlyTheExpectedLines(string language, string rule, string code, int[] expected)
    {
        Assert.Equal(expected, EngineHarness.Lines(language, rule, code));
    }
}
