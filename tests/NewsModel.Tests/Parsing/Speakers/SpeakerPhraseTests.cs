using FluentAssertions;
using NewsModel.Tests.Parsing.Attribution;

namespace NewsModel.Tests.Parsing.Speakers;

/// <summary>What one speaker phrase names: the shapes US political copy writes names in.</summary>
public sealed class SpeakerPhraseTests
{
    [Theory]
    [InlineData("Sen. Arlo Finch (D-Mont.)", "Arlo Finch")]
    [InlineData("Gov. Wendell Marsh (R)", "Wendell Marsh")]
    [InlineData("Rep. Talia Oduya (I-N.Y.)", "Talia Oduya")]
    [InlineData("Orvin Pell (who has 25 delegates to date)", "Orvin Pell")]
    public void A_parenthesis_closing_the_phrase_is_not_part_of_the_name(string phrase, string name)
    {
        var article = Parse.Body("The vote was held on Monday.", $"\"It is a good day,\" said {phrase}.");
        article.SpeakerOf(article.Statements.Should().ContainSingle().Subject).Should().Be(name);
    }

    [Theory]
    [InlineData("O'Rourke")]
    [InlineData("O\u2019Malley")]
    [InlineData("D'Souza")]
    public void A_surname_with_an_apostrophe_names_a_person(string surname)
    {
        var article = Parse.Body("The vote was held on Monday.", $"Later, {surname} said the vote was close.");
        article.SpeakerOf(article.Statements.Should().ContainSingle().Subject).Should().Be(surname);
    }

    [Theory]
    [InlineData("\"The vote was close,\" said Mr. O'Hara, a former editor.", "Mr. O'Hara")]
    [InlineData("\"The vote was close,\" wrote Lena O\u2019Hara on her blog.", "Lena O\u2019Hara")]
    public void A_surname_with_an_apostrophe_after_the_cue_is_read_whole(string paragraph, string speakerWords)
    {
        var s = Parse.Body(paragraph).Statements.Should().ContainSingle().Subject;
        paragraph.Substring(s.SpeakerMention!.Span.Start, s.SpeakerMention.Span.Length).Should().Be(speakerWords);
    }

    [Theory]
    [InlineData("Hart then interjected, calling the plan \"a handout.\"")]
    [InlineData("Hart often says the plan is a handout.")]
    [InlineData("Hart at the time said the plan was a handout.")]
    [InlineData("Hart last week said the plan was a handout.")]
    [InlineData("Hart himself said the plan was a handout.")]
    [InlineData("Even Hart said the plan was a handout.")]
    public void An_adverb_of_time_or_focus_beside_the_name_is_not_part_of_it(string paragraph)
    {
        var article = Parse.Body("Lena Hart spoke on Monday.", paragraph);
        article.SpeakerOf(article.Statements.Should().ContainSingle().Subject).Should().Be("Lena Hart");
    }

    [Theory]
    [InlineData("The Varga campaign responded on Friday, saying the claims were false.", "Varga campaign")]
    [InlineData("Varga's campaign shrugged off the remarks, telling reporters the claims were false.", "Varga campaign")]
    [InlineData("Reyes' campaign bought an advertisement and announced that the claims were false.", "Reyes campaign")]
    [InlineData("Reyes\u2019 team answered at once, saying the claims were false.", "Reyes team")]
    public void A_campaign_named_after_its_owner_is_the_subject_of_a_participle_or_conjoined_cue(string paragraph, string name)
    {
        var article = Parse.Body("The vote was held on Monday.", paragraph);
        article.SpeakerOf(article.Statements.Should().ContainSingle().Subject).Should().Be(name);
    }

    [Theory]
    [InlineData("Hart fired back a response saying he would not support the budget.")]
    [InlineData("Lena Hart in a blog post said she would not support the budget.")]
    public void A_name_before_its_own_verb_or_adjunct_and_their_object_names_the_speaker(string paragraph)
    {
        var article = Parse.Body("Lena Hart spoke on Monday.", paragraph);
        article.SpeakerOf(article.Statements.Should().ContainSingle().Subject).Should().Be("Lena Hart");
    }

    [Fact]
    public void A_capitalised_function_word_before_a_phrase_is_not_read_as_a_name()
    {
        var article = Parse.Body("Many in the crowd said the mayor was the only candidate they trusted.");
        article.SpeakerOf(article.Statements.Should().ContainSingle().Subject).Should().Be("Many in the crowd");
    }

    [Theory]
    [InlineData("Varga's campaign", "Varga campaign")]
    [InlineData("House Speaker Lena Varga's office", "Lena Varga office")]
    [InlineData("Ms. Varga's presidential campaign", "Varga campaign")]
    public void A_persons_campaign_or_office_is_named_after_the_person(string phrase, string name)
    {
        var article = Parse.Body("The vote was held on Monday.", $"{phrase} said it was pleased.");
        article.SpeakerOf(article.Statements.Should().ContainSingle().Subject).Should().Be(name);
    }

    [Fact]
    public void A_description_set_off_by_a_comma_after_a_name_is_that_person()
    {
        var article = Parse.Body(
            "Louisiana Gov. Brix Tallon spoke first.",
            "Mike Harrow, the former Arkansas governor, said the plan would fail.");
        article.SpeakerOf(article.Statements.Should().ContainSingle().Subject).Should().Be("Mike Harrow");
    }

    [Fact]
    public void A_person_named_by_two_words_before_of_is_the_speaker_not_the_place()
    {
        var article = Parse.Body("The vote was held on Monday.", "Stacy Quell of Columbia, South Carolina, said she liked it.");
        article.SpeakerOf(article.Statements.Should().ContainSingle().Subject).Should().Be("Stacy Quell");
    }

    [Theory]
    [InlineData("The Federal Reserve Bank of Lake County", "Federal Reserve Bank of Lake County")]
    [InlineData("The Center for Responsive Budgets", "Center for Responsive Budgets")]
    public void A_bodys_head_joined_by_of_or_for_keeps_the_whole_name(string phrase, string name)
    {
        var article = Parse.Body("The vote was held on Monday.", $"{phrase} said rates would rise.");
        article.SpeakerOf(article.Statements.Should().ContainSingle().Subject).Should().Be(name);
    }
}
