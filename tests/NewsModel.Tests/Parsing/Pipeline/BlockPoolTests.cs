using FluentAssertions;
using NewsModel.Model;
using NewsModel.Parsing.Pipeline;
using NewsModel.Serialization;

namespace NewsModel.Tests.Parsing.Pipeline;

/// <summary>A thread's parses reuse each other's blocks, one parse at a time, each block made over as new.</summary>
public sealed class BlockPoolTests
{
    [Fact]
    public void A_returned_pool_gives_its_blocks_again_made_over_as_new()
    {
        var first = RunOnNewThread(() =>
        {
            var pool = BlockPool.Rent();
            var block = pool.Take(3, 10, StatementLocation.Body, 4);
            block.Tokens = [];
            block.CueMarked = (1, 2);
            block.TreatyMarked = (3, 4);
            block.NameMarked = (5, 6);
            block.Start = 5;
            pool.Return();

            var again = BlockPool.Rent();
            again.Should().BeSameAs(pool);
            var reused = again.Take(20, 30, StatementLocation.Headline, -1);
            reused.Should().BeSameAs(block);
            reused.Start.Should().Be(20);
            reused.End.Should().Be(30);
            reused.Where.Should().Be(StatementLocation.Headline);
            reused.ParagraphIndex.Should().Be(-1);
            reused.Tokens.Should().BeNull();
            reused.CueMarked.Should().Be(default((int, int)));
            reused.TreatyMarked.Should().Be(default((int, int)));
            reused.NameMarked.Should().Be(default((int, int)));
            again.Take(0, 1, StatementLocation.Body, 0).Should().NotBeSameAs(block, "a block is given once per parse");
            return true;
        });
        first.Should().BeTrue();
    }

    [Fact]
    public void A_parse_inside_another_on_the_same_thread_has_blocks_of_its_own()
    {
        RunOnNewThread(() =>
        {
            var outer = BlockPool.Rent();
            var block = outer.Take(0, 5, StatementLocation.Body, 0);
            var inner = BlockPool.Rent();
            inner.Should().NotBeSameAs(outer);
            inner.Take(0, 9, StatementLocation.Lead, -1).Should().NotBeSameAs(block);
            inner.Return();
            block.End.Should().Be(5);
            return true;
        });
    }

    [Fact]
    public void A_huge_input_s_blocks_past_the_pool_s_limit_are_not_pooled()
    {
        RunOnNewThread(() =>
        {
            var pool = BlockPool.Rent();
            var first = Enumerable.Range(0, BlockPool.MaxKept + 2).Select(i => pool.Take(i, i + 1, StatementLocation.Body, i)).ToArray();
            pool.Return();
            var again = BlockPool.Rent();
            again.Should().BeSameAs(pool);
            var second = Enumerable.Range(0, BlockPool.MaxKept + 2).Select(i => again.Take(i, i + 2, StatementLocation.Body, i)).ToArray();
            second.Take(BlockPool.MaxKept).Should().Equal(first.Take(BlockPool.MaxKept), ReferenceEquals, "the pooled blocks are reused");
            second[BlockPool.MaxKept].Should().NotBeSameAs(first[BlockPool.MaxKept], "a block past the limit is not pooled");
            second[BlockPool.MaxKept + 1].Should().NotBeSameAs(first[BlockPool.MaxKept + 1]);
            first[BlockPool.MaxKept].End.Should().Be(BlockPool.MaxKept + 1, "a block not pooled is not made over");
            return true;
        });
    }

    [Fact]
    public void Articles_parsed_one_after_another_on_a_thread_are_those_parsed_each_on_a_fresh_thread()
    {
        string[] texts =
        [
            TestData.Seed,
            "Talks stall\n\n\"We will not sign,\" the minister said on Monday. \"Not now, not ever.\"\n\nAna Reyes said the border was the issue.\n",
            "One line only",
            "Rain\n\nIt rained.\n\n\"It will rain again,\" said the forecaster. \"Tomorrow.\"\n\nThe end.\n",
        ];
        var options = new NewsJsonOptions { Indented = false };
        var fresh = texts.Select(t => RunOnNewThread(() => NewsJson.Serialize(TestData.Parser.Parse(t), options))).ToArray();
        var inTurn = RunOnNewThread(() => texts.Concat(texts.Reverse()).Select(t => NewsJson.Serialize(TestData.Parser.Parse(t), options)).ToArray());
        inTurn.Should().Equal(fresh.Concat(fresh.Reverse()));
    }

    private static T RunOnNewThread<T>(Func<T> work)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = work();
            }
            catch (Exception e)
            {
                failure = e;
            }
        });
        thread.Start();
        thread.Join();
        if (failure is not null) throw new InvalidOperationException("the work failed on its thread", failure);
        return result;
    }
}
