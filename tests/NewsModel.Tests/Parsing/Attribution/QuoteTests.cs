using FluentAssertions;
using NewsModel.Model;

namespace NewsModel.Tests.Parsing.Attribution;

/// <summary>Quotation marks as wire copy writes them.</summary>
public sealed class QuoteTests
{
    [Theory]
    [InlineData("\u201CThe talks were useful,\u201D Ryabkov said.")]
    [InlineData("\u00ABThe talks were useful\u00BB, Ryabkov said.")]
    [InlineData("\u201EThe talks were useful\u201C, Ryabkov said.")]
    [InlineData("'The talks were useful,' Ryabkov said.")]
    [InlineData("\u2018The talks were useful,\u2019 Ryabkov said.")]
    public void Parse_reads_straight_and_typographic_quote_marks(string paragraph)
    {
        var s = Parse.Body(paragraph).Statements.Should().ContainSingle().Subject;
        s.Text.Should().Be("The talks were useful");
        s.Kind.Should().Be(StatementKind.Direct);
    }

    [Theory]
    [InlineData("''The talks were useful,'' Ryabkov said.")]
    [InlineData("``The talks were useful,'' Ryabkov said.")]
    public void Parse_reads_a_double_quote_written_as_two_apostrophes(string paragraph)
    {
        var s = Parse.Body(paragraph).Statements.Should().ContainSingle().Subject;
        s.Text.Should().Be("The talks were useful");
        s.Kind.Should().Be(StatementKind.Direct);
    }

    [Fact]
    public void Parse_joins_the_parts_of_a_split_quote_in_two_apostrophe_style()
    {
        var article = Parse.Body("''It's a start,'' Mr. Lund said. ''Nobody expected a deal today.''");
        var s = article.Statements.Should().ContainSingle().Subject;
        s.Text.Should().StartWith("It's a start").And.EndWith("Nobody expected a deal today.");
        article.SpeakerOf(s).Should().Be("Lund");
    }

    [Fact]
    public void Parse_keeps_the_punctuation_each_part_of_a_split_quote_ends_with()
    {
        var article = Parse.Body("\"We are ready,\" Lena Hart said. \"The vote is next week.\"");
        var s = article.Statements.Should().ContainSingle().Subject;
        s.Text.Should().Be("We are ready, The vote is next week.");
        s.Spans.Should().HaveCount(2);
    }

    [Fact]
    public void Parse_goes_on_with_a_reported_clause_that_ends_in_a_quote_into_the_next_quoted_sentence()
    {
        var article = Parse.Body("Late donations are \"a yellow light,\" said lawyer Joe Birkenstock. \"It does not mean anything is wrong.\"");
        var s = article.Statements.Should().ContainSingle().Subject;
        s.Kind.Should().Be(StatementKind.Mixed);
        s.Text.Should().Be("Late donations are a yellow light, It does not mean anything is wrong.");
        article.SpeakerOf(s).Should().Be("Joe Birkenstock");
    }

    [Fact]
    public void Parse_goes_on_with_a_reported_clause_into_a_quote_right_after_its_post_posed_attribution()
    {
        var article = Parse.Body("Prices will rise this year, Lena Hart said. \"Nobody can stop that.\"");
        var s = article.Statements.Should().ContainSingle().Subject;
        s.Kind.Should().Be(StatementKind.Mixed);
        s.Text.Should().Be("Prices will rise this year Nobody can stop that.");
        article.SpeakerOf(s).Should().Be("Lena Hart");
    }

    [Fact]
    public void Parse_starts_a_new_statement_with_a_quote_after_reported_speech()
    {
        var article = Parse.Body("Lena Hart said the vote was close. \"We will count again.\"");
        article.Statements.Should().HaveCount(2);
    }

    [Fact]
    public void Parse_keeps_apostrophes_inside_two_apostrophe_quotes_as_text()
    {
        var s = Parse.Body("''The ministry's view hasn't changed,'' Ryabkov said.").Statements.Should().ContainSingle().Subject;
        s.Text.Should().Be("The ministry's view hasn't changed");
    }

    [Fact]
    public void Parse_keeps_a_nested_quote_inside_its_statement()
    {
        var s = Parse.Body("\"He told me 'no deal' twice,\" Ryabkov said.").Statements.Should().ContainSingle().Subject;
        s.Text.Should().Be("He told me 'no deal' twice");
    }

    [Fact]
    public void Parse_reads_a_quote_over_several_paragraphs_as_one_statement()
    {
        var article = Parse.Body("Ryabkov said: \"The talks were useful.", "\"We will meet again next month.\"");
        var s = article.Statements.Should().ContainSingle().Subject;
        s.Spans.Should().HaveCount(2);
        s.Text.Should().Be("The talks were useful. We will meet again next month.");
    }

    [Fact]
    public void Parse_reads_a_repeated_opening_mark_inside_one_paragraph_as_a_running_quote()
    {
        var article = Parse.Body("The newsletter says: \"We can send them mailings. \"For example, we could send a letter.\"");
        var s = article.Statements.Should().ContainSingle().Subject;
        s.Kind.Should().Be(StatementKind.Direct);
        s.Text.Should().Be("We can send them mailings. For example, we could send a letter.");
    }

    [Fact]
    public void Parse_loses_nothing_after_an_unbalanced_quote_mark()
    {
        var article = Parse.Body("\"The talks were useful, Ryabkov said on Monday.", "Sergey Lavrov said the sides would meet again.");
        article.Statements.Should().Contain(s => s.Text == "the sides would meet again");
        article.Diagnostics.Should().Contain(d => d.Code == NewsModel.Parsing.DiagnosticCodes.UnclosedQuote);
    }

    [Fact]
    public void Parse_does_not_take_a_scare_quote_as_a_statement()
    {
        Parse.Body("The so-called \"shadow fleet\" was discussed at length on Monday.").Statements.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Ryabkov said the so-called \"shadow fleet\" was a problem.")]
    [InlineData("Ryabkov said the three \"New Leaders\" were rivals.")]
    public void Parse_keeps_reported_speech_with_a_quoted_name_indirect(string paragraph)
    {
        Parse.Body(paragraph).Statements.Should().ContainSingle().Which.Kind.Should().Be(StatementKind.Indirect);
    }

    [Fact]
    public void Parse_starts_a_new_statement_for_a_quote_after_reported_speech()
    {
        var article = Parse.Body("Mr Blair said abortion was a \"difficult issue\". \"You should not criminalise a woman.\"");
        article.Statements.Select(s => s.Kind).Should().Equal(StatementKind.Mixed, StatementKind.Direct);
        article.Statements.Select(s => s.SpeakerId).Distinct().Should().ContainSingle();
    }

    [Theory]
    [InlineData("'A really tough decision.'")]
    [InlineData("\"Related:\"")]
    [InlineData("\u201CVOTERS MAKE GOOD DECISIONS\u201D")]
    public void Parse_reads_a_short_quote_standing_alone_as_a_paragraph_as_a_pull_quote(string paragraph)
    {
        var article = Parse.Body(
            "\"We will rebuild the bridge by spring,\" Mayor Ana Ruiz said.",
            paragraph,
            "\"The council has the money for the first half of the work and the rest comes next year.\"");
        article.Statements.Select(s => s.Text).Should().Equal(
            "We will rebuild the bridge by spring",
            "The council has the money for the first half of the work and the rest comes next year.");
    }
}
