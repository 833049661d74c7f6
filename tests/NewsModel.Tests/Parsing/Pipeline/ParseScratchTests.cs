using FluentAssertions;
using NewsModel.Parsing.Pipeline;

namespace NewsModel.Tests.Parsing.Pipeline;

/// <summary>
/// The thread's scratch releases exactly the parts taken since their last release: at a stage's end all but those
/// kept for the whole parse, at the parse's end all of them; a part that says it grew too large is made anew.
/// </summary>
public sealed class ParseScratchTests
{
    [Fact]
    public void The_library_has_fewer_part_kinds_than_the_scratch_has_places()
    {
        // One bit per kind in a 64-bit set: a kind past the last place would fail at its first use.
        typeof(ParseScratch).Assembly.GetTypes().Count(t => t.IsSubclassOf(typeof(ParseScratchPart)) && !t.IsAbstract)
            .Should().BeLessThanOrEqualTo(ParseScratch.MaxKinds);
    }

    [Fact]
    public void A_stage_end_releases_the_parts_taken_since_and_keeps_those_for_the_whole_parse()
    {
        var scratch = new ParseScratch();
        var stage = scratch.Get<StagePart>();
        var whole = scratch.Get<WholeParsePart>();
        scratch.Get<StagePart>().Should().BeSameAs(stage);

        scratch.EndStage();
        stage.Releases.Should().Be(1, "taken twice in the stage, released once at its end");
        whole.Releases.Should().Be(0, "kept until the parse ends");

        scratch.EndStage();
        stage.Releases.Should().Be(1, "not taken since its release: nothing to release");

        var other = scratch.Get<OtherStagePart>();
        scratch.Return();
        whole.Releases.Should().Be(1);
        other.Releases.Should().Be(1);
        stage.Releases.Should().Be(1);
    }

    [Fact]
    public void A_part_that_grew_too_large_is_made_anew_on_its_next_use()
    {
        var scratch = new ParseScratch();
        var first = scratch.Get<OtherStagePart>();
        first.Keep = false;
        scratch.EndStage();
        var second = scratch.Get<OtherStagePart>();
        second.Should().NotBeSameAs(first);
        scratch.Get<OtherStagePart>().Should().BeSameAs(second);
    }

    private sealed class StagePart : ParseScratchPart
    {
        public int Releases { get; private set; }

        public override bool Release()
        {
            Releases++;
            return true;
        }
    }

    private sealed class OtherStagePart : ParseScratchPart
    {
        public int Releases { get; private set; }

        public bool Keep { get; set; } = true;

        public override bool Release()
        {
            Releases++;
            return Keep;
        }
    }

    private sealed class WholeParsePart : ParseScratchPart
    {
        public int Releases { get; private set; }

        public override bool ForWholeParse => true;

        public override bool Release()
        {
            Releases++;
            return true;
        }
    }
}
