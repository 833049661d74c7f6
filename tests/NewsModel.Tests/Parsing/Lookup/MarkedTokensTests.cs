using FluentAssertions;
using NewsModel.Parsing.Lookup;

namespace NewsModel.Tests.Parsing.Lookup;

/// <summary>The marked-token list keeps what was written into the room it made, as a list would, across growth and trimming.</summary>
public sealed class MarkedTokensTests
{
    [Fact]
    public void Indexes_written_into_reserved_room_are_listed_after_the_ones_before_across_growth()
    {
        MarkedTokens list = [7];
        var expected = new List<int> { 7 };
        for (int round = 0; round < 40; round++)
        {
            // Room for more than is written, as the listing loop reserves it: only the counted ones are listed.
            int room = round * 3 + 1, written = round % (room + 1);
            ref int slot = ref list.Reserve(room);
            list.Capacity.Should().BeGreaterThanOrEqualTo(list.Count + room);
            for (int k = 0; k < room; k++) System.Runtime.CompilerServices.Unsafe.Add(ref slot, k) = k < written ? round * 100 + k : -5;
            list.Advance(written);
            expected.AddRange(Enumerable.Range(0, written).Select(k => round * 100 + k));
            list.AsSpan().ToArray().Should().Equal(expected);
        }
        list.Slice(1, 3).ToArray().Should().Equal(expected.Skip(1).Take(3));
        list.Should().Equal(expected);
    }

    [Fact]
    public void Counting_past_the_room_throws_and_trimming_keeps_the_indexes()
    {
        MarkedTokens list = [1, 2, 3];
        list.Reserve(10);
        var advance = () => list.Advance(list.Capacity - list.Count + 1);
        advance.Should().Throw<ArgumentOutOfRangeException>();
        list.TrimExcess();
        list.Capacity.Should().Be(3);
        list.Should().Equal(1, 2, 3);
        list.Clear();
        list.Count.Should().Be(0);
        list.Capacity.Should().Be(3);
    }
}
