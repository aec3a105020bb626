using Pairguard.Rules;

namespace Pairguard.Tests.Rules;

/// <summary>A requirement checked by word numbers against the one pass's flags answers as it does against the set of found words.</summary>
public class RequirementCheckTests
{
    private static Requirement Word(string w) => new WordRequirement(w);

    [Theory]
    [InlineData("query(select)", true)]
    [InlineData("QUERY only", false)]
    [InlineData("execute it", true)]
    [InlineData("db.run()", false)]
    [InlineData("", false)]
    public void Nested_requirements_answer_as_the_set_of_found_words_does(string text, bool expected)
    {
        // (query and (select or exec)) or execute; "db" is too short to be looked for, so a part that needs it is never met
        var requirement = new AnyRequirement([
            new AllRequirement([Word("query"), new AnyRequirement([Word("select"), Word("exec")])]),
            Word("execute"),
            new AllRequirement([Word("db"), Word("run")]),
        ]);
        var words = requirement.Words.ToList();
        var prefilter = new Prefilter(words);

        var check = RequirementCheck.For(requirement, prefilter);

        Assert.Equal(expected, requirement.IsMet(prefilter.PresentWords(text)));
        Assert.Equal(expected, check.IsMet(prefilter.Search(text)));
        Assert.True(RequirementCheck.For(Requirement.None, prefilter).IsMet(prefilter.Search(text)));
        Assert.False(RequirementCheck.For(Word("unknown_word"), prefilter).IsMet(prefilter.Search(text + " unknown_word")));
    }

    [Fact]
    public void Every_built_in_rule_on_every_fixture_is_checked_as_the_set_of_found_words_answers()
    {
        var rules = BuiltInRules.All.Rules;
        var fixtures = rules.SelectMany(BuiltInRules.FixturesOf).Select(f => f.Text).Distinct().ToList();
        var prefilter = new Prefilter(rules.SelectMany(r => Prefilter.Of(r).Words));
        var disagreements = new List<string>();
        var met = 0;
        foreach (var text in fixtures)
        {
            var present = prefilter.PresentWords(text);
            var found = prefilter.Search(text);
            foreach (var rule in rules)
            {
                var requirement = Prefilter.Of(rule);
                var expected = requirement.IsMet(present);
                met += expected ? 1 : 0;
                if (RequirementCheck.For(requirement, prefilter).IsMet(found) != expected)
                {
                    disagreements.Add($"{rule.Id} on a fixture of {text.Length} characters");
                }
            }
        }

        Assert.Empty(disagreements);
        // both answers occur, so the comparison is not of constants
        Assert.InRange(met, 1, (fixtures.Count * rules.Count) - 1);
    }
}
