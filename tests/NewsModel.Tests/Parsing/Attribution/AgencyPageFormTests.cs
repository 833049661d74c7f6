using FluentAssertions;
using NewsModel.Model;
using NewsModel.Parsing;

namespace NewsModel.Tests.Parsing.Attribution;

/// <summary>Forms agency pages use: stance verbs in headlines, titled speaker phrases, attitudes voiced by a spokesman.</summary>
public sealed class AgencyPageFormTests
{
    private static readonly ArticleParser Parser = new(new ParseOptions { ReferenceDate = TestData.ReferenceDate });

    private static Article WithHeadline(string headline) =>
        Parser.Parse(headline + "\n\nOSLO, March 3 (NewsPoint) - The talks went on for a second day.\n");

    [Theory]
    [InlineData("Fisheries minister slams Oslo's new quota plan", "Fisheries minister", "Oslo's new quota plan")]
    [InlineData("Norway sees quota deal as priority", "Norway", "quota deal as priority")]
    [InlineData("Iceland expresses regret over end of fishing pact", "Iceland", "regret over end of fishing pact")]
    [InlineData("Senior diplomat highlights role of coast guard in Arctic", "Senior diplomat", "role of coast guard in Arctic")]
    public void Parse_reads_a_stance_verb_in_a_headline_as_a_cue_with_its_object_as_the_claim(string headline, string source, string claim)
    {
        var s = WithHeadline(headline).Statements.Should().ContainSingle(x => x.Where == StatementLocation.Headline).Subject;
        s.Text.Should().Be(claim);
        s.SpeakerMention!.Text.Should().Be(source);
    }

    [Fact]
    public void Parse_does_not_read_a_headline_stance_verb_in_running_text()
    {
        Parse.Body("The coach slams the door on a return to the club.").Statements.Should().BeEmpty();
    }

    [Fact]
    public void Parse_takes_the_source_after_a_headline_dash_over_a_stance_verb_inside_the_claim()
    {
        var s = WithHeadline("Oslo regrets Danish move on fishing quotas – ministry")
            .Statements.Should().ContainSingle(x => x.Where == StatementLocation.Headline).Subject;
        s.SpeakerMention!.Text.Should().Be("ministry");
        s.Text.Should().Be("Oslo regrets Danish move on fishing quotas");
    }

    [Theory]
    [InlineData("\"The border stays open,\" the high-ranking envoy said.", "the high-ranking envoy", "The border stays open")]
    [InlineData("\"The border stays open,\" a long-time aide to the mayor said.", "a long-time aide to the mayor", "The border stays open")]
    [InlineData("The border stays open, the Norwegian Embassy in the United States said.", "the Norwegian Embassy in the United States", "The border stays open")]
    [InlineData("The border stays open, Norway's Permanent Representative to the OSCE Ola Berg told reporters.", "Norway's Permanent Representative to the OSCE Ola Berg", "The border stays open")]
    public void Parse_reads_hyphenated_modifiers_and_places_after_the_in_a_speaker_phrase(string paragraph, string speakerWords, string text)
    {
        var s = Parse.Body(paragraph).Statements.Should().ContainSingle().Subject;
        s.Text.Should().Be(text);
        paragraph.Substring(s.SpeakerMention!.Span.Start, s.SpeakerMention.Span.Length).Should().Be(speakerWords);
    }

    [Theory]
    [InlineData("Norway hopes that the talks will resume soon, the Norwegian Embassy in Denmark said.", "the Norwegian Embassy in Denmark")]
    [InlineData("Oslo believes that no change to the quota treaty is needed, envoy Ola Berg said.", "envoy Ola Berg")]
    public void Parse_gives_a_named_body_s_attitude_to_the_speaker_who_voices_it(string paragraph, string speakerWords)
    {
        var s = Parse.Body(paragraph).Statements.Should().ContainSingle().Subject;
        paragraph.Substring(s.SpeakerMention!.Span.Start, s.SpeakerMention.Span.Length).Should().Be(speakerWords);
        s.Text.Should().StartWith(paragraph[..4]);
    }

    [Fact]
    public void Parse_keeps_a_person_s_relayed_hope_with_that_person()
    {
        var s = Parse.Body("He hoped that a deal would come soon, but he made no promise, the sources said.")
            .Statements.Should().ContainSingle().Subject;
        s.SpeakerMention!.Text.Should().Be("He");
    }

