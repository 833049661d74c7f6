using FluentAssertions;
using NewsModel.Model;

namespace NewsModel.Tests.Parsing.Attribution;

/// <summary>Forms of attribution that wrap the cue in more words than "X said": longer subjects, participles after a quote, questions, agentless asking.</summary>
public sealed class ReportedSpeechFormTests
{
    [Theory]
    [InlineData("\"The merger is a disgrace,\" Labour candidate Ana Kowal said in a statement.", "Labour candidate Ana Kowal")]
    [InlineData("\"The council has been slow to act,\" one senior councillor said.", "one senior councillor")]
    [InlineData("\"She wanted to fly since she was five,\" her childhood friend told the Bergen Courier.", "her childhood friend")]
    public void Parse_reads_the_whole_subject_between_the_quote_and_the_cue(string paragraph, string speakerWords)
    {
        var s = Parse.Body(paragraph).Statements.Should().ContainSingle().Subject;
        s.Kind.Should().Be(StatementKind.Direct);
        paragraph.Substring(s.SpeakerMention!.Span.Start, s.SpeakerMention.Span.Length).Should().Be(speakerWords);
    }

    [Theory]
    [InlineData("Reyes defended the plan, saying the dock was safe.", "saying", "the dock was safe")]
    [InlineData("Kowal defended the vote, calling the result \"a fair outcome.\"", "calling", "the result a fair outcome.")]
    [InlineData("The owners have warned they could close the dock.", "warned", "they could close the dock")]
    public void Parse_reads_a_one_word_subject_whose_verb_runs_up_to_a_comma(string paragraph, string cue, string text)
    {
        var s = Parse.Body(paragraph).Statements.Should().ContainSingle().Subject;
        s.Cue.Should().Be(cue);
        s.Text.Should().Be(text);
    }

    [Fact]
    public void Parse_reads_a_participle_after_a_quote_that_ends_with_a_comma()
    {
        var article = Parse.Body("Tom Reyes praised the vote as \"historic,\" telling reporters on Friday that the town had spoken.");
        var s = article.Statements.Should().ContainSingle().Subject;
        s.Cue.Should().Be("telling");
        s.Text.Should().Be("the town had spoken");
        article.SpeakerOf(s).Should().Be("Tom Reyes");
    }

    [Theory]
    [InlineData("\"Who will pay for the bridge?\" Lena Hart asked.", "Who will pay for the bridge?", "asked")]
    [InlineData("\"We did it!\" the mayor said on Monday.", "We did it!", "said")]
    public void Parse_reads_an_attribution_after_a_quote_that_ends_its_own_sentence(string paragraph, string text, string cue)
    {
        var s = Parse.Body(paragraph).Statements.Should().ContainSingle().Subject;
        s.Text.Should().Be(text);
        s.Cue.Should().Be(cue);
        s.Kind.Should().Be(StatementKind.Direct);
    }

    [Fact]
    public void Parse_does_not_join_a_quote_to_a_next_sentence_that_is_more_than_an_attribution()
    {
        var article = Parse.Body("\"Who will pay?\" Lena Hart asked the council to decide by May.");
        article.Statements.Should().NotContain(s => s.Text == "Who will pay?");
    }

    [Theory]
    [InlineData("In an interview, the actress was asked if she had ever been turned down for a role.", "if she had ever been turned down for a role")]
    [InlineData("Tom Reyes was asked about the closure of the plant.", "the closure of the plant")]
    [InlineData("The mayor has been asked to publish the contracts.", "to publish the contracts")]
    public void Parse_reads_the_question_a_subject_was_asked_with_no_speaker(string paragraph, string text)
    {
        var s = Parse.Body(paragraph).Statements.Should().ContainSingle().Subject;
        s.Text.Should().Be(text);
        s.SpeakerId.Should().BeNull();
    }

