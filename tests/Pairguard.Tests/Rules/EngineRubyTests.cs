using Pairguard.Scanning;

namespace Pairguard.Tests.Rules;

/// <summary>Engine behaviour the Ruby rule pack relies on: calls with blocks, and sequences ending in <c>...</c>.</summary>
public class EngineRubyTests
{
    [Fact]
    public void CallPatternWithoutBlockMatchesCallWithBraceOrDoBlock()
    {
        const string Code = "IO.popen(a) { |io| io.read }\nIO.popen(b) do |io|\n  io.read\nend\nIO.popen(c)\nIO.read(d)\n";
        Assert.Equal([1, 2, 5], EngineHarness.Lines(Languages.Ruby, "pattern: IO.popen($CMD)", Code));
    }

    [Fact]
    public void CallPatternWithBlockStillRequiresTheBlock()
    {
        const string Code = "items.each { |x| puts x }\nitems.each\n";
        Assert.Equal([1], EngineHarness.Lines(Languages.Ruby, "pattern: \"$R.each { |$X| puts $X }\"", Code));
    }

    [Fact]
    public void TaintReachesSinkInsideCallWithBlock()
    {
        const string Rule = "mode: taint\npattern-sources:\n  - pattern: params\npattern-sinks:\n  - patterns:\n      - pattern: IO.popen($CMD, ...)\n      - focus-metavariable: $CMD";
        const string Code = "def run\n  q = params[:q]\n  IO.popen(\"grep #{q} log\") { |io| io.read }\n  IO.popen(\"uptime\") { |io| io.read }\nend\n";
        Assert.Equal([3], EngineHarness.Lines(Languages.Ruby, Rule, Code));
    }

    [Fact]
    public void TrailingEllipsisSequenceCoversRestOfBlock()
    {
        const string Rule = "patterns:\n  - pattern: File.read($P)\n  - pattern-not-inside: |\n      $STMT unless $P.start_with?(...)\n      ...";
        const string Code = "def show(path)\n  File.read(path)\n  return head(:forbidden) unless path.start_with?(BASE)\n  x = 1\n  File.read(path)\nend\n";
        Assert.Equal([2], EngineHarness.Lines(Languages.Ruby, Rule, Code));
    }

    [Fact]
    public void TrailingEllipsisSequenceInPatternInsideKeepsLaterStatements()
    {
        const string Rule = "patterns:\n  - pattern: use($X)\n  - pattern-inside: |\n      guard!\n      ...";
        const string Code = "def a\n  use(1)\n  guard!\n  other\n  use(2)\nend\n";
        Assert.Equal([5], EngineHarness.Lines(Languages.Ruby, Rule, Code));
    }
}
