using FluentAssertions;
using NewsModel.Cli;

namespace NewsModel.Tests.Cli;

/// <summary>
/// The ordered runner behind the batch and the JSON Lines filter: results in input order whatever the jobs and the
/// time each item takes, the window of items in flight kept, turns reached only once every earlier result is
/// consumed, and a failure of the work, the consumer or the sequence reaching the caller with nothing consumed after it.
/// </summary>
public sealed class OrderedWorkTests
{
    /// <summary>Work that takes an uneven time per item, so later items often finish first.</summary>
    private static int Slow(int item)
    {
        Thread.SpinWait(item * 7919 % 13 * 300);
        return item * 2;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(8)]
    public void Results_are_consumed_in_input_order_once_each(int jobs)
    {
        var consumed = new List<int>();
        OrderedWork.Run(Enumerable.Range(0, 3_000), Slow, consumed.Add, jobs);
        consumed.Should().Equal(Enumerable.Range(0, 3_000).Select(i => i * 2));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void No_more_items_than_the_window_are_taken_ahead_of_the_consumer(int jobs)
    {
        int taken = 0, consumed = 0, most = 0;
        IEnumerable<int> Items()
        {
            for (int i = 0; i < 2_000; i++)
            {
                int ahead = Interlocked.Increment(ref taken) - Volatile.Read(ref consumed);
                InterlockedMax(ref most, ahead);
                yield return i;
            }
        }
        OrderedWork.Run(Items(), Slow, _ => Interlocked.Increment(ref consumed), jobs);
        consumed.Should().Be(2_000);
        most.Should().BeLessThanOrEqualTo(jobs * OrderedWork.InFlightPerWorker);
        most.Should().BeGreaterThan(1, "items run ahead of the consumer");
    }

    private static void InterlockedMax(ref int target, int value)
    {
        for (int seen = Volatile.Read(ref target); value > seen; seen = Volatile.Read(ref target))
        {
            if (Interlocked.CompareExchange(ref target, value, seen) == seen) return;
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void A_turn_is_reached_only_after_every_earlier_result_is_consumed(int jobs)
    {
        int consumed = 0;
        var wrong = new System.Collections.Concurrent.ConcurrentBag<int>();
        OrderedWork.Run(Enumerable.Range(0, 1_000), (item, turn) =>
        {
            Thread.SpinWait(item % 5 * 1_000);
            // Every third item waits for its turn, as a line too long to hold does; then all before it are out.
            if (item % 3 == 0) turn.Wait();
            if (turn.Reached && Volatile.Read(ref consumed) != item) wrong.Add(item);
            return item;
        }, item =>
        {
            if (item != consumed) wrong.Add(-item - 1);
            Volatile.Write(ref consumed, item + 1);
        }, jobs);
        consumed.Should().Be(1_000);
        wrong.Should().BeEmpty();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void A_failing_item_is_rethrown_at_its_turn_after_every_earlier_result(int jobs)
    {
        var consumed = new List<int>();
        var run = () => OrderedWork.Run(Enumerable.Range(0, 500), item => item == 137 ? throw new InvalidDataException("item 137") : Slow(item), consumed.Add, jobs);
        run.Should().Throw<InvalidDataException>().WithMessage("item 137");
        consumed.Should().Equal(Enumerable.Range(0, 137).Select(i => i * 2));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void A_failing_consumer_stops_the_run_and_reaches_the_caller(int jobs)
    {
        int calls = 0, worked = 0;
        var run = () => OrderedWork.Run(Enumerable.Range(0, 100_000), item =>
        {
            Interlocked.Increment(ref worked);
            return item;
        }, item =>
        {
            calls++;
            if (item == 50) throw new IOException("the reader has gone");
        }, jobs);
        run.Should().Throw<IOException>().WithMessage("the reader has gone");
        calls.Should().Be(51, "nothing is consumed after the failure");
        worked.Should().BeLessThan(51 + jobs * (OrderedWork.InFlightPerWorker + 1), "the workers stop after their current item");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_failing_sequence_reaches_the_caller(int jobs)
    {
        static IEnumerable<int> Items()
        {
            for (int i = 0; i < 40; i++) yield return i;
            throw new FormatException("line 41 cannot be read");
        }
        var consumed = new List<int>();
        var run = () => OrderedWork.Run(Items(), item => item, consumed.Add, jobs);
        run.Should().Throw<FormatException>().WithMessage("line 41 cannot be read");
        consumed.Should().BeSubsetOf(Enumerable.Range(0, 40));
        consumed.Should().BeInAscendingOrder();
    }

    [Fact]
    public void An_empty_sequence_consumes_nothing()
    {
        var consumed = new List<int>();
        OrderedWork.Run(Enumerable.Empty<int>(), item => item, consumed.Add, 4);
        consumed.Should().BeEmpty();
    }
}