    [Fact]
    public void Parse_reads_the_asker_named_after_by()
    {
        var article = Parse.Body("Tom Reyes was asked by host Lena Hart, \"Why did you vote no?\"");
        var s = article.Statements.Should().ContainSingle().Subject;
        s.Text.Should().Be("Why did you vote no?");
        article.SpeakerOf(s).Should().Be("Lena Hart");
    }

    [Theory]
    [InlineData("Asked whether the plant would close, Ana Kowal said the talks would go on.")]
    [InlineData("\"Not this year,\" Ana Kowal said when asked whether the plant would close.")]
    public void Parse_does_not_read_an_unnamed_reporter_question_that_sets_up_the_answer(string paragraph)
    {
        Parse.Body(paragraph).Statements.Should().ContainSingle().Which.Cue.Should().Be("said");
    }

    [Fact]
    public void Parse_keeps_a_passive_speech_verb_without_a_question_unread()
    {
        Parse.Body("Tom Reyes was asked several times.").Statements.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Many local farmers have also criticised the plan, noting that prices had fallen twice.", "Many local farmers", "prices had fallen twice")]
    [InlineData("Tom Reyes raised doubts about the count, falsely suggesting that ballots were lost.", "Tom Reyes", "ballots were lost")]
    [InlineData("The high-ranking envoy left the talks early, saying the offer was not serious.", "The high-ranking envoy", "the offer was not serious")]
    public void Parse_reads_a_participle_after_a_clause_with_no_cue_as_its_subject_speaking(string paragraph, string speakerWords, string text)
    {
        var s = Parse.Body(paragraph).Statements.Should().ContainSingle().Subject;
        s.Text.Should().Be(text);
        paragraph.Substring(s.SpeakerMention!.Span.Start, s.SpeakerMention.Span.Length).Should().Be(speakerWords);
    }

    [Fact]
    public void Parse_reads_the_clause_after_a_pronoun_hearer()
    {
        var s = Parse.Body("Ana Kowal wrote to the board, telling them Harbour Bank was worth more.").Statements.Should().ContainSingle().Subject;
        s.Text.Should().Be("Harbour Bank was worth more");
    }

    [Fact]
    public void Parse_reads_a_quote_introduced_by_a_name_and_a_colon()
    {
        var article = Parse.Body("The result did not surprise harbour pollster Lena Hart: \"Smaller parties always gain late.\"");
        var s = article.Statements.Should().ContainSingle().Subject;
        s.Text.Should().Be("Smaller parties always gain late.");
        s.Cue.Should().Be(":");
        article.SpeakerOf(s).Should().Be("Lena Hart");
    }

    [Fact]
    public void Parse_reads_a_quote_introduced_by_a_name_and_a_colon_after_a_sentence_with_a_quote_of_its_own()
    {
        // The colon's quote is the paragraph's second: the quote that opens the sentence is found among the block's quotes.
        var article = Parse.Body("\"We lost,\" the coach said. The result did not surprise harbour pollster Lena Hart: \"Smaller parties always gain late.\"");
        var s = article.Statements.Should().ContainSingle(x => x.Cue == ":").Subject;
        s.Text.Should().Be("Smaller parties always gain late.");
        article.SpeakerOf(s).Should().Be("Lena Hart");
    }

    [Theory]
    [InlineData("The result did not surprise harbour pollster Lena Hart:  \"Smaller parties always gain late.\"")]
    [InlineData("The result did not surprise harbour pollster Lena Hart:\u00A0\"Smaller parties always gain late.\"")]
    [InlineData("The result did not surprise harbour pollster Lena Hart: \u2060 \"Smaller parties always gain late.\"")]
    [InlineData("\"We lost,\" the coach said in Bergen. The result did not surprise harbour pollster Lena Hart:\u2003\"Smaller parties always gain late.\"")]
    public void Parse_reads_a_colon_s_quote_whatever_spaces_stand_between_them(string paragraph)
    {
        // The block's colon quotes are ruled out before the sentences' search when no quote opens right after a colon:
        // the test steps back from the quote's opening mark over every character the tokenizer takes for a space.
        var article = Parse.Body(paragraph);
        var s = article.Statements.Should().ContainSingle(x => x.Cue == ":").Subject;
        s.Text.Should().Be("Smaller parties always gain late.");
        article.SpeakerOf(s).Should().Be("Lena Hart");
    }

    [Theory]
    [InlineData("The result did not surprise harbour pollster Lena Hart, \"Smaller parties always gain late.\"")]
    [InlineData("The result: did not surprise harbour pollster Lena Hart \"Smaller parties always gain late.\"")]
    public void Parse_reads_no_colon_s_quote_where_no_quote_opens_right_after_a_colon(string paragraph)
    {
        Parse.Body(paragraph).Statements.Should().NotContain(x => x.Cue == ":");
    }

    [Fact]
    public void Parse_does_not_read_a_colon_before_a_quote_of_the_next_sentence_as_introducing_it()
    {
        var statements = Parse.Body("Officials gave one reason, Lena Hart: the budget. \"We will appeal,\" Ana Kowal said.").Statements;
        statements.Should().NotContain(x => x.Cue == ":");
        statements.Should().ContainSingle(x => x.Cue == "said").Which.Text.Should().Be("We will appeal");
    }

    [Theory]
    [InlineData("Then came the laugh line: \"I could do this myself.\"")]
    [InlineData("Update: \"The road is open again.\"")]
    public void Parse_does_not_take_a_description_or_label_before_a_colon_for_a_speaker(string paragraph)
    {
        Parse.Body(paragraph).Statements.Should().NotContain(s => s.Cue == ":" && s.SpeakerId != null);
    }

    [Fact]
    public void Parse_reads_the_answer_after_an_opening_asked_phrase_as_the_subjects_statement()
    {
        const string paragraph = "Asked about the closure, the port authority said the dock would reopen in May.";
        var s = Parse.Body(paragraph).Statements.Should().ContainSingle(x => x.Cue == "said").Subject;
        s.Text.Should().Be("the dock would reopen in May");
        paragraph.Substring(s.SpeakerMention!.Span.Start, s.SpeakerMention.Span.Length).Should().Be("the port authority");
    }

    [Theory]
    [InlineData("\"The bridge will not hold another winter,\" warned Lena Hart.", "warned")]
    [InlineData("Lena Hart continued, \"The bridge will not hold another winter.\"", "continued")]
    public void Parse_reads_a_quote_with_a_verb_that_otherwise_takes_a_hearer_or_follows_the_quote(string paragraph, string cue)
    {
        var article = Parse.Body(paragraph);
        var s = article.Statements.Should().ContainSingle().Subject;
        s.Cue.Should().Be(cue);
        s.Text.Should().StartWith("The bridge will not hold another winter");
        article.SpeakerOf(s).Should().Be("Lena Hart");
    }

    [Theory]
    [InlineData("A port official responded by saying the dock was safe.", "the dock was safe")]
    [InlineData("Lena Hart made a point of saying the dock was safe.", "the dock was safe")]
    [InlineData("Lena Hart went on to explain that the dock was safe.", "the dock was safe")]
    [InlineData("The mayor continues to insist that the dock is safe.", "the dock is safe")]
    [InlineData("Tom Reyes took to his blog to say the dock was safe.", "the dock was safe")]
    public void Parse_reads_a_cue_chained_to_the_verb_of_its_subject(string paragraph, string text)
    {
        Parse.Body(paragraph).Statements.Should().ContainSingle().Which.Text.Should().Be(text);
    }

    [Theory]
    [InlineData("Reaching for the jugular, Tom Reyes said on the radio that the mayor \"has to go.\"", "the mayor has to go.")]
    [InlineData("At day's end, however, Lena Hart said as she arrived in Oslo, \"We are finally free.\"", "We are finally free.")]
    public void Parse_reads_the_clause_after_a_cue_and_its_adjunct_not_the_introduction_before_the_subject(string paragraph, string text)
    {
        Parse.Body(paragraph).Statements.Should().ContainSingle().Which.Text.Should().Be(text);
    }

    [Theory]
    [InlineData("Tom Reyes declined to say whether the dock was safe.")]
    [InlineData("Lena Hart went on to claim credit for the new dock.")]
    public void Parse_does_not_read_a_denied_or_non_speech_chained_act(string paragraph)
    {
        Parse.Body(paragraph).Statements.Should().NotContain(s => s.Cue == "say" || s.Cue == "claim");
    }

    [Fact]
    public void Parse_keeps_a_quote_before_the_subject_when_a_that_follows_the_adjunct()
    {
        Parse.Body("\"No, that is not true,\" Tom Reyes said when asked about reports that the fleet was sold.")
            .Statements.Should().ContainSingle().Which.Text.Should().Be("No, that is not true");
    }

    [Theory]
    [InlineData("\"You never know,\" said Tom Reyes, the port commissioner, who conceded that more tunnels might exist.", "conceded", "more tunnels might exist")]
    [InlineData("\"We show anger,\" said Lena Hart, who said she would not vote for either.", "said", "she would not vote for either")]
    public void Parse_reads_a_relative_clause_on_the_speaker_of_an_inverted_attribution_as_a_second_statement(string paragraph, string cue, string text)
    {
        var article = Parse.Body(paragraph);
        article.Statements.Should().HaveCount(2);
        var second = article.Statements[1];
        second.Text.Should().Be(text);
        second.Cue.Should().Be(cue);
        article.SpeakerOf(second).Should().Be(article.SpeakerOf(article.Statements[0]));
    }

    [Fact]
    public void Parse_reads_no_second_statement_from_a_relative_clause_that_reports_nothing()
    {
        Parse.Body("\"It is late,\" said Tom Reyes, who left the room.").Statements.Should().ContainSingle();
    }

    [Fact]
    public void Parse_goes_on_with_the_first_quote_after_a_relative_clause_on_its_speaker()
    {
        var article = Parse.Body("\"I never voted,\" said Nicky Moss, who said Ruiz is best suited to win. \"It is for the people.\"");
        article.Statements.Should().HaveCount(2);
        article.Statements[0].Text.Should().Contain("It is for the people");
    }

    [Theory]
    [InlineData("A tenant who has accused the landlord of fraud said on Monday that the heating had failed.", "the heating had failed")]
    [InlineData("Lena Hart accused the board of neglect, and said the dock was unsafe.", "the dock was unsafe")]
    [InlineData("The harbour master said Sunday night that the ferry would sail.", "the ferry would sail")]
    public void Parse_reads_the_cue_after_an_act_and_a_day_with_its_time_of_day(string paragraph, string text)
    {
        Parse.Body(paragraph).Statements.Should().ContainSingle().Which.Text.Should().Be(text);
    }

    [Theory]
    [InlineData("Tom Reyes told me his support for the plan makes him more honest.", "his support for the plan makes him more honest")]
    [InlineData("Lena Hart told the AP her group never worked with the port.", "her group never worked with the port")]
    [InlineData("Lena Hart told Radio North's \"Morning Show\" that the dock would reopen.", "the dock would reopen")]
    public void Parse_reads_the_clause_after_a_hearer_of_told(string paragraph, string text)
    {
        Parse.Body(paragraph).Statements.Should().ContainSingle().Which.Text.Should().Be(text);
    }

    [Fact]
    public void Parse_reads_no_clause_in_a_short_object_after_a_hearer_of_told()
    {
        Parse.Body("Lena Hart told the AP her story.").Statements.Should().NotContain(s => s.Text == "her story");
    }
}
