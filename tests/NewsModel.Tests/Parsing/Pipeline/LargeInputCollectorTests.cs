using FluentAssertions;
using NewsModel.Parsing.Pipeline;

namespace NewsModel.Tests.Parsing.Pipeline;

public sealed class LargeInputCollectorTests
{
    [Fact]
    public void An_input_under_a_million_characters_never_collects()
    {
        LargeInputCollector.For(0).Should().BeNull();
        LargeInputCollector.For(20_000).Should().BeNull();
        LargeInputCollector.For(LargeInputCollector.MinLength - 1).Should().BeNull();
        LargeInputCollector.For(LargeInputCollector.MinLength).Should().NotBeNull();
    }

    [Fact]
    public void A_huge_input_collects_inside_a_stage_only_once_enough_was_allocated_and_always_before_the_model()
    {
        int length = LargeInputCollector.MinLength;
        var collector = LargeInputCollector.For(length)!;
        collector.InStage();
        collector.StageEnded();
        collector.Collections.Should().Be(0, "nothing was allocated since the collector was made");

        Allocate((long)length * LargeInputCollector.MinAllocatedPerCharAtStageEnd + 1024);
        collector.InStage();
        collector.Collections.Should().Be(0, "inside a stage it waits for more");
        collector.StageEnded();
        collector.Collections.Should().Be(1);

        Allocate((long)length * LargeInputCollector.MinAllocatedPerCharInStage + 1024);
        collector.InStage();
        collector.Collections.Should().Be(2);

        collector.ScratchReleased();
        collector.Collections.Should().Be(3, "what was released, not what was allocated, matters before the model is built");
    }

    private static void Allocate(long bytes)
    {
        for (long done = 0; done < bytes; done += 64 * 1024) GC.KeepAlive(new byte[64 * 1024]);
    }
}
