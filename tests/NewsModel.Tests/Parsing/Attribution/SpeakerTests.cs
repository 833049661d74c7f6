using FluentAssertions;
using NewsModel.Model;

namespace NewsModel.Tests.Parsing.Attribution;

/// <summary>Who the speaker is: people with titles and affiliations, bodies, countries and their capitals.</summary>
public sealed class SpeakerTests
{
    [Fact]
    public void Parse_splits_title_and_affiliation_from_a_person_s_name()
    {
        var sp = Parse.Body("Russian Deputy Foreign Minister Sergey Ryabkov said the talks were useful.").Speakers.Should().ContainSingle().Subject;
        sp.Name.Should().Be("Sergey Ryabkov");
        sp.Kind.Should().Be(SpeakerKind.Person);
        sp.Title.Should().Be("Deputy Foreign Minister");
        sp.Affiliation.Should().Be("Russian Foreign Ministry");
    }

    [Fact]
    public void Parse_reads_the_name_after_a_title_with_a_place()
    {
        var sp = Parse.Body("Russia's Ambassador to Hanoi Gennady Bezdetko said the visit was planned.").Speakers.Should().ContainSingle().Subject;
        sp.Name.Should().Be("Gennady Bezdetko");
        sp.Title.Should().Be("Ambassador");
    }

    [Fact]
    public void Parse_reads_a_body_as_an_organisation()
    {
        var sp = Parse.Body("The Russian Foreign Ministry said the talks were useful.").Speakers.Should().ContainSingle().Subject;
        sp.Name.Should().Be("Russian Foreign Ministry");
        sp.Kind.Should().Be(SpeakerKind.Organization);
    }

    [Theory]
    [InlineData("Moscow", "Russia")]
    [InlineData("Washington", "United States")]
    [InlineData("Pyongyang", "DPRK")]
    [InlineData("Kiev", "Ukraine")]
    [InlineData("Kyiv", "Ukraine")]
    public void Parse_reads_a_capital_as_the_country_it_stands_for(string capital, string country)
    {
        var sp = Parse.Body($"{capital} said the proposal was unacceptable.").Speakers.Should().ContainSingle().Subject;
        sp.Name.Should().Be(country);
        sp.Kind.Should().Be(SpeakerKind.Country);
        sp.Aliases.Should().Contain(capital);
    }

    [Fact]
    public void Parse_reads_the_kremlin_as_the_russian_seat_of_power()
    {
        var sp = Parse.Body("The Kremlin said the date was not set.").Speakers.Should().ContainSingle().Subject;
        sp.Name.Should().Be("Kremlin");
        sp.Affiliation.Should().Be("Russia");
    }

    [Theory]
    [InlineData("A Mitsui spokesman said the plan was on track.", "Mitsui")]
    [InlineData("A spokeswoman for the Home Office said the plan was on track.", "Home Office")]
    [InlineData("The official Tanjug news agency reported the plant had closed.", "Tanjug")]
    public void Parse_reads_a_spokesman_or_outlet_as_the_body_it_speaks_for(string paragraph, string body)
    {
        var sp = Parse.Body(paragraph).Speakers.Should().ContainSingle().Subject;
        sp.Name.Should().Be(body);
        sp.Kind.Should().Be(SpeakerKind.Organization);
    }
}
