using Pairguard.Scanning;

namespace Pairguard.Tests.Rules;

/// <summary>Engine behaviour the PHP rule pack relies on: trailing `...` in sequences and class-member patterns.</summary>
public class EnginePhpTests
{
    [Fact]
    public void SequenceEndingInEllipsisCoversTheRestOfTheBlock()
    {
        const string rule = "patterns:\n  - pattern: $XP->query($Q)\n  - pattern-inside: |\n      $XP = new DOMXPath(...);\n      ...";
        const string code = "<?php\nfunction f($xp) {\n  $xp->query($c);\n}\n$db->query($a);\n$xp = new DOMXPath($doc);\n$n = 1;\n$xp->query($b);\n";
        Assert.Equal([8], EngineHarness.Lines(Languages.Php, rule, code));
    }

    [Fact]
    public void SequenceEndingInEllipsisSilencesCodeAfterAGuard()
    {
        const string rule = "patterns:\n  - pattern: readfile($P)\n  - pattern-not-inside: |\n      if (<... str_starts_with($P, $B) ...>) { ... }\n      ...";
        const string code = "<?php\nfunction a($p) {\n  readfile($p);\n}\nfunction b($p, $base) {\n  if (!str_starts_with($p, $base)) { exit; }\n  readfile($p);\n}\n";
        Assert.Equal([3], EngineHarness.Lines(Languages.Php, rule, code));
    }

    [Fact]
    public void MethodPatternsParseInsideAClass()
    {
        const string rule = "patterns:\n  - pattern: return uniqid();\n  - pattern-inside: |\n      public function $F(...): string { ... }";
        const string code = "<?php\nclass A {\n  public function token(): string {\n    return uniqid();\n  }\n}\nfunction b() {\n  return uniqid();\n}\n";
        Assert.Equal([4], EngineHarness.Lines(Languages.Php, rule, code));
    }
}
