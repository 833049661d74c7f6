using FluentAssertions;
using NewsModel.Knowledge;
using NewsModel.Parsing.Attribution;

namespace NewsModel.Tests.Parsing.Attribution;

/// <summary>The cue read at each cue slot of a block: what it answers, and that a block never answers with the cues of the block before.</summary>
public sealed class CueCacheTests
{
    private static CueHit Hit(int start, string text) => new(start, start + 1, text, CueOptions.None, CueForm.Verb);

    [Fact]
    public void A_cue_is_answered_for_the_limit_it_was_read_with_only()
    {
        var cache = new CueCache();
        cache.Reset(4);
        cache.Keep(1, 10, true, Hit(3, "said"));
        cache.Keep(2, 10, false, default);

        cache.Known(1, 10, out var cue).Should().BeTrue();
        cue.Text.Should().Be("said");
        cache.Known(2, 10, out _).Should().BeFalse();
        cache.Known(1, 12, out _).Should().BeNull();
        cache.Known(3, 10, out _).Should().BeNull();
    }

    [Fact]
    public void The_next_block_answers_none_of_the_block_before_and_keeps_its_own()
    {
        // The cues are forgotten by their count, not cleared: the next block's cues take their places.
        var cache = new CueCache();
        cache.Reset(3);
        for (int slot = 0; slot < 3; slot++) cache.Keep(slot, 20, true, Hit(slot, "said" + slot));

        cache.Reset(5);
        for (int slot = 0; slot < 5; slot++) cache.Known(slot, 20, out _).Should().BeNull();
        cache.Keep(4, 20, true, Hit(9, "told"));
        cache.Keep(0, 20, true, Hit(2, "says"));
        cache.Keep(4, 30, true, Hit(9, "told them"));

        cache.Known(0, 20, out var first).Should().BeTrue();
        first.Text.Should().Be("says");
        cache.Known(4, 30, out var again).Should().BeTrue();
        again.Text.Should().Be("told them");
        cache.Known(4, 20, out _).Should().BeNull("a slot keeps only its latest reading");

        cache.Release().Should().BeTrue();
        cache.Reset(5);
        cache.Known(0, 20, out _).Should().BeNull();
    }
}
