using FluentAssertions;
using NewsModel.Knowledge;
using NewsModel.Parsing.Attribution;

namespace NewsModel.Tests.Parsing.Attribution;

/// <summary>
/// The cues the reader's post-posed pass reads at a sentence's first 64 cue candidates, which its pre-posed pass takes
/// again without the cue cache, and the candidates past the 64th, read through the cue cache.
/// </summary>
public sealed class SentenceCueTests
{
    [Theory]
    // The post-posed pass reads "said" (a comma before it) and reads no post-posed statement (the cue's own clause
    // follows): the pre-posed pass takes the cue it read.
    [InlineData("In Oslo, Hart said the plan had failed.", "the plan had failed|said")]
    [InlineData("On Monday, the minister told reporters that the port closed.", "the port closed|told")]
    // Read by the post-posed pass alone.
    [InlineData("The plan failed, Hart said.", "The plan failed|said")]
    public void A_cue_the_first_pass_read_is_read_by_the_second(string paragraph, string expected) => Reads(paragraph, expected);

    [Theory]
    [InlineData(3)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(70)]
    public void A_cue_past_the_64th_candidate_of_its_sentence_is_read(int nouns)
    {
        // "the claims" is a cue candidate (one-word phrase "claims") that reads no cue (a noun after "the"): the cue
        // stands after them, at the 64th candidate or later.
        var words = string.Join(", ", Enumerable.Repeat("the claims", nouns));
        var statements = Parse.Body("Talks went on.", $"He rejected {words}, Hart said on Monday that the port closed.").Statements;
        statements.Select(s => s.Text + "|" + s.Cue).Should().Equal("the port closed|said");
    }

    [Fact]
    public void The_sentence_cues_the_parse_wrote_are_cleared_when_the_cache_is_released()
    {
        var cache = new CueCache();
        cache.SentenceCues[0] = new CueHit(1, 2, "said", CueOptions.None, CueForm.Verb);
        cache.SentenceCues[2] = new CueHit(5, 6, "told", CueOptions.None, CueForm.Verb);
        cache.SentenceCuesUsed = 3;

        cache.Release().Should().BeTrue();

        cache.SentenceCuesUsed.Should().Be(0);
        cache.SentenceCues.Should().OnlyContain(hit => hit.Text == null);
    }

    private static void Reads(string paragraph, params string[] expected)
    {
        var statements = Parse.Body("Talks went on.", paragraph).Statements;
        statements.Select(s => s.Text + "|" + s.Cue).Should().Equal(expected);
    }
}
