using FluentAssertions;
using NewsModel.Knowledge;
using NewsModel.Parsing;
using NewsModel.Tests.Parsing.Attribution;

namespace NewsModel.Tests.Parsing.Speakers;

/// <summary>Who the speaker is: pronouns against every name in the text, descriptions, and the right name for a person.</summary>
public sealed class SpeakerResolutionTests
{
    [Fact]
    public void Parse_resolves_a_body_described_after_many_statements_of_one_person_to_the_body_named_before_them()
    {
        // The search passes each statement of the person, which does not fit, once: the body before them still fits.
        var article = Parse.Body(
            "\"Talks will resume,\" the Foreign Ministry said on Monday.",
            "\"I agree,\" said Lena Hartvik.",
            "\"We must wait,\" Hartvik said.",
            "\"It will take weeks,\" Hartvik added.",
            "\"We are ready,\" the ministry said.");
        article.SpeakerOf(article.Statements[^1]).Should().Be(article.SpeakerOf(article.Statements[0]));
        article.SpeakerOf(article.Statements[0]).Should().Contain("Ministry");
    }

    [Fact]
    public void Parse_resolves_he_to_the_subject_of_the_sentence_before_over_a_man_named_after_it()
    {
        var article = Parse.Body(
            "Pavel Horak met Tomas Brenner in Prague on Monday.",
            "\"The deal is done,\" he said.");
        article.SpeakerOf(article.Statements[^1]).Should().Be("Pavel Horak");
    }

    [Fact]
    public void Parse_resolves_she_to_the_woman_named_in_the_text_not_to_the_man_who_spoke_before()
    {
        var article = Parse.Body(
            "\"Rents keep going up,\" said Councillor Omar Veldt.",
            "Greta Lindqvist, who owns a shoe shop on the square, disagreed.",
            "\"Most of us are doing fine,\" she said.");
        article.SpeakerOf(article.Statements[^1]).Should().Be("Greta Lindqvist");
    }

    [Theory]
    [InlineData("deputy foreign minister")]
    [InlineData("foreign minister")]
    public void Parse_takes_a_name_after_a_lower_case_title_in_the_text_for_a_person_a_pronoun_can_stand_for(string title)
    {
        // The name alone says nothing of a person; the lower-case title before it does (the stage skips the title
        // lookup only where no capitalised word is within a title's reach, which PhraseIndexTests pins down).
        var article = Parse.Body(
            "Talks on the border resumed on Monday.",
            $"They were led by {title} Zorvan Kettleby.",
            "\"We are close,\" he said.");
        article.SpeakerOf(article.Statements[^1]).Should().Be("Zorvan Kettleby");
    }

    [Fact]
    public void Parse_resolves_he_to_the_person_a_surname_alone_names_as_the_subject_of_the_sentence_before()
    {
        // "Brenner" alone is a word no table knows, read without the spelling table: its mention is linked by its text,
        // once the pass is done, to the person named in full, and as the subject just before the pronoun outranks the
        // subject named a sentence earlier.
        var article = Parse.Body(
            "Pavel Horak met Tomas Brenner in Prague on Monday.",
            "Later Brenner flew to Vienna.",
            "\"The deal is done,\" he said.");
        article.SpeakerOf(article.Statements[^1]).Should().Be("Tomas Brenner");
    }

    [Fact]
    public void Parse_resolves_he_to_the_man_when_a_woman_spoke_last()
    {
        var article = Parse.Body(
            "Mayor Ines Brandt said the bridge would open in May.",
            "Pavel Horak, the engineer in charge, was less sure.",
            "He said the steel had not yet arrived.");
        article.SpeakerOf(article.Statements[^1]).Should().Be("Pavel Horak");
    }

    [Fact]
    public void Parse_ties_a_description_after_a_comma_to_the_surname_before_it_in_an_article_without_pronouns()
    {
        // The bare surname stands for the councillor only once the name pass links weak names to the article's
        // entities, which it does for an article with a description among its speaker phrases though none is a pronoun.
        var article = Parse.Body(
            "The bridge will open in May, said Tomas Veldhuis, a local councillor.",
            "The cost was too high, said Anna Berg.",
            "Veldhuis, the minister said the steel had not arrived.");
        article.SpeakerOf(article.Statements[^1]).Should().Be("Tomas Veldhuis");
    }

    [Fact]
    public void Parse_gives_a_speaker_the_fuller_name_the_text_calls_them_in_an_article_of_named_speakers_only()
    {
        // No phrase is a pronoun, a description or a generic name: the name pass makes no entity of its own there, but
        // the fuller name it reads still finds the speaker and gives it that name.
        var article = Parse.Body(
            "\"The talks went well,\" said Mr Kettleby.",
            "Daniel Kettleby arrived in Geneva on Monday with Anna Berg.",
            "\"We are close,\" said Ms Berg.");
        article.SpeakerOf(article.Statements[0]).Should().Be("Daniel Kettleby");
        article.SpeakerOf(article.Statements[^1]).Should().Be("Anna Berg");
    }

    [Fact]
    public void Parse_leaves_a_pronoun_unresolved_when_no_one_named_fits_it()
    {
        var article = Parse.Body("The Harbour Authority said the port would close.", "She said the decision was final.");
        article.Statements.Should().HaveCount(2);
        article.SpeakerOf(article.Statements[1]).Should().BeNull();
    }

