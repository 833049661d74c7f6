using System.Buffers;

namespace NewsModel.Cli;

/// <summary>
/// Where one file's JSON line is serialized in a batch. Once the file's turn has come (every earlier line written)
/// the sink hands what it holds to the output whenever <see cref="ChunkBytes"/> are pending, so a huge line is never
/// held whole; before that it holds the line. A line that reaches <see cref="HeldLimit"/> (or the limit of its
/// <see cref="LineTurn"/>) before its turn makes
/// its worker wait for the turn, so a file finished out of order holds at most that much JSON. A line shorter
/// than <see cref="ChunkBytes"/> is never handed on here: the consumer writes it in one write, so a failure leaves
/// no half line behind.
/// </summary>
/// <param name="held">Where the line is serialized; it may hold whole lines before it, from <paramref name="lineStart"/> on.</param>
internal sealed class LineSink(ArrayBufferWriter<byte> held, Stream output, LineTurn turn, int lineStart = 0) : IBufferWriter<byte>
{
    /// <summary>What is pending before it is handed on, once the turn has come: the chunk the JSON writer flushes at.</summary>
    public const int ChunkBytes = 1 << 16;

    /// <summary>The most JSON a line holds before its turn; past it the worker waits for the turn.</summary>
    public const int HeldLimit = 16 << 20;

    /// <summary>True once part of the line has been written to the output.</summary>
    public bool HandedOn { get; private set; }

    /// <summary>True once waiting for the turn or writing failed: what the writer still flushes is dropped.</summary>
    private bool _failed;

    public void Advance(int count)
    {
        // The JSON writer flushes once more as it is disposed after a failure; that must not hide the failure.
        if (_failed) return;
        held.Advance(count);
        // The limits are the line's own: the whole lines before it go out with its first chunk.
        int line = held.WrittenCount - lineStart;
        if (line < ChunkBytes) return;
        if (!HandedOn && !turn.Turn.Reached && line < turn.HeldLimit) return;
        try
        {
            if (!HandedOn) turn.Turn.Wait();
            HandOn();
        }
        catch
        {
            _failed = true;
            throw;
        }
    }

    public Memory<byte> GetMemory(int sizeHint = 0) => held.GetMemory(sizeHint);

    public Span<byte> GetSpan(int sizeHint = 0) => held.GetSpan(sizeHint);

    /// <summary>
    /// Ends the line: the rest of a line already handed on is written too and null returned; otherwise the whole
    /// line, for the consumer to write when its turn comes.
    /// </summary>
    public ArrayBufferWriter<byte>? Complete()
    {
        if (!HandedOn) return held;
        if (held.WrittenCount > 0) HandOn();
        return null;
    }

    private void HandOn()
    {
        HandedOn = true;
        output.Write(held.WrittenSpan);
        held.ResetWrittenCount();
        lineStart = 0;
    }
}

/// <summary>A line's turn in the output order, and how much of it may be held before the turn comes.</summary>
internal readonly record struct LineTurn(OrderedWork.Turn Turn, int HeldLimit);
