using FluentAssertions;
using NewsModel.Parsing.Pipeline;
using NewsModel.Parsing.Text;

namespace NewsModel.Tests.Parsing.Pipeline;

/// <summary>The blocks' token lists are kept from parse to parse, each handed out empty, a big block given a big one.</summary>
public sealed class TokenBuffersTests
{
    [Fact]
    public void A_parse_takes_the_lists_of_the_one_before_empty_and_a_block_one_that_holds_its_tokens()
    {
        var buffers = new TokenBuffers();
        var small = buffers.RentTokenList(10);
        var big = buffers.RentTokenList(500);
        small.Capacity.Should().BeGreaterThanOrEqualTo(10);
        big.Capacity.Should().BeGreaterThanOrEqualTo(500);
        small.Add(new Token(0, 1, TokenKind.Word));
        big.Add(new Token(0, 1, TokenKind.Word));
        buffers.Release().Should().BeTrue();

        // The small list comes first in turn, but a block of 400 tokens is given the big one, and the next block the small one.
        var first = buffers.RentTokenList(400);
        first.Should().BeSameAs(big);
        first.Should().BeEmpty();
        var second = buffers.RentTokenList(3);
        second.Should().BeSameAs(small);
        second.Should().BeEmpty();
        var third = buffers.RentTokenList();
        third.Should().NotBeSameAs(small).And.NotBeSameAs(big);
        buffers.Release();

        // None holds 1,000: the next in turn is given (and grows), not a new one.
        buffers.RentTokenList(1_000).Should().BeSameAs(big);
    }

    [Fact]
    public void Lists_past_the_limits_are_not_kept()
    {
        var buffers = new TokenBuffers();
        var huge = buffers.RentTokenList(ParseScratch.MaxKeptCapacity + 1);
        var rented = Enumerable.Range(0, TokenBuffers.MaxKeptLists + 10).Select(_ => buffers.RentTokenList()).ToList();
        buffers.Release();
        var again = Enumerable.Range(0, TokenBuffers.MaxKeptLists + 10).Select(_ => buffers.RentTokenList()).ToList();
        again.Should().NotContain(huge);
        again.Intersect(rented).Count().Should().Be(TokenBuffers.MaxKeptLists - 1, "the first list was the huge one, made again");
    }
}
