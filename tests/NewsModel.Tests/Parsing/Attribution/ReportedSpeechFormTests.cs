using FluentAssertions;
using NewsModel.Model;

namespace NewsModel.Tests.Parsing.Attribution;

/// <summary>Forms of attribution that wrap the cue in more words than "X said": longer subjects, participles after a quote, questions, agentless asking.</summary>
public sealed class ReportedSpeechFormTests
{
    [Theory]
    [InlineData("\"The merger is a disgrace,\" Labour candidate Ana Kowal said in a statement.", "Labour candidate Ana Kowal")]
    [InlineData("\"The council has been slow to act,\" one senior councillor said.", "one senior councillor")]
    public void Parse_reads_the_whole_subject_between_the_quote_and_the_cue(string paragraph, string speakerWords)
    {
        var s = Parse.Body(paragraph).Statements.Should().ContainSingle().Subject;
        s.Kind.Should().Be(StatementKind.Direct);
        paragraph.Substring(s.SpeakerMention!.Span.Start, s.SpeakerMention.Span.Length).Should().Be(speakerWords);
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
}
