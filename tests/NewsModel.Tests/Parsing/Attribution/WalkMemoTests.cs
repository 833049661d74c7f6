using FluentAssertions;
using NewsModel.Parsing.Attribution;

namespace NewsModel.Tests.Parsing.Attribution;

/// <summary>The memo of the attribution reader's backward walks: what it keeps, and when it forgets.</summary>
public sealed class WalkMemoTests
{
    [Fact]
    public void A_kept_answer_is_found_for_the_same_start_and_floor_only()
    {
        var memo = new WalkMemo();
        memo.Keep(from: 12, floor: 3, first: 7, second: 11);

        memo.TryGet(12, 3, out int first, out int second).Should().BeTrue();
        (first, second).Should().Be((7, 11));
        memo.TryGet(12, 4, out _, out _).Should().BeFalse("a walk to another floor may stop elsewhere");
        memo.TryGet(13, 3, out _, out _).Should().BeFalse();
    }

    [Fact]
    public void Forgetting_drops_every_answer_of_the_block_before()
    {
        var memo = new WalkMemo();
        for (int i = 0; i < WalkMemo.Size; i++) memo.Keep(i, 0, i, -1);

        memo.Forget();

        for (int i = 0; i < WalkMemo.Size; i++) memo.TryGet(i, 0, out _, out _).Should().BeFalse();
        memo.Keep(5, 0, 1, 2);
        memo.TryGet(5, 0, out int first, out int second).Should().BeTrue();
        (first, second).Should().Be((1, 2));
    }

    [Fact]
    public void A_start_sharing_a_slot_replaces_the_answer_and_is_never_confused_with_it()
    {
        var memo = new WalkMemo();
        memo.Keep(2, 0, 1, 1);
        memo.Keep(2 + WalkMemo.Size, 0, 9, 9);

        memo.TryGet(2, 0, out _, out _).Should().BeFalse();
        memo.TryGet(2 + WalkMemo.Size, 0, out int first, out _).Should().BeTrue();
        first.Should().Be(9);
    }

    [Theory]
    [InlineData("Officials who backed the plan said the vote was fair, and the mayor said it was not.")]
    [InlineData("\"It works,\" the minister said. The mayor, a veteran of the port, said the plan failed.")]
    [InlineData("However, Ana Kowal said, the plan failed. Tom Reyes, the port chief, said it had worked.")]
    public void Parse_finds_the_same_statements_paragraph_by_paragraph_as_in_one_article(string paragraph)
    {
        // The memo serves one block at a time: a paragraph read after others must give what it gives alone.
        var alone = Parse.Body(paragraph).Statements.Select(s => (s.Text, s.Cue)).ToList();
        var after = Parse.Body("Ana Kowal, the mayor, said on Monday that talks went well.", paragraph).Statements
            .Skip(1).Select(s => (s.Text, s.Cue)).ToList();

        alone.Should().NotBeEmpty();
        after.Should().Equal(alone);
    }
}