    [Fact]
    public void Parse_tells_gender_from_an_honorific_and_from_a_given_name()
    {
        var article = Parse.Body(
            "Ms. Okafor said the plan was sound.",
            "Daniel Reiss said it would cost too much.",
            "She said the costs were already covered.");
        article.SpeakerOf(article.Statements[^1]).Should().Be("Okafor");
    }

    [Fact]
    public void Parse_keeps_a_description_no_table_lists_as_a_speaker_of_its_own()
    {
        var article = Parse.Body("The utility said prices would climb this winter.");
        article.Statements.Should().ContainSingle();
        article.SpeakerOf(article.Statements[0]).Should().Be("utility");
    }

    [Fact]
    public void Parse_ties_a_description_to_the_person_whose_title_has_its_noun()
    {
        var article = Parse.Body(
            "Mayor Tove Lund said the ferry would run again on Monday.",
            "Transport Minister Erik Dahl said the money was there.",
            "The mayor said repairs had gone well.");
        article.SpeakerOf(article.Statements[2]).Should().Be("Tove Lund");
    }

    [Fact]
    public void Parse_names_a_premier_without_the_title_and_keeps_the_title_apart()
    {
        var article = Parse.Body("Premier Ana Kowal said the budget would be balanced.");
        var speaker = article.Speakers.Should().ContainSingle().Subject;
        speaker.Name.Should().Be("Ana Kowal");
        speaker.Title.Should().Be("Premier");
    }

    [Fact]
    public void Parse_names_the_senator_not_the_state_he_comes_from()
    {
        var article = Parse.Body("Sen. Arlo Finch of Montana said the vote would be close.");
        var speaker = article.Speakers.Should().ContainSingle().Subject;
        speaker.Name.Should().Be("Arlo Finch");
        speaker.Affiliation.Should().Be("Montana");
    }

    [Fact]
    public void Parse_keeps_a_surname_with_an_apostrophe_whole()
    {
        var article = Parse.Body("Rep. Liam O'Rourke said the bill was dead.", "O'Rourke added that he would try again next year.");
        article.Speakers.Should().ContainSingle().Which.Name.Should().Be("Liam O'Rourke");
    }

    [Fact]
    public void Parse_reads_gender_from_the_given_name_table_a_user_extends()
    {
        var knowledge = KnowledgeBase.Default.WithGivenNames(new GivenNameEntry { Name = "Zorvan", Gender = Gender.Female });
        var parser = new ArticleParser(new ParseOptions { BodyOnly = true, ReferenceDate = TestData.ReferenceDate, Knowledge = knowledge });
        var article = parser.Parse("Zorvan Petek said the plan was sound.\n\nBruno Kade said it would cost too much.\n\nShe said the costs were covered.");
        article.SpeakerOf(article.Statements[^1]).Should().Be("Zorvan Petek");
    }

    [Theory]
    [InlineData("Sen. Arla Quint (D-N.Y.) said the bill would pass.", "Arla Quint")]
    [InlineData("Gov. Tomas Brell (R) said the bill would pass.", "Tomas Brell")]
    [InlineData("\"The bill will pass,\" said Rep. Jo Veck (Ore.).", "Jo Veck")]
    public void Parse_reads_the_name_before_a_party_or_state_in_brackets(string paragraph, string speaker)
    {
        var article = Parse.Body(paragraph);
        article.SpeakerOf(article.Statements.Should().ContainSingle().Subject).Should().Be(speaker);
    }

    [Theory]
    [InlineData("Dara O'Rourke said the bill would pass.", "Dara O'Rourke")]
    [InlineData("Dara O\u2019Rourke said the bill would pass.", "Dara O\u2019Rourke")]
    [InlineData("\"It will pass,\" D'Souza said.", "D'Souza")]
    public void Parse_reads_a_surname_with_an_apostrophe_as_a_person(string paragraph, string speaker)
    {
        var article = Parse.Body(paragraph);
        article.SpeakerOf(article.Statements.Should().ContainSingle().Subject).Should().Be(speaker);
    }

    [Theory]
    [InlineData("According to Statistics Norway, the jobless rate rose to 4.1 per cent.", "Statistics Norway")]
    [InlineData("Air Norway said the flights would resume on Monday.", "Air Norway")]
    [InlineData("Norwegian officials said the flights would resume on Monday. Norway said the decision was final.", "Norway")]
    public void Parse_reads_a_capitalised_noun_before_a_country_as_a_body_named_after_it(string paragraph, string speaker)
    {
        var article = Parse.Body(paragraph);
        article.SpeakerOf(article.Statements[^1]).Should().Be(speaker);
    }

    [Theory]
    [InlineData("Joseph R. Kettle II said the bill would pass.", "Joseph R. Kettle II", "Joseph Kettle")]
    [InlineData("Anna M. L. Brandt said the bill would pass.", "Anna M. L. Brandt", "Anna Brandt")]
    [InlineData("Tomas Brell Jr. said the bill would pass.", "Tomas Brell Jr.", "Tomas Brell")]
    public void Parse_keeps_the_bare_first_and_last_name_of_a_person_as_an_alias(string paragraph, string name, string bare)
    {
        var speaker = Parse.Body(paragraph).Speakers.Should().ContainSingle().Subject;
        speaker.Name.Should().Be(name);
        speaker.Aliases.Should().Contain(bare);
    }
}
