using FluentAssertions;

namespace NewsModel.Tests.Parsing.Attribution;

/// <summary>Transcripts and interviews: paragraphs that open with their speaker's name and a colon.</summary>
public sealed class TranscriptTests
{
    [Fact]
    public void Parse_reads_each_labelled_paragraph_of_a_transcript_as_its_speakers_statement()
    {
        var article = Parse.Body(
            "HALVORSEN: Why not hold the debate in Bergen this spring?",
            "Lena Hart: The council does not get to decide when we debate, and he knows that.");
        article.Statements.Should().HaveCount(2);
        article.SpeakerOf(article.Statements[0]).Should().Be("HALVORSEN");
        article.Statements[1].Text.Should().StartWith("The council does not get to decide");
        article.SpeakerOf(article.Statements[1]).Should().Be("Lena Hart");
    }

    [Fact]
    public void Parse_does_not_read_a_single_labelled_paragraph_as_a_transcript()
    {
        Parse.Body("Oslo Desk: The ferry schedule changes on Monday for the whole winter season.").Statements.Should().BeEmpty();
    }

    [Fact]
    public void Parse_does_not_read_label_words_or_table_rows_as_speakers()
    {
        var article = Parse.Body(
            "Update: The ferry schedule changes on Monday for the whole winter season.",
            "Tom Reyes: 1,501",
            "Lena Hart: 1,547");
        article.Statements.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Iowa: Ana Ruiz, Tom Reyes, Lena Hart, Ola Berg, Petr Varga Jr.")]
    [InlineData("New Hampshire: Ana Ruiz, Tom Reyes and Lena Hart.")]
    [InlineData("Name: Ana Ruiz, waitress at a diner in Bergen for ten years")]
    public void Parse_reads_no_statement_from_a_label_over_a_roster_or_a_form_field(string paragraph)
    {
        var article = Parse.Body(
            "HALVORSEN: Why not hold the debate in Bergen this spring?",
            paragraph,
            "Lena Hart: The council does not get to decide when we debate, and he knows that.");
        article.Statements.Select(s => article.SpeakerOf(s)).Should().Equal("HALVORSEN", "Lena Hart");
    }
}