    [Theory]
    [InlineData("\"Hart said that the bridge would open in May,\" the engineer told the paper.", "the engineer")]
    [InlineData("\"We hope that the bridge opens,\" Hart said, and the talks went on, the sources said.", "Hart")]
    public void Parse_does_not_take_a_that_clause_cue_inside_a_quote_for_one_that_relays_the_speaker(string paragraph, string speakerWords)
    {
        // The relayed-clause test reads only the cue candidates before the comma (none inside a quote): a quoted "said
        // that" is part of what was said.
        var statements = Parse.Body(paragraph).Statements;
        statements.Should().Contain(s => s.SpeakerMention != null && paragraph.Substring(s.SpeakerMention.Span.Start, s.SpeakerMention.Span.Length) == speakerWords);
    }

    [Theory]
    [InlineData("Mayor Lena Hart believes the new bridge will bring shoppers back to the old town.")]
    [InlineData("The union hopes that the strike will end before the harvest.")]
    [InlineData("Reyes backed the tax, which he believes will pay for the new school.")]
    [InlineData("Engineers who studied the span concluded that the bridge had been built too low.")]
    public void Parse_reads_no_statement_from_an_attitude_nobody_voiced(string paragraph)
    {
        Parse.Body(paragraph).Statements.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Hart hoped, she said, that the bridge would open in May.", "the bridge would open in May")]
    [InlineData("Hart said she had no doubts and hoped that the bridge would open in May.", "the bridge would open in May")]
    [InlineData("\"The bridge stays shut,\" the engineer concluded.", "The bridge stays shut")]
    [InlineData("The engineers concluded that the bridge was \"built far too low.\"", "the bridge was built far too low.")]
    public void Parse_reads_an_attitude_voiced_in_speech_as_a_statement(string paragraph, string text)
    {
        Parse.Body(paragraph).Statements.Should().Contain(s => s.Text == text);
    }

    [Fact]
    public void Parse_does_not_take_another_country_s_foreign_ministry_for_the_known_one()
    {
        var article = Parse.Body("The Chinese Foreign Ministry said on Friday that talks would resume.");
        article.SpeakerOf(article.Statements.Should().ContainSingle().Subject).Should().Be("Chinese Foreign Ministry");
    }

    [Theory]
    [InlineData("\"We are close,\" Berg was quoted by the NTB news agency as saying.", "Berg", "We are close")]
    [InlineData("Talks will resume in May, the NTB news agency quoted deputy foreign minister Ola Berg as saying on Monday.", "deputy foreign minister Ola Berg", "Talks will resume in May")]
    [InlineData("Talks will resume in May, according to state media Thursday.", "state media", "Talks will resume in May")]
    [InlineData("Talks will resume in May, said the official representative of the Foreign Ministry Kari Nordmann.", "the official representative of the Foreign Ministry Kari Nordmann", "Talks will resume in May")]
    [InlineData("Speaking to reporters, the embassy said: \"Talks will resume in May.\"", "the embassy", "Talks will resume in May.")]
    [InlineData("\"Talks will resume in May,\" Berg thinks.", "Berg", "Talks will resume in May")]
    public void Parse_reads_agency_attribution_forms(string paragraph, string speakerWords, string text)
    {
        var s = Parse.Body(paragraph).Statements.Should().ContainSingle().Subject;
        s.Text.Should().Be(text);
        paragraph.Substring(s.SpeakerMention!.Span.Start, s.SpeakerMention.Span.Length).Should().Be(speakerWords);
    }

    [Fact]
    public void Parse_finds_the_appositive_subject_of_a_long_sentence()
    {
        const string Paragraph = "The harbour council will discuss the renewal of the fishing quota treaty with Denmark, Iceland and the Faroe Islands "
            + "(the North Atlantic quota pact) at its next meeting in the spring, this corresponds to the national interests of the coastal towns, "
            + "Ola Berg, speaker of the Storting (the parliament), said on his channel.";
        var article = Parse.Body(Paragraph);
        article.SpeakerOf(article.Statements.Should().ContainSingle().Subject).Should().Be("Ola Berg");
    }

    [Fact]
    public void Parse_reads_a_text_printed_after_its_heading_without_quote_marks_as_one_statement_of_the_subject()
    {
        var article = Parse.Body(
            "Ola Berg, head of the harbour council, issued the following statement on Tuesday:",
            "The quota talks have failed again.",
            "We will not sign the pact.",
            "\"We have said so before,\" the council added.");
        article.Statements.Should().HaveCount(2);
        var s = article.Statements[0];
        s.Kind.Should().Be(StatementKind.Direct);
        s.Text.Should().Be("The quota talks have failed again. We will not sign the pact.");
        article.SpeakerOf(s).Should().Be("Ola Berg");
    }

    [Fact]
    public void Parse_reads_the_owner_of_a_text_that_follows_its_heading_as_the_speaker()
    {
        var article = Parse.Body(
            "Following is the text of Mayor Ana Kowal's address to the harbour council, today:",
            "I am glad to open the new quay.",
            "It will serve the town for fifty years.");
        var s = article.Statements.Should().ContainSingle().Subject;
        s.Text.Should().Be("I am glad to open the new quay. It will serve the town for fifty years.");
        article.SpeakerOf(s).Should().Be("Ana Kowal");
    }

    [Fact]
    public void Parse_reads_an_inverted_cue_after_a_quote_a_comma_and_a_dash()
    {
        var article = Parse.Body("\u201cWe will not sign the pact\u201d, \u2014 said Ola Berg.");
        var s = article.Statements.Should().ContainSingle().Subject;
        s.Text.Should().Be("We will not sign the pact");
        article.SpeakerOf(s).Should().Be("Ola Berg");
    }

    [Fact]
    public void Parse_reads_went_on_to_say_as_one_cue_of_its_subject()
    {
        var article = Parse.Body("The envoy went on to say that the European Union had backed the pact.");
        var s = article.Statements.Should().ContainSingle().Subject;
        s.Text.Should().Be("the European Union had backed the pact");
        s.SpeakerMention!.Text.Should().Be("The envoy");
    }

    [Fact]
    public void Parse_names_a_headline_speaker_written_with_abbreviations_and_a_possessive()
    {
        var article = WithHeadline("S. Korea\u2019s U.N. mission slams plan for new fishing quotas");
        var s = article.Statements.Should().ContainSingle(x => x.Where == StatementLocation.Headline).Subject;
        article.SpeakerOf(s).Should().Be("S. Korea\u2019s U.N. mission");
    }

    [Theory]
    [InlineData("However, according to Ola Berg, the quota must be shared.", "Ola Berg", "the quota must be shared")]
    [InlineData("At the same time, in Berg\u2019s words, the quota must be shared.", "Berg", "the quota must be shared")]
    [InlineData("The quota must be shared, said Cyprus\u2019 Foreign Minister Ana Kowal when asked about the pact.", "Cyprus\u2019 Foreign Minister Ana Kowal", "The quota must be shared")]
    public void Parse_reads_the_clause_after_an_introduction_and_a_possessive_of_a_name_ending_in_s(string paragraph, string speakerWords, string text)
    {
        var s = Parse.Body(paragraph).Statements.Should().ContainSingle().Subject;
        s.Text.Should().Be(text);
        paragraph.Substring(s.SpeakerMention!.Span.Start, s.SpeakerMention.Span.Length).Should().Be(speakerWords);
    }

    [Fact]
    public void Parse_reads_what_follows_the_comma_after_a_headline_cue()
    {
        var s = WithHeadline("The Fisheries Ministry said, talks on quotas are possible in June")
            .Statements.Should().ContainSingle(x => x.Where == StatementLocation.Headline).Subject;
        s.Text.Should().Be("talks on quotas are possible in June");
        s.SpeakerMention!.Text.Should().Be("The Fisheries Ministry");
    }

    [Fact]
    public void Parse_lets_he_stand_for_a_person_named_only_by_a_description()
    {
        var article = Parse.Body(
            "\"The border stays open,\" the diplomat said.",
            "He stressed that the talks would go on.");
        article.Statements.Should().HaveCount(2);
        article.SpeakerOf(article.Statements[1]).Should().Be("diplomat");
    }

    [Theory]
    [InlineData("\u201cLooks like it,\u201d was Mr. Berg\u2019s answer.", "Mr. Berg", "Looks like it")]
    [InlineData("\u201cNot this year,\u201d came the minister\u2019s reply.", "minister", "Not this year")]
    public void Parse_reads_a_quote_named_as_someone_s_answer_after_it(string paragraph, string speakerWords, string text)
    {
        var s = Parse.Body(paragraph).Statements.Should().ContainSingle().Subject;
        s.Kind.Should().Be(StatementKind.Direct);
        s.Text.Should().Be(text);
        paragraph.Substring(s.SpeakerMention!.Span.Start, s.SpeakerMention.Span.Length).Should().Be(speakerWords);
    }

    [Fact]
    public void Parse_does_not_read_a_quote_followed_by_was_and_an_unrelated_noun_as_an_answer()
    {
        Parse.Body("\"Not this year,\" was the title of the minister's book.").Statements.Should().NotContain(x => x.SpeakerMention != null);
    }
}
