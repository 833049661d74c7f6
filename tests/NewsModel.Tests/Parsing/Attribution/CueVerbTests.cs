using FluentAssertions;
using NewsModel.Model;

namespace NewsModel.Tests.Parsing.Attribution;

/// <summary>Speech verbs beyond "said", each with how it takes what was said.</summary>
public sealed class CueVerbTests
{
    [Theory]
    [InlineData("\"Bring an umbrella,\" the mayor quipped.", "quipped")]
    [InlineData("\"We lost this one,\" Ana Kowal conceded.", "conceded")]
    [InlineData("\"The vote is rigged,\" Tom Reyes tweeted.", "tweeted")]
    [InlineData("\"Nobody asked us,\" Lena Hart retorted.", "retorted")]
    [InlineData("\"And then the lights went out,\" Lena Hart went on.", "went on")]
    public void Parse_reads_a_quote_before_less_common_speech_verbs(string paragraph, string cue)
    {
        var s = Parse.Body(paragraph).Statements.Should().ContainSingle().Subject;
        s.Cue.Should().Be(cue);
        s.Kind.Should().Be(StatementKind.Direct);
    }

    [Theory]
    [InlineData("Tom Reyes joked that the budget was older than he was.", "the budget was older than he was")]
    [InlineData("Ana Kowal testified that she never saw the contract.", "she never saw the contract")]
    [InlineData("Lena Hart reminded reporters that the plant had closed twice.", "the plant had closed twice")]
    [InlineData("Tom Reyes mentioned that the road would reopen in June.", "the road would reopen in June")]
    [InlineData("Ana Kowal lamented that the library had closed.", "the library had closed")]
    [InlineData("Lena Hart cautioned voters that the count would take a week.", "the count would take a week")]
    [InlineData("Tom Reyes repeated that the dock was safe.", "the dock was safe")]
    [InlineData("Ana Kowal implied that the vote had been rushed.", "the vote had been rushed")]
    [InlineData("Lena Hart posted on her blog that the fair was cancelled.", "the fair was cancelled")]
    [InlineData("Local builders suggest the permits take too long.", "the permits take too long")]
    [InlineData("Tom Reyes recalled that the port had closed twice.", "the port had closed twice")]
    public void Parse_reads_a_that_clause_after_verbs_that_need_one(string paragraph, string text)
    {
        Parse.Body(paragraph).Statements.Should().ContainSingle().Which.Text.Should().Be(text);
    }

