using FluentAssertions;
using NewsModel.Parsing;
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
    public void A_huge_input_collects_at_every_stage_end_and_inside_a_stage_only_once_enough_was_allocated()
    {
        int length = LargeInputCollector.MinLength;
        var collector = LargeInputCollector.For(length)!;
        collector.InStage();
        collector.Collections.Should().Be(0, "nothing was allocated since the collector was made");
        collector.StageEnded();
        collector.Collections.Should().Be(1, "what a stage released, not what it allocated, matters at its end");

        Allocate((long)length * LargeInputCollector.MinAllocatedPerCharInStage / 2);
        collector.InStage();
        collector.Collections.Should().Be(1, "inside a stage it waits for more");
        Allocate((long)length * LargeInputCollector.MinAllocatedPerCharInStage / 2 + 1024);
        collector.InStage();
        collector.Collections.Should().Be(2);

        collector.ScratchReleased();
        collector.Collections.Should().Be(3);
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 0)]
    public void A_parse_collects_for_a_huge_input_only_when_the_options_allow_it(bool allowed, int collections)
    {
        var options = ParseOptions.Default with { CollectOnLargeInputs = allowed };
        var ctx = new ParseContext(new string('a', LargeInputCollector.MinLength), options, new CompiledKnowledge(options.Knowledge));
        ctx.EndStage();
        ctx.Collections.Should().Be(collections);
    }

    [Fact]
    public void Turning_collections_off_does_not_change_the_article_of_a_huge_input()
    {
        const string paragraph = "\"Costs are rising,\" said Mayor Tom Reyes. Lena Hart agreed. \"We can barely keep up,\" she said.\n\n";
        string text = string.Concat(Enumerable.Repeat(paragraph, LargeInputCollector.MinLength / paragraph.Length + 1));
        var on = new ArticleParser(ParseOptions.Default with { BodyOnly = true }).Parse(text);
        var off = new ArticleParser(ParseOptions.Default with { BodyOnly = true, CollectOnLargeInputs = false }).Parse(text);
        on.Statements.Count.Should().BeGreaterThan(10_000);
        off.Should().Be(on);
        ParseOptions.Default.CollectOnLargeInputs.Should().BeTrue();
    }

    /// <summary>
    /// On a huge input the speaker stage gives back its lookups before it makes the model's mentions and speakers:
    /// the shapes that fill those lookups (many names, pronouns, descriptions) get the same article either way.
    /// </summary>
    [Theory]
    [InlineData("according-to")]
    [InlineData("pronouns-after-names")]
    [InlineData("names-then-descriptions")]
    [InlineData("many-quotes")]
    public void Turning_collections_off_does_not_change_the_article_of_a_huge_hostile_shape(string shape)
    {
        var text = NewsModel.Tests.Robustness.HostileText.Build(shape, LargeInputCollector.MinLength + 1000, TestData.Seed.ReplaceLineEndings("\n"));
        var on = new ArticleParser(ParseOptions.Default with { ReferenceDate = new DateOnly(2026, 11, 27) }).Parse(text);
        var off = new ArticleParser(ParseOptions.Default with { ReferenceDate = new DateOnly(2026, 11, 27), CollectOnLargeInputs = false }).Parse(text);
        on.Speakers.Count.Should().BeGreaterThan(0);
        off.Should().Be(on);
    }

    private static void Allocate(long bytes)
    {
        for (long done = 0; done < bytes; done += 64 * 1024) GC.KeepAlive(new byte[64 * 1024]);
    }
}
