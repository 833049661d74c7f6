using FluentAssertions;
using NewsModel.Serialization;

namespace NewsModel.Tests.Serialization;

/// <summary>Writing an article to a stream hands its JSON on in chunks, so a huge article is never held whole as JSON.</summary>
public sealed class StreamingWriteTests
{
    /// <summary>A stream that keeps only the count and the largest size of the writes it is given.</summary>
    private sealed class CountingStream : Stream
    {
        public int Writes { get; private set; }
        public int Largest { get; private set; }
        public long Total { get; private set; }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Writes++;
            Largest = Math.Max(Largest, buffer.Length);
            Total += buffer.Length;
        }

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => Total;
        public override long Position { get => Total; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }

    [Fact]
    public void Serialize_to_a_stream_writes_a_huge_article_in_chunks_of_about_64_KB()
    {
        var text = "Talks go on\n\n" + string.Concat(Enumerable.Repeat("\"No,\" he said. \"Yes,\" she told reporters.\n\n", 20_000));
        var article = TestData.Parser.Parse(text);
        article.Statements.Count.Should().BeGreaterThan(20_000);
        var stream = new CountingStream();

        NewsJson.Serialize(stream, article);

        stream.Total.Should().BeGreaterThan(4_000_000, "the article's JSON is large");
        stream.Writes.Should().BeGreaterThan((int)(stream.Total / (128 * 1024)), "the JSON is handed on as it is written");
        stream.Largest.Should().BeLessThan(128 * 1024, "no write holds more than a chunk");
    }
}
