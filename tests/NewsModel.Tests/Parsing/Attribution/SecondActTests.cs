using FluentAssertions;
using NewsModel.Model;

namespace NewsModel.Tests.Parsing.Attribution;

/// <summary>
/// A second act after a reported clause (", adding that …", "and warned that …"): the reader rules out a cue word with no
/// "and"/"but" and no comma or quote's close before it before reading its cue, so each form it keeps is held here.
/// </summary>
public sealed class SecondActTests
{
    [Theory]
    [InlineData("Lena Hart said the plan would pass in May, adding that the vote was close.", "adding", "the vote was close")]
    [InlineData("Lena Hart said the plan was \"a bold step,\" adding that it would pass in May.", "adding", "it would pass in May")]
    [InlineData("Lena Hart said the plan would pass in May and warned that the vote was close.", "warned", "the vote was close")]
    public void Parse_reads_a_second_act_of_the_same_speaker(string paragraph, string cue, string text)
    {
        var article = Parse.Body(paragraph);
        article.Statements.Should().HaveCount(2);
        var second = article.Statements[1];
        second.Cue.Should().Be(cue);
        second.Text.Should().Be(text);
        article.SpeakerOf(second).Should().Be("Lena Hart");
        article.SpeakerOf(article.Statements[0]).Should().Be("Lena Hart");
    }

    [Fact]
    public void Parse_reads_no_second_act_at_a_cue_word_inside_the_clause()
    {
        // "added" follows no comma, quote or conjunction: it is the clause's own verb, not a second act of Hart's.
        var article = Parse.Body("Lena Hart said the council added two seats in May.");
        var s = article.Statements.Should().ContainSingle().Subject;
        s.Cue.Should().Be("said");
        s.Text.Should().Be("the council added two seats in May");
    }

    [Fact]
    public void Parse_reads_a_second_act_past_the_words_the_clause_walk_records()
    {
        // Forty ", and …" before the second act: the clause's end walk keeps the first 32 words where a second act may
        // start, and the search goes on past them by its own walk.
        string weeks = string.Join(", ", Enumerable.Range(1, 40).Select(i => $"and in week {i}"));
        var article = Parse.Body($"Lena Hart said the plan would pass in May, {weeks}, adding that the vote was close.");
        article.Statements.Should().HaveCount(2);
        var second = article.Statements[1];
        second.Cue.Should().Be("adding");
        second.Text.Should().Be("the vote was close");
        article.SpeakerOf(second).Should().Be("Lena Hart");
    }

    [Fact]
    public void Parse_reads_a_second_act_after_a_clause_that_opens_with_a_quote()
    {
        // A clause that opens with a quote has no record of its end walk: the search passes the quote's tokens at once.
        var article = Parse.Body("Lena Hart said \"the plan will pass in May,\" adding that the vote was close.");
        article.Statements.Select(s => (s.Cue, s.Text)).Should().Equal(("said", "the plan will pass in May"), ("adding", "the vote was close"));
        article.SpeakerOf(article.Statements[1]).Should().Be("Lena Hart");
    }
}
