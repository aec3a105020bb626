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

    private const string SqlRule = "mode: taint\npattern-sources:\n  - pattern: params\npattern-sinks:\n  - patterns:\n      - pattern: User.where($SQL)\n      - focus-metavariable: $SQL";

    [Fact]
    public void MethodReturnsItsLastExpression()
    {
        const string Code = "def index\n  User.where(\"name = '#{name_param(1)}'\")\n  User.where(\"name = '#{fixed(1)}'\")\nend\n\ndef name_param(x)\n  params[:name]\nend\n\ndef fixed(x)\n  \"bob\"\nend\n";
        Assert.Equal([2], EngineHarness.Lines(Languages.Ruby, SqlRule, Code));
    }

    [Fact]
    public void BareNameCallsSameFileMethodWithoutArguments()
    {
        const string Code = "def index\n  User.where(\"name = '#{user_params[:name]}'\")\n  User.where(\"name = '#{safe_name}'\")\nend\n\ndef user_params\n  params.require(:user).permit(:name)\nend\n\ndef safe_name\n  \"bob\"\nend\n";
        Assert.Equal([2], EngineHarness.Lines(Languages.Ruby, SqlRule, Code));
    }

    [Fact]
    public void LocalVariableShadowsMethodOfTheSameName()
    {
        const string Code = "def index\n  user_params = { name: \"bob\" }\n  User.where(\"name = '#{user_params[:name]}'\")\nend\n\ndef user_params\n  params.require(:user).permit(:name)\nend\n";
        Assert.Empty(EngineHarness.Lines(Languages.Ruby, SqlRule, Code));
    }
}
