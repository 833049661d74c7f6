using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FluentAssertions;
using NewsModel.Model;
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

    [Fact]
    public void Serialize_to_a_stream_writes_a_paragraph_of_megabytes_in_chunks()
    {
        var text = "Talks go on\n\n" + string.Concat(Enumerable.Repeat("\"No,\" he said. ", 200_000));
        var article = TestData.Parser.Parse(text);
        article.Paragraphs.Should().ContainSingle().Which.Text.Length.Should().BeGreaterThan(2_000_000);
        var stream = new CountingStream();

        NewsJson.Serialize(stream, article);

        stream.Total.Should().BeGreaterThan(2_000_000);
        stream.Largest.Should().BeLessThan(256 * 1024, "a long string is handed on in pieces too, not held whole");
    }

    /// <summary>A long text with every kind of character the writer escapes, and surrogate pairs at every offset near the segment cuts.</summary>
    private static string LongOddText(int length)
    {
        var sb = new StringBuilder(length + 16);
        string[] pieces = ["\"quoted\" ", "</script> ", "a\\b ", "caf\u00e9 ", "\u2014 ", "\U0001F600", "\t", "\u2028", "plain words ", "\u00a0"];
        for (int i = 0; sb.Length < length; i++) sb.Append(pieces[i % pieces.Length]).Append(i % 7 == 0 ? "\U0001F4A5" : "");
        return sb.ToString();
    }

    public static TheoryData<bool, int> LongStrings() => new()
    {
        { false, 8_191 }, { false, 8_192 }, { false, 8_193 }, { false, 70_001 }, { false, 300_000 },
        { true, 8_193 }, { true, 300_000 },
    };

    [Theory]
    [MemberData(nameof(LongStrings))]
    public void A_long_string_is_written_with_the_same_escapes_as_a_short_one(bool htmlSafe, int length)
    {
        for (int shift = 0; shift < 3; shift++)
        {
            // Shifting the text moves the surrogate pairs across the writer's segment boundaries.
            var text = new string('x', shift) + LongOddText(length);
            var article = new Article { Paragraphs = [new Paragraph { Index = 0, Text = text, Span = new TextSpan(0, text.Length) }] };
            var options = new NewsJsonOptions { HtmlSafe = htmlSafe };

            var json = NewsJson.Serialize(article, options);

            var encoder = htmlSafe ? JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) : JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            var escaped = JsonEncodedText.Encode(text, encoder).ToString();
            json.Should().Contain("\"text\": \"" + escaped + "\"", "the text is escaped exactly as one WriteString would");
            NewsJson.Deserialize(json, options).Paragraphs[0].Text.Should().Be(text);
        }
    }

    [Fact]
    public void Writing_a_paragraph_of_megabytes_to_a_stream_allocates_a_fraction_of_its_size()
    {
        // Written whole, the writer escaped the string in a pooled buffer six times its length and grew its output
        // buffer to three bytes per escaped character: over 40 bytes per character of the paragraph.
        var text = string.Concat(Enumerable.Repeat("\"No,\" he said. ", 150_000));
        var article = new Article { Paragraphs = [new Paragraph { Index = 0, Text = text, Span = new TextSpan(0, text.Length) }] };
        long allocated = 0;
        var thread = new Thread(() =>
        {
            // On a thread of its own, so no other test's allocations are counted; once first, so one-time work is not.
            NewsJson.Serialize(Stream.Null, article);
            long before = GC.GetAllocatedBytesForCurrentThread();
            NewsJson.Serialize(Stream.Null, article);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        });
        thread.Start();
        thread.Join();

        allocated.Should().BeLessThan(text.Length / 4, "a long string is escaped and handed on a segment at a time");
    }
}
