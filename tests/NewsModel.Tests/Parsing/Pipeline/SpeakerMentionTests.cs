using FluentAssertions;

namespace NewsModel.Tests.Parsing.Pipeline;

/// <summary>
/// A statement's speaker mention is the record its speaker holds: the model's build finds the speaker by the number
/// its id carries and the mention by its span, and shares it.
/// </summary>
public sealed class SpeakerMentionTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(12)]
    public void Each_statement_shares_the_mention_its_speaker_holds(int speakers)
    {
        string[] given = ["Ines", "Pavel", "Lena", "Omar", "Greta", "Tom", "Ana", "Maria", "Jan", "Ewa", "Olaf", "Ida"];
        var paragraphs = new List<string> { "Talks stall" };
        for (int round = 0; round < 2; round++)
        {
            for (int i = 0; i < speakers; i++) paragraphs.Add($"\"We talked for {round + 2} hours,\" said {given[i]} Brandtvik{i}.");
        }
        var article = TestData.Parser.Parse(string.Join("\n\n", paragraphs));

        article.Speakers.Count.Should().Be(speakers);
        article.Statements.Count.Should().Be(2 * speakers);
        foreach (var statement in article.Statements)
        {
            var speaker = article.Speakers.Single(s => s.Id == statement.SpeakerId);
            speaker.Mentions.Should().Contain(m => ReferenceEquals(m, statement.SpeakerMention));
        }
    }
}
