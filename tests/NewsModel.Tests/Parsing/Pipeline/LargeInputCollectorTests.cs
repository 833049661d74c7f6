using FluentAssertions;
using NewsModel.Parsing;
using NewsModel.Parsing.Pipeline;

namespace NewsModel.Tests.Parsing.Pipeline;

public sealed class LargeInputCollectorTests
{
    [Fact]
    public void An_input_under_the_minimum_length_never_collects()
    {
        LargeInputCollector.For(0).Should().BeNull();
        LargeInputCollector.For(20_000).Should().BeNull();
        LargeInputCollector.For(LargeInputCollector.MinLength - 1).Should().BeNull();
        LargeInputCollector.For(LargeInputCollector.MinLength).Should().NotBeNull();
        LargeInputCollector.For(100_000).Should().NotBeNull("the memory bound is held from 100 K characters up");
    }

    /// <summary>
    /// An ordinary article (the longest in the corpus is about 34 KB; 64 KB is the most the parser is tuned for) runs
    /// no collection at any point where a stage may ask for one, however much it allocated.
    /// </summary>
    [Theory]
    [InlineData(3_000)]
    [InlineData(34_000)]
    [InlineData(64 * 1024)]
    public void A_parse_of_ordinary_size_runs_no_collection(int length)
    {
        var options = ParseOptions.Default;
        var ctx = new ParseContext(new string('a', length), options, new CompiledKnowledge(options.Knowledge));
        ctx.CollectsForLargeInput.Should().BeFalse();
        Allocate((long)length * LargeInputCollector.MinAllocatedPerCharInStage * 4);
        ctx.CheckMemory();
        ctx.EndStage();
        ctx.CollectReleased();
        ctx.ReleaseScratch();
        ctx.Collections.Should().Be(0);
    }

    [Fact]
    public void Parsing_an_article_of_64_KB_runs_no_collection_and_one_of_100_K_characters_does()
    {
        var parser = new ArticleParser(ParseOptions.Default with { BodyOnly = true });
        const string paragraph = "\"Costs are rising,\" said Mayor Tom Reyes. Lena Hart agreed. \"We can barely keep up,\" she said.\n\n";
        var ordinary = string.Concat(Enumerable.Repeat(paragraph, 64 * 1024 / paragraph.Length));
        int before = LargeInputCollector.CollectionsOnThisThread;
        parser.Parse(ordinary).Statements.Count.Should().BeGreaterThan(1000);
        LargeInputCollector.CollectionsOnThisThread.Should().Be(before, "an article of 64 KB is ordinary");
        parser.Parse(string.Concat(Enumerable.Repeat(paragraph, 100_000 / paragraph.Length + 1)));
        LargeInputCollector.CollectionsOnThisThread.Should().BeGreaterThan(before, "an input of 100 K characters is collected for");
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

    [Theory]
    [InlineData(LargeInputCollector.MinLength)]
    [InlineData(1 << 20)]
    public void Turning_collections_off_does_not_change_the_article_of_a_large_input(int length)
    {
        const string paragraph = "\"Costs are rising,\" said Mayor Tom Reyes. Lena Hart agreed. \"We can barely keep up,\" she said.\n\n";
        string text = string.Concat(Enumerable.Repeat(paragraph, length / paragraph.Length + 1));
        var on = new ArticleParser(ParseOptions.Default with { BodyOnly = true }).Parse(text);
        var off = new ArticleParser(ParseOptions.Default with { BodyOnly = true, CollectOnLargeInputs = false }).Parse(text);
        on.Statements.Count.Should().BeGreaterThan(length / 100);
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
        var text = NewsModel.Tests.Robustness.HostileText.Build(shape, (1 << 20) + 1000, TestData.Seed.ReplaceLineEndings("\n"));
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
