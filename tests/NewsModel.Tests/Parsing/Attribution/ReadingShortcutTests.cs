using FluentAssertions;

namespace NewsModel.Tests.Parsing.Attribution;

/// <summary>
/// Sentences at the edges of the reader's shortcuts: the post-posed reading's tail test answered from its precheck, the
/// time adverbials passed by their first letter, the second act with its own subject sought only near a cue candidate,
/// and the block's last "words" found by the candidates' walk. Each reads as it did before them (main's JSON).
/// </summary>
public sealed class ReadingShortcutTests
{
    [Theory]
    // The tail's answer turns on the quote before the subject: asked again where none stands there.
    [InlineData("The plan failed, Hart said, \"and soon.\"", "and soon.|said")]
    [InlineData("\"The plan failed,\" Hart said, \"and soon.\"", "The plan failed, and soon.|said")]
    [InlineData("The plan failed, Hart said in Oslo that the port closed.", "the port closed|said")]
    [InlineData("\"The plan failed,\" Hart said in Oslo that the port closed.", "The plan failed|said")]
    // The tail's answer holds with or without a quote before.
    [InlineData("The plan failed, Hart said in Oslo on Monday.", "The plan failed|said")]
    [InlineData("The plan failed, the minister told reporters.", "The plan failed|told")]
    public void A_post_posed_tail_reads_as_before(string paragraph, string expected) => Reads(paragraph, expected);

    [Theory]
    // A time adverbial of each first letter the skip reads ('o', 'y', 'e', 't', 'l', a capital), and words it passes.
    [InlineData("Hart said on Monday that the plan failed.", "the plan failed|said")]
    [InlineData("Hart said yesterday the plan failed.", "the plan failed|said")]
    [InlineData("Hart said earlier that the plan failed.", "the plan failed|said")]
    [InlineData("Hart said tonight that the plan failed.", "the plan failed|said")]
    [InlineData("Hart said last week that the plan failed.", "the plan failed|said")]
    [InlineData("Hart said late on Monday that the plan failed.", "the plan failed|said")]
    [InlineData("Hart said Monday that the plan failed.", "the plan failed|said")]
    [InlineData("Hart said in Oslo that the plan failed.", "the plan failed|said")]
    [InlineData("Hart told reporters on Tuesday that the plan failed.", "the plan failed|told")]
    public void A_time_adverbial_after_a_cue_is_passed_as_before(string paragraph, string expected) => Reads(paragraph, expected);

    [Theory]
    [InlineData("Hart said the plan failed, and six in 10 voters said they agreed.", "the plan failed|said", "they agreed|said")]
    [InlineData("Hart said the plan failed, and the port closed in May.", "the plan failed, and the port closed in May|said")]
    [InlineData("Hart said the plan failed; the port closed, the mayor said.", "Hart said the plan failed; the port closed|said")]
    public void A_second_act_with_its_own_subject_is_read_as_before(string paragraph, params string[] expected) => Reads(paragraph, expected);

    [Theory]
    [InlineData("In Hart's words, the plan failed.", "the plan failed|in Hart's words")]
    [InlineData("In Hart's words, the plan failed in May.", "the plan failed in May|in Hart's words")]
    [InlineData("His words came in May, Hart said.", "His words came in May|said")]
    [InlineData("In Oslo, Hart said in the words of a friend that the plan failed.", "the plan failed|said")]
    public void In_X_s_words_is_read_as_before(string paragraph, string expected) => Reads(paragraph, expected);

    private static void Reads(string paragraph, params string[] expected)
    {
        var statements = Parse.Body("Talks went on.", paragraph).Statements;
        statements.Select(s => s.Text + "|" + s.Cue).Should().Equal(expected);
    }
}
