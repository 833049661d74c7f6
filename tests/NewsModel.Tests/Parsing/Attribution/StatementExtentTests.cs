using FluentAssertions;
using NewsModel.Model;

namespace NewsModel.Tests.Parsing.Attribution;

/// <summary>Where a statement starts and ends when its attribution stands inside the reported clause or beside it.</summary>
public sealed class StatementExtentTests
{
    [Theory]
    [InlineData("Turnout, according to the election board, has doubled since May.", "the election board", "Turnout has doubled since May")]
    [InlineData("One of the changes they made, according to a person close to the council, is to close the dock at night.", "a person close to the council",
        "One of the changes they made is to close the dock at night")]
    [InlineData("The cost of the bridge, said Lena Hart, an engineer at the port authority, would be far higher than planned.", "Lena Hart",
        "The cost of the bridge would be far higher than planned")]
    [InlineData("The risk, says Tom Reyes, is that nobody will pay.", "Tom Reyes", "The risk is that nobody will pay")]
    public void Parse_joins_a_subject_before_a_parenthetical_attribution_to_its_verb_after_it(string paragraph, string speakerWords, string text)
    {
        var s = Parse.Body(paragraph).Statements.Should().ContainSingle().Subject;
        s.Text.Should().Be(text);
        paragraph.Substring(s.SpeakerMention!.Span.Start, s.SpeakerMention.Span.Length).Should().StartWith(speakerWords.Split(' ')[0]);
    }

    [Fact]
    public void Parse_reads_the_clause_after_an_opening_subordinate_phrase_and_its_source()
    {
        var s = Parse.Body("Since last winter, according to the union, the port has lost 400 jobs.").Statements.Should().ContainSingle().Subject;
        s.Text.Should().Be("the port has lost 400 jobs");
    }

    [Theory]
    [InlineData("Ana Kowal, a candidate for mayor, said Tom Reyes is overselling the plan, also known as the harbour deal.",
        "Tom Reyes is overselling the plan, also known as the harbour deal")]
    [InlineData("Prices will rise, said Ola Berg, who runs the bakery, and wages will not.", "Prices will rise")]
    public void Parse_does_not_read_a_later_comma_as_the_end_of_a_parenthetical_attribution(string paragraph, string text)
    {
        Parse.Body(paragraph).Statements.Should().Contain(s => s.Text == text);
    }

    [Theory]
    [InlineData("Reyes said he had many talks with the port office, but officials said those talks came only after the vote.",
        "he had many talks with the port office", "those talks came only after the vote")]
    [InlineData("Half said they prefer a newcomer; 26 percent of Democrats say they have not been paying attention.",
        "they prefer a newcomer", "they have not been paying attention")]
    [InlineData("The paper reported that the firm sold the dock, noting its high price, but the mayor's office denied that the sale went ahead.",
        "the firm sold the dock", "the sale went ahead")]
    public void Parse_ends_reported_speech_before_a_second_act_with_a_subject_of_its_own(string paragraph, string first, string second)
    {
        var texts = Parse.Body(paragraph).Statements.Select(s => s.Text).ToList();
        texts.Should().Contain(first).And.Contain(second);
    }

    [Fact]
    public void Parse_keeps_a_relative_clause_with_its_own_cue_inside_the_reported_clause()
    {
        var s = Parse.Body("Ana Kowal said that, if the figures are true, the port is losing money, which she added was deeply regrettable.")
            .Statements.Should().ContainSingle().Subject;
        s.Text.Should().StartWith("if the figures are true, the port is losing money");
    }

    [Theory]
    [InlineData("The dock is not safe, port officials insist, because the crane was never inspected.",
        "The dock is not safe because the crane was never inspected")]
    [InlineData("When she reached the hall, she said, there were no ballots left.", "When she reached the hall there were no ballots left")]
    [InlineData("Instead, Hart told the Courier, the plan would be put to a vote.", "the plan would be put to a vote")]
    public void Parse_reads_the_reported_clause_on_past_a_parenthetical_attribution(string paragraph, string text)
    {
        Parse.Body(paragraph).Statements.Should().ContainSingle().Which.Text.Should().Be(text);
    }

    [Fact]
    public void Parse_leaves_a_reason_after_a_quoted_statement_to_the_writer()
    {
        Parse.Body("\"We will win,\" Hart said, because the polls were closing.").Statements.Should().ContainSingle().Which.Text.Should().Be("We will win");
    }

    [Theory]
    [InlineData("Kowal called the report a \"rush to judgment,\" because delegates can still change their minds.",
        "the report a rush to judgment, because delegates can still change their minds")]
    [InlineData("Hart called Reyes a \"petulant child\" who is acting like a king.", "Reyes a petulant child who is acting like a king")]
    [InlineData("Hart called the plan \"a disaster,\" and left the room.", "the plan a disaster")]
    public void Parse_reads_what_qualifies_a_quoted_complement_as_said(string paragraph, string text)
    {
        Parse.Body(paragraph).Statements.Should().ContainSingle().Which.Text.Should().Be(text);
    }

    [Fact]
    public void Parse_reads_a_speech_verb_in_a_list_of_acts_as_a_second_statement()
    {
        var texts = Parse.Body("Hart pledged to fix the bridge and cast doubt on the jobless figures, suggested that the real rate was twice as high.")
            .Statements.Select(s => s.Text).ToList();
        texts.Should().Contain("the real rate was twice as high");
        texts.Should().NotContain(t => t.Contains("suggested"));
    }

    [Fact]
    public void Parse_ends_a_participle_s_object_before_a_second_participle_joined_by_and()
    {
        var article = Parse.Body("Kowal defended the budget on Monday, urging voters to see the big picture and promising to manage the upheaval.");
        article.Statements.Should().Contain(s => s.Cue == "urging" && s.Text == "voters to see the big picture");
        article.Statements.Should().Contain(s => s.Cue == "promising" && s.Text == "to manage the upheaval");
    }

    [Fact]
    public void Parse_keeps_two_participles_of_the_reported_clause_together()
    {
        var s = Parse.Body("Hart defended the rules, saying the ban is hurting the port and driving jobs away.").Statements.Should().ContainSingle().Subject;
        s.Text.Should().Be("the ban is hurting the port and driving jobs away");
    }
}