    [Theory]
    [InlineData("Tom Reyes mentioned the budget twice during the hearing.")]
    [InlineData("Ana Kowal answered questions from the audience for an hour.")]
    [InlineData("Lena Hart demanded a recount on Tuesday.")]
    [InlineData("Tom Reyes repeated the exercise on Tuesday.")]
    [InlineData("Ana Kowal posted a photo of the harbour.")]
    [InlineData("Lena Hart shouted at the driver.")]
    [InlineData("Lena Hart recalled her days as a harbour pilot.")]
    public void Parse_does_not_read_an_object_of_those_verbs_as_a_statement(string paragraph)
    {
        Parse.Body(paragraph).Statements.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Still, Lena Hart called the mayor divisive.")]
    [InlineData("Speaking at a rally on Monday, Tom Reyes described the plan in detail.")]
    public void Parse_does_not_read_the_introduction_before_a_verb_with_an_object_as_a_statement(string paragraph)
    {
        Parse.Body(paragraph).Statements.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Lena Hart accused the mayor of lying about the budget.")]
    [InlineData("Ana Kowal blamed the storm for the delay.")]
    [InlineData("Tom Reyes called for a recount on Tuesday.")]
    [InlineData("Lena Hart called on the council to act.")]
    [InlineData("Then, last week, Tom Reyes called.")]
    public void Parse_does_not_read_an_accusation_or_a_demand_without_a_quote_as_a_statement(string paragraph)
    {
        Parse.Body(paragraph).Statements.Should().BeEmpty();
    }

    [Fact]
    public void Parse_reads_an_accusation_that_quotes_its_speaker()
    {
        var s = Parse.Body("Lena Hart accused the mayor of \"a cover-up.\"").Statements.Should().ContainSingle().Subject;
        s.Kind.Should().Be(StatementKind.Mixed);
        s.Text.Should().Be("the mayor of a cover-up.");
    }

    [Fact]
    public void Parse_gives_a_second_act_after_an_unquoted_demand_the_demand_s_subject()
    {
        var article = Parse.Body("Tom Reyes called for a recount, saying the count was flawed.");
        var s = article.Statements.Should().ContainSingle().Subject;
        s.Text.Should().Be("the count was flawed");
        article.SpeakerOf(s).Should().Be("Tom Reyes");
    }

    [Theory]
    [InlineData("Last week, Lena Hart called the mayor \"a reckless sailor.\"", "the mayor a reckless sailor.")]
    [InlineData("\"We will win,\" Tom Reyes tweeted the day after a storm hit the port.", "We will win")]
    [InlineData("Lena Hart called on the council to hold \"an urgent review.\"", "the council to hold an urgent review.")]
    [InlineData("\"A disaster,\" Tom Reyes called it.", "A disaster")]
    public void Parse_still_reads_the_quote_those_verbs_name_or_follow(string paragraph, string text)
    {
        Parse.Body(paragraph).Statements.Should().ContainSingle().Which.Text.Should().Be(text);
    }

    [Theory]
    [InlineData("Gov. Tom Kessler declared a state of emergency on Monday.")]
    [InlineData("Ana Kowal declared victory shortly after midnight.")]
    [InlineData("Shares added 2 per cent in early trading.")]
    [InlineData("The state awards its delegates in proportion to the vote.")]
    [InlineData("Lena Hart won six states and the party's support.")]
    [InlineData("Coastal states swing toward the party in every poll.")]
    [InlineData("Editor's note: the mayor regularly misstates the budget.")]
    [InlineData("The plan drew fire from the former secretary of state on Monday.")]
    [InlineData("The mayor's remarks followed a meeting with the harbour board.")]
    public void Parse_does_not_read_an_act_a_market_move_or_a_noun_as_speech(string paragraph)
    {
        Parse.Body(paragraph).Statements.Should().BeEmpty();
    }

    [Theory]
    [InlineData("The court decided that the rule was lawful.", "the rule was lawful")]
    [InlineData("Ana Kowal declared that the strike was over.", "the strike was over")]
    [InlineData("The audit states that the fund lost money.", "the fund lost money")]
    [InlineData("The bill passed after the council accepted Mayor Ana Kowal's promise that taxes would stay flat.", "taxes would stay flat")]
    public void Parse_still_reads_those_words_before_a_that_clause(string paragraph, string text)
    {
        Parse.Body(paragraph).Statements.Should().ContainSingle().Which.Text.Should().Be(text);
    }

    [Theory]
    [InlineData("Tom Reyes vowed to fight the closure in court.", "to fight the closure in court")]
    [InlineData("Ana Kowal promised to publish the figures next week.", "to publish the figures next week")]
    public void Parse_reads_a_promise_with_a_to_infinitive(string paragraph, string text)
    {
        Parse.Body(paragraph).Statements.Should().ContainSingle().Which.Text.Should().Be(text);
    }

    [Theory]
    [InlineData("Ana Kowal called the plan \"a slow-motion disaster\" and left the room.", "the plan a slow-motion disaster")]
    [InlineData("Tom Reyes described the proposal as \"reckless and expensive\" on Monday.", "the proposal as reckless and expensive")]
    public void Parse_reads_the_object_with_the_quote_that_a_verb_names_after_it(string paragraph, string text)
    {
        // What was said is the whole reported clause with its quoted fragment: the object is what the quote names.
        var s = Parse.Body(paragraph).Statements.Should().ContainSingle().Subject;
        s.Text.Should().Be(text);
        s.Kind.Should().Be(StatementKind.Mixed);
    }

    [Fact]
    public void Parse_does_not_read_a_name_given_in_quotes_as_a_statement()
    {
        Parse.Body("The town runs a program called \"Open Doors\" for new residents.").Statements.Should().BeEmpty();
    }

    [Theory]
    [InlineData("It was disclosed last week that the fund had lost money.")]
    [InlineData("Tom Reyes was told that the fund had lost money.")]
    public void Parse_does_not_read_a_passive_speech_verb_as_its_subject_speaking(string paragraph)
    {
        Parse.Body(paragraph).Statements.Should().BeEmpty();
    }

    [Fact]
    public void Parse_does_not_read_a_participle_after_a_comma_as_an_inverted_attribution()
    {
        var article = Parse.Body("The arsenal is small compared with others, demanding Oslo join talks now is unfair, ministry spokeswoman Ana Kowal said on Friday.");
        var s = article.Statements.Should().ContainSingle().Subject;
        s.Cue.Should().Be("said");
        article.SpeakerOf(s).Should().Be("Ana Kowal");
    }

    [Fact]
    public void Parse_reads_according_to_a_document_as_its_source()
    {
        var article = Parse.Body("Turnout rose by a third, according to a court filing.");
        var s = article.Statements.Should().ContainSingle().Subject;
        s.Text.Should().Be("Turnout rose by a third");
        s.SpeakerMention!.Text.Should().Be("a court filing");
    }

    [Theory]
    [InlineData("Few bakeries close on Sundays, according to a 2019 Bergen Council survey.", "Few bakeries close on Sundays", "a 2019 Bergen Council survey")]
    [InlineData("According to a 2021 study by two economists, the ferry lost money.", "the ferry lost money", "a 2021 study")]
    public void Parse_reads_according_to_a_source_with_a_year_in_it(string paragraph, string text, string source)
    {
        var s = Parse.Body(paragraph).Statements.Should().ContainSingle().Subject;
        s.Text.Should().Be(text);
        s.SpeakerMention!.Text.Should().Be(source);
    }

    [Fact]
    public void Parse_keeps_a_statement_according_to_figures_without_a_speaker()
    {
        var s = Parse.Body("According to early estimates, turnout rose by a third.").Statements.Should().ContainSingle().Subject;
        s.Text.Should().Be("turnout rose by a third");
        s.SpeakerId.Should().BeNull();
        s.SpeakerMention.Should().BeNull();
    }

    [Theory]
    [InlineData("The council hoped to shed what Ana Kowal called \"a perception problem.\"", "a perception problem.")]
    [InlineData("Tom Reyes attacked the regional boards, which Ana Kowal called \"a cartel for builders\" in May.", "a cartel for builders")]
    public void Parse_reads_the_quote_a_subject_calls_a_relative_object(string paragraph, string text)
    {
        var article = Parse.Body(paragraph);
        var s = article.Statements.Should().ContainSingle().Subject;
        s.Text.Should().Be(text);
        article.SpeakerOf(s).Should().Be("Ana Kowal");
    }

    [Theory]
    [InlineData("According to his longtime physician, the mayor was in good health.", "the mayor was in good health", "his longtime physician")]
    [InlineData("The pilot had flown for the airline since 2004, according to his online profile.", "The pilot had flown for the airline since 2004", "his online profile")]
    public void Parse_reads_according_to_a_source_that_opens_with_a_determiner(string paragraph, string text, string source)
    {
        var s = Parse.Body(paragraph).Statements.Should().ContainSingle().Subject;
        s.Text.Should().Be(text);
        s.SpeakerMention!.Text.Should().Be(source);
    }

    [Fact]
    public void Parse_reads_an_opening_according_to_whose_source_runs_on_to_its_comma()
    {
        var s = Parse.Body("According to early results of exit polls conducted by a research firm, turnout rose by a third.").Statements.Should().ContainSingle().Subject;
        s.Text.Should().Be("turnout rose by a third");
        s.SpeakerId.Should().BeNull();
    }

    [Theory]
    [InlineData("The head of state said the border would stay open.", "said", "the border would stay open")]
    [InlineData("Her claim angered the council, Lena Hart said.", "said", "Her claim angered the council")]
    public void Parse_reads_a_speech_verb_after_an_article_of_or_a_possessive_as_a_noun(string paragraph, string cue, string text)
    {
        var s = Parse.Body(paragraph).Statements.Should().ContainSingle().Subject;
        s.Cue.Should().Be(cue);
        s.Text.Should().Be(text);
    }

    [Fact]
    public void Parse_reads_the_words_a_speaker_gave_to_what_he_referred_to()
    {
        var s = Parse.Body("Tom Reyes referred to the new bridge as \"a waste of steel.\"").Statements.Should().ContainSingle().Subject;
        s.Cue.Should().Be("referred to");
        s.Text.Should().Contain("a waste of steel");
    }

    [Theory]
    [InlineData("Hart wrote a book on the history of the old bridge.")]
    [InlineData("Mayor Ruiz announced his resignation on Monday.")]
    [InlineData("Ruiz claimed the nomination in June.")]
    [InlineData("The firm denied the union a seat on the board.")]
    public void Parse_reads_no_statement_from_a_thing_made_or_given(string paragraph)
    {
        Parse.Body(paragraph).Statements.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Hart wrote a letter to the council urging it to keep the bridge open.", "a letter to the council urging it to keep the bridge open")]
    [InlineData("The city announced a plan to rebuild the bridge by 2030.", "a plan to rebuild the bridge by 2030")]
    [InlineData("The city announced the bridge would close in May.", "the bridge would close in May")]
    [InlineData("Ruiz claimed the vote had been rigged.", "the vote had been rigged")]
    public void Parse_reads_a_made_thing_that_carries_what_was_said_as_a_statement(string paragraph, string text)
    {
        Parse.Body(paragraph).Statements.Should().ContainSingle().Which.Text.Should().Be(text);
    }

    [Theory]
    [InlineData("Forty percent of voters said yes while 52 percent said no.")]
    [InlineData("Hart said the same of Ruiz.")]
    [InlineData("Ruiz said little about how the bridge would be paid for.")]
    [InlineData("Ruiz said nothing about the bridge.")]
    [InlineData("Half said so in the spring poll.")]
    [InlineData("Ruiz said almost nothing about the bridge.")]
    public void Parse_reads_no_statement_from_words_that_only_stand_for_what_was_said(string paragraph)
    {
        Parse.Body(paragraph).Statements.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Ruiz said no jobs would be lost.", "no jobs would be lost")]
    [InlineData("Hart said so many people came that the hall was full.", "so many people came that the hall was full")]
    [InlineData("Ruiz said the same rules apply to everyone.", "the same rules apply to everyone")]
    public void Parse_reads_a_clause_that_opens_with_a_pro_form_word_as_a_statement(string paragraph, string text)
    {
        Parse.Body(paragraph).Statements.Should().ContainSingle().Which.Text.Should().Be(text);
    }

    [Theory]
    [InlineData("Rights groups attacked Hart's proposed tax cuts on Monday.")]
    [InlineData("The figure is a fraction of Ruiz's reported net worth.")]
    public void Parse_reads_a_past_participle_between_a_possessive_and_its_noun_as_an_adjective(string paragraph)
    {
        Parse.Body(paragraph).Statements.Should().BeEmpty();
    }
}
