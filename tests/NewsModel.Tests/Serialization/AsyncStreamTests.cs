using System.Text;
using FluentAssertions;
using NewsModel.Model;
using NewsModel.Serialization;

namespace NewsModel.Tests.Serialization;

/// <summary>The async overloads round-trip through streams that refuse synchronous I/O, as ASP.NET Core's do.</summary>
public sealed class AsyncStreamTests
{
    private static readonly Article Seed = TestData.Parser.Parse(TestData.Seed);
    private static readonly Article Body = TestData.Parser.Parse("Officials met on Monday.\n\n\"We agreed,\" the minister said.");

    /// <summary>A stream over memory that fails on every synchronous read or write, and reads a few bytes at a time.</summary>
    private sealed class AsyncOnlyStream(byte[]? content = null, int chunk = 7) : Stream
    {
        private readonly MemoryStream _inner = content is null ? new MemoryStream() : new MemoryStream(content);

        public byte[] ToArray() => _inner.ToArray();

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous operations are disallowed.");
        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous operations are disallowed.");
        public override void Flush() => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            return _inner.Read(buffer.Span[..Math.Min(buffer.Length, chunk)]);
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            _inner.Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) _inner.Dispose();
            base.Dispose(disposing);
        }
    }

    private static async IAsyncEnumerable<Article> Articles(params Article[] articles)
    {
        foreach (var article in articles)
        {
            await Task.Yield();
            yield return article;
        }
    }

    [Fact]
    public async Task Serialize_async_and_deserialize_async_round_trip_without_synchronous_io()
    {
        var ct = TestContext.Current.CancellationToken;
        using var output = new AsyncOnlyStream();
        await NewsJson.SerializeAsync(output, Seed, cancellationToken: ct);
        Encoding.UTF8.GetString(output.ToArray()).Should().Be(NewsJson.Serialize(Seed));

        using var input = new AsyncOnlyStream(output.ToArray());
        (await NewsJson.DeserializeAsync(input, cancellationToken: ct)).Should().Be(Seed);
    }

    [Fact]
    public async Task Json_lines_round_trip_article_by_article_without_synchronous_io()
    {
        var ct = TestContext.Current.CancellationToken;
        using var output = new AsyncOnlyStream();
        await NewsJson.SerializeLinesAsync(output, Articles(Seed, Body, Seed), cancellationToken: ct);
        var text = Encoding.UTF8.GetString(output.ToArray());
        text.Split('\n').Should().Equal(NewsJson.Serialize(Seed, new NewsJsonOptions { Indented = false }), NewsJson.Serialize(Body, new NewsJsonOptions { Indented = false }), NewsJson.Serialize(Seed, new NewsJsonOptions { Indented = false }), "");

        var read = new List<Article>();
        using var input = new AsyncOnlyStream(output.ToArray());
        await foreach (var article in NewsJson.DeserializeLinesAsync(input, cancellationToken: ct)) read.Add(article);
        read.Should().Equal(Seed, Body, Seed);
    }

    [Fact]
    public async Task Json_lines_reader_takes_crlf_blank_lines_a_bom_a_last_line_without_newline_and_lines_longer_than_its_buffer()
    {
        var ct = TestContext.Current.CancellationToken;
        var big = Seed with { Paragraphs = Enumerable.Repeat(Seed.Paragraphs[0], 1500).Select((p, i) => p with { Index = i }).ToEquatableArray() };
        var oneLine = new NewsJsonOptions { Indented = false };
        var text = "\uFEFF" + NewsJson.Serialize(Body, oneLine) + "\r\n\r\n  \n" + NewsJson.Serialize(big, oneLine) + "\n" + NewsJson.Serialize(Body, oneLine);
        Encoding.UTF8.GetByteCount(text).Should().BeGreaterThan(128 * 1024);
        var read = new List<Article>();
        using var input = new AsyncOnlyStream(Encoding.UTF8.GetBytes(text), chunk: 5000);
        await foreach (var article in NewsJson.DeserializeLinesAsync(input, cancellationToken: ct)) read.Add(article);
        read.Should().Equal(Body, big, Body);
    }

    [Fact]
    public async Task A_bad_json_line_fails_naming_its_line_after_the_good_ones_were_yielded()
    {
        var ct = TestContext.Current.CancellationToken;
        var oneLine = new NewsJsonOptions { Indented = false };
        var text = NewsJson.Serialize(Body, oneLine) + "\n\n" + NewsJson.Serialize(Seed, oneLine).Replace("\"kind\":\"direct\"", "\"kind\":\"shout\"", StringComparison.Ordinal) + "\n";
        var read = new List<Article>();
        using var input = new AsyncOnlyStream(Encoding.UTF8.GetBytes(text));
        var act = async () =>
        {
            await foreach (var article in NewsJson.DeserializeLinesAsync(input, cancellationToken: ct)) read.Add(article);
        };
        var e = (await act.Should().ThrowAsync<NewsJsonException>()).Which;
        e.Message.Should().StartWith("line 3: $.statements[");
        e.LineNumber.Should().Be(2);
        e.Path.Should().StartWith("$.statements[").And.EndWith("].kind");
        read.Should().Equal(Body);
    }

    [Fact]
    public async Task A_cancelled_token_stops_reading_and_writing()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        using var output = new AsyncOnlyStream();
        await FluentActions.Awaiting(() => NewsJson.SerializeAsync(output, Seed, cancellationToken: cts.Token)).Should().ThrowAsync<OperationCanceledException>();
        using var input = new AsyncOnlyStream(Encoding.UTF8.GetBytes(NewsJson.Serialize(Seed)));
        await FluentActions.Awaiting(async () => await NewsJson.DeserializeAsync(input, cancellationToken: cts.Token)).Should().ThrowAsync<OperationCanceledException>();
        var lines = NewsJson.DeserializeLinesAsync(new AsyncOnlyStream(Encoding.UTF8.GetBytes(NewsJson.Serialize(Seed, new NewsJsonOptions { Indented = false }))), cancellationToken: cts.Token);
        await FluentActions.Awaiting(async () => { await foreach (var _ in lines) { } }).Should().ThrowAsync<OperationCanceledException>();
    }
}
