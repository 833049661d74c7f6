namespace NewsModel.Cli;

/// <summary>
/// Standard output as the commands see it: a write-only stream whose failures (a reader that closed the pipe, a
/// full disk) surface as <see cref="OutputException"/>, so every command stops the same way instead of treating
/// its output's end as one bad input.
/// </summary>
internal sealed class OutputStream(Stream inner) : Stream
{
    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        try
        {
            inner.Write(buffer);
        }
        catch (IOException e)
        {
            throw new OutputException(e);
        }
    }

    public override void Flush()
    {
        try
        {
            inner.Flush();
        }
        catch (IOException e)
        {
            throw new OutputException(e);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}

/// <summary>Standard output could not be written; the run stops.</summary>
internal sealed class OutputException(IOException inner)
    : Exception("cannot write standard output (" + inner.Message + ")", inner);
