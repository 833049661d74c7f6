using FluentAssertions;
using NewsModel.Model;
using NewsModel.Parsing;

namespace NewsModel.Tests.Parsing.Treaties;

/// <summary>
/// Treaties as entities: the mentions of one treaty are one treaty, names end where the name ends, and generic
/// descriptions point to the treaty in scope or to none. Each case is a few sentences written for the test.
/// </summary>
public sealed class TreatyEntityTests
{
    private static readonly ArticleParser Parser = new(new ParseOptions { BodyOnly = true });

    private static EquatableArray<Treaty> TreatiesIn(string text) => Parser.Parse(text).Treaties;

    [Fact]
    public void Parse_merges_a_described_treaty_named_three_ways_into_one()
    {
        var treaty = TreatiesIn(
            "The Treaty on Friendship and Partnership between Norway and Chile takes effect in May. "
            + "The Norway-Chile treaty was signed last year. Officials said the partnership treaty covers fishing.").Should().ContainSingle().Subject;

        treaty.Name.Should().Be("Treaty on Friendship and Partnership between Norway and Chile");
        treaty.Aliases.Should().Contain(["The Norway-Chile treaty", "the partnership treaty"]);
    }

    [Fact]
    public void Parse_merges_a_second_description_whose_subject_words_the_first_holds()
    {
        var treaty = TreatiesIn(
            "Oslo and Reykjavik plan to sign a treaty on shared fishing quotas in May. "
            + "\"We are drafting a bilateral agreement on fishing quotas,\" the minister said.").Should().ContainSingle().Subject;

        treaty.Name.Should().Be("treaty on shared fishing quotas");
        treaty.Mentions.Should().HaveCount(2);
    }

    [Theory]
    [InlineData("The balance of forces between NATO and the Baltic Pact held for decades.")]
    [InlineData("The Baltic Pact countries kept large armies.")]
    public void Parse_does_not_take_a_bloc_named_like_a_pact_for_a_treaty(string text)
    {
        TreatiesIn(text).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Both parliaments ratified the treaty on river shipping on March 4.", "treaty on river shipping")]
    [InlineData("The treaty on mutual guarantees in December will follow talks.", "treaty on mutual guarantees")]
    [InlineData("They signed the fisheries agreement between Norway and Chile on Friday.", "fisheries agreement between Norway and Chile")]
    [InlineData("They signed a fisheries agreement between the two countries.", "fisheries agreement")]
    public void Parse_ends_a_described_name_before_a_date_or_a_party_that_is_not_named(string text, string name)
    {
        TreatiesIn(text).Should().ContainSingle().Which.Name.Should().Be(name);
    }

    [Theory]
    [InlineData("Ministers want a bilateral agreement soon.")]
    [InlineData("This is the most ambitious treaty ever written, the minister said.")]
    [InlineData("Talks on an improved treaty went on.")]
    [InlineData("They spoke about the nuclear arms control pact.")]
    public void Parse_takes_a_generic_description_with_nothing_in_scope_for_no_treaty(string text)
    {
        TreatiesIn(text).Should().BeEmpty();
    }

    [Fact]
    public void Parse_binds_a_generic_description_to_the_treaty_in_scope()
    {
        var treaty = TreatiesIn("Moscow froze the CFE Treaty. It says the landmark arms pact is outdated.").Should().ContainSingle().Subject;

        treaty.Id.Should().Be("cfe");
        treaty.Aliases.Should().Contain("the landmark arms pact");
    }

    [Fact]
    public void Parse_reads_a_catalog_name_among_the_modifiers_as_that_treaty()
    {
        var treaty = TreatiesIn("Both sides want to extend the New START arms control treaty by five years.").Should().ContainSingle().Subject;

        treaty.Id.Should().Be("new-start");
    }

    [Fact]
    public void Parse_binds_an_acronym_in_brackets_to_the_name_before_it()
    {
        var treaty = TreatiesIn("Russia wants the New Strategic Arms Reduction Treaty (START) extended. START expires in 2026.").Should().ContainSingle().Subject;

        treaty.Id.Should().Be("new-start");
        treaty.Mentions.Select(m => m.Text).Should().Equal("New Strategic Arms Reduction Treaty", "START", "START");
    }

    [Fact]
    public void Parse_does_not_read_lower_case_words_that_spell_an_acronym_as_the_treaty()
    {
        TreatiesIn("Japan is welcome if it is ready to make a new start.").Should().BeEmpty();
    }

    [Fact]
    public void Parse_merges_a_description_into_the_catalog_treaty_named_later()
    {
        var treaty = TreatiesIn("Cuba marked the anniversary of the Tlatelolco Treaty. The Treaty of Tlatelolco bans nuclear arms in the region.").Should().ContainSingle().Subject;

        treaty.Id.Should().Be("tlatelolco");
        treaty.Mentions.Select(m => m.Text).Should().Contain("Tlatelolco Treaty");
    }
}
