using FluentAssertions;
using NewsModel.Model;

namespace NewsModel.Tests.Parsing.Attribution;

/// <summary>Pronouns, surnames and descriptions resolved to the entity they stand for, each kept as an alias with its mentions.</summary>
public sealed class CoreferenceTests
{
    private static Speaker OnlySpeaker(Article article, int statements)
    {
        article.Statements.Should().HaveCount(statements);
        article.Statements.Select(s => s.SpeakerId).Distinct().Should().ContainSingle();
        var sp = article.Speakers.Should().ContainSingle().Subject;
        sp.Mentions.Should().HaveCount(statements);
        return sp;
    }

    [Fact]
    public void Parse_resolves_a_pronoun_to_the_nearest_person()
    {
        var sp = OnlySpeaker(Parse.Body("Sergey Lavrov said the talks were useful.", "He added that the sides would meet again."), 2);
        sp.Name.Should().Be("Sergey Lavrov");
        sp.Mentions.Select(m => m.Text).Should().Contain("He");
    }

    [Fact]
    public void Parse_resolves_a_pronoun_it_to_an_organisation_not_a_person()
    {
        var article = Parse.Body("Sergey Lavrov said the talks were useful.", "The Russian Foreign Ministry said the visit was planned.", "It added that the sides would meet again.");
        article.SpeakerOf(article.Statements[2]).Should().Be("Russian Foreign Ministry");
    }

    [Fact]
    public void Parse_resolves_a_surname_to_the_full_name()
    {
        var sp = OnlySpeaker(Parse.Body("Sergey Lavrov said the talks were useful.", "Lavrov added that the sides would meet again."), 2);
        sp.Aliases.Should().Contain("Lavrov");
    }

    [Fact]
    public void Parse_resolves_a_misspelt_surname_to_the_full_name()
    {
        var sp = OnlySpeaker(Parse.Body("Viktor Koronelli said the talks were useful.", "Koronolli added that the sides would meet again."), 2);
        sp.Aliases.Should().Contain("Koronolli");
    }

    [Theory]
    [InlineData("Russian Foreign Minister Sergey Lavrov", "The minister", "Sergey Lavrov")]
    [InlineData("Russian Foreign Minister Sergey Lavrov", "The diplomat", "Sergey Lavrov")]
    [InlineData("Russian President Vladimir Putin", "The Russian leader", "Vladimir Putin")]
    [InlineData("Russian President Vladimir Putin", "The president", "Vladimir Putin")]
    [InlineData("Foreign Ministry Spokeswoman Maria Zakharova", "The spokeswoman", "Maria Zakharova")]
    [InlineData("The Russian Foreign Ministry", "The ministry", "Russian Foreign Ministry")]
    [InlineData("The Russian Foreign Ministry", "The statement", "Russian Foreign Ministry")]
    [InlineData("The Russian Foreign Ministry", "The Russian diplomats", "Russian Foreign Ministry")]
    public void Parse_resolves_a_description_by_its_head_noun(string named, string description, string name)
    {
        var sp = OnlySpeaker(Parse.Body($"{named} said the talks were useful.", $"{description} added that the sides would meet again."), 2);
        sp.Name.Should().Be(name);
        sp.Aliases.Should().Contain(description);
    }

    [Fact]
    public void Parse_resolves_a_newspaper_named_only_by_its_title_and_then_described()
    {
        var sp = OnlySpeaker(Parse.Body("Home brewing is booming, Pravda said.", "The Communist Party newspaper said sugar sales had doubled."), 2);
        sp.Name.Should().Be("Pravda");
        sp.Kind.Should().Be(SpeakerKind.Organization);
    }
}
