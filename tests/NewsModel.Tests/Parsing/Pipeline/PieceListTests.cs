using FluentAssertions;
using NewsModel.Model;
using NewsModel.Parsing.Pipeline;

namespace NewsModel.Tests.Parsing.Pipeline;

public sealed class PieceListTests
{
    [Fact]
    public void Pieces_keep_their_order_when_added_appended_and_prepended()
    {
        var list = default(PieceList);
        list.Add(new TextSpan(10, 1));
        list.Add(new TextSpan(20, 1));
        var more = default(PieceList);
        more.Add(new TextSpan(30, 1));
        more.Add(new TextSpan(40, 1));
        list.AddRange(more);
        var before = default(PieceList);
        before.Add(new TextSpan(1, 1));
        list.InsertRange(0, before);

        list.AsSpan().ToArray().Select(p => p.Start).Should().Equal(1, 10, 20, 30, 40);
        more.AsSpan().ToArray().Select(p => p.Start).Should().Equal([30, 40], "a list read from is not changed");
        list.TakeArray().Select(p => p.Start).Should().Equal(1, 10, 20, 30, 40);
        list.Count.Should().Be(0, "the array was given away");
    }

    [Fact]
    public void A_draft_without_pieces_holds_no_array()
    {
        var list = default(PieceList);
        list.Clear();
        list.Count.Should().Be(0);
        list.TakeArray().Should().BeEmpty();
    }

    [Fact]
    public void A_draft_of_one_piece_holds_no_array_and_the_statement_takes_its_array_of_two_without_a_copy()
    {
        // One piece stays inline until the model is built; two or more are in an array of their number, which the
        // statement takes as its spans.
        var one = default(PieceList);
        long before = GC.GetAllocatedBytesForCurrentThread();
        one.Add(new TextSpan(5, 3));
        GC.GetAllocatedBytesForCurrentThread().Should().Be(before, "one piece is kept inline");
        one.AsSpan().ToArray().Should().Equal(new TextSpan(5, 3));
        one.TakeArray().Should().Equal(new TextSpan(5, 3));
        one.Count.Should().Be(0);

        var two = default(PieceList);
        two.Add(new TextSpan(5, 3));
        two.Add(new TextSpan(9, 2));
        before = GC.GetAllocatedBytesForCurrentThread();
        var taken = two.TakeArray();
        GC.GetAllocatedBytesForCurrentThread().Should().Be(before, "an array of the pieces' number is taken as it is");
        taken.Should().Equal(new TextSpan(5, 3), new TextSpan(9, 2));
    }

    [Fact]
    public void A_draft_of_one_piece_takes_little_more_than_its_fields()
    {
        // The draft is alive for every statement from the attribution stage to the model: on a paragraph of short
        // statements it is a large part of the parse's peak. Its fields with the piece inline: no array, no list.
        var block = new Block(0, 10, StatementLocation.Body, 0);
        long before = GC.GetAllocatedBytesForCurrentThread();
        var draft = new StatementDraft { Block = block };
        draft.Pieces.Add(new TextSpan(0, 3));
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        GC.KeepAlive(draft);
        allocated.Should().BeLessThanOrEqualTo(MaxDraftBytes);
    }

    /// <summary>The draft's object (header, references, spans, flags, the piece inline), as measured.</summary>
    private const int MaxDraftBytes = 96;
}
