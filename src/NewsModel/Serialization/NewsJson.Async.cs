using System.Buffers;
using System.Runtime.CompilerServices;
using NewsModel.Model;

namespace NewsModel.Serialization;

public static partial class NewsJson
{
    /// <summary>Writes the canonical JSON of <paramref name="article"/> as UTF-8 to <paramref name="stream"/> with one asynchronous write.</summary>
    /// <exception cref="ArgumentNullException">When an argument is null.</exception>
    /// <exception cref="InvalidOperationException">When the article holds a derived type that is not registered.</exception>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public static async Task SerializeAsync(Stream stream, Article article, NewsJsonOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(article);
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        Serialize(buffer, article, options);
        await stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads an article from a stream of canonical JSON (UTF-8), reading the stream asynchronously to its end.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="stream"/> is null.</exception>
    /// <exception cref="NewsJsonException">When the JSON is malformed or does not follow the schema; its path says where.</exception>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public static async ValueTask<Article> DeserializeAsync(Stream stream, NewsJsonOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new LineBuffer();
        try
        {
            while (await buffer.FillAsync(stream, cancellationToken).ConfigureAwait(false))
            {
            }
            return Deserialize(buffer.Pending, options);
        }
        finally
        {
            buffer.Dispose();
        }
    }

    /// <summary>
    /// Reads JSON Lines: one article's canonical JSON per line (UTF-8, <c>\n</c> or <c>\r\n</c>), as
    /// <see cref="SerializeLinesAsync"/> and <c>newsmodel parse</c> without <c>source</c> wrappers write them.
    /// Blank lines are skipped. The stream is read asynchronously, a buffer at a time; an article is yielded as soon
    /// as its line is complete, so memory holds one line, not the whole stream.
    /// </summary>
    /// <exception cref="ArgumentNullException">When <paramref name="stream"/> is null.</exception>
    /// <exception cref="NewsJsonException">
    /// When a line is not an article's JSON: its message starts with the line number (1-based), its
    /// <see cref="System.Text.Json.JsonException.LineNumber"/> is that line (0-based) and its path points inside it.
    /// The articles before it have been yielded.
    /// </exception>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public static async IAsyncEnumerable<Article> DeserializeLinesAsync(Stream stream, NewsJsonOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new LineBuffer();
        try
        {
            long line = 0;
            bool more = true;
            while (more || buffer.HasPending)
            {
                if (!buffer.TryTakeLine(out var start, out var length, finalLine: !more))
                {
                    more = await buffer.FillAsync(stream, cancellationToken).ConfigureAwait(false);
                    continue;
                }
                line++;
                if (ReadLine(buffer, start, length, line, options) is { } article) yield return article;
            }
        }
        finally
        {
            buffer.Dispose();
        }
    }

    /// <summary>
    /// Writes JSON Lines: each article's canonical JSON on one line, followed by <c>\n</c>, whatever
    /// <see cref="NewsJsonOptions.Indented"/> says. Each line is written with one asynchronous write.
    /// </summary>
    /// <exception cref="ArgumentNullException">When an argument or an article is null.</exception>
    /// <exception cref="InvalidOperationException">When an article holds a derived type that is not registered.</exception>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public static async Task SerializeLinesAsync(Stream stream, IAsyncEnumerable<Article> articles, NewsJsonOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(articles);
        var oneLine = (options ?? NewsJsonOptions.Default) with { Indented = false };
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        await foreach (var article in articles.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            ArgumentNullException.ThrowIfNull(article, nameof(articles));
            buffer.ResetWrittenCount();
            Serialize(buffer, article, oneLine);
            buffer.Write("\n"u8);
            await stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        }
    }

    private static Article? ReadLine(LineBuffer buffer, int start, int length, long line, NewsJsonOptions? options)
    {
        var bytes = buffer.Slice(start, length);
        if (bytes.EndsWith((byte)'\r')) bytes = bytes[..^1];
        if (bytes.IndexOfAnyExcept(" \t\r"u8) < 0) return null;
        try
        {
            return Deserialize(bytes, options);
        }
        catch (NewsJsonException e)
        {
            throw new NewsJsonException($"line {line}: {e.Message}", e.Path ?? "$", line - 1, e);
        }
    }

    /// <summary>A growable byte buffer over pooled arrays that hands out complete lines.</summary>
    private sealed class LineBuffer : IDisposable
    {
        private byte[] _array = ArrayPool<byte>.Shared.Rent(64 * 1024);
        private int _start;
        private int _end;
        private int _scanned;

        public bool HasPending => _end > _start;

        public ReadOnlySpan<byte> Pending => _array.AsSpan(_start, _end - _start);

        public ReadOnlySpan<byte> Slice(int start, int length) => _array.AsSpan(start, length);

        /// <summary>The next line without its <c>\n</c>; at the end of the stream, what is left is the last line.</summary>
        public bool TryTakeLine(out int start, out int length, bool finalLine)
        {
            start = _start;
            int newline = _array.AsSpan(_scanned, _end - _scanned).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                length = _scanned + newline - _start;
                _start = _scanned = _scanned + newline + 1;
                return true;
            }
            _scanned = _end;
            if (finalLine && _end > _start)
            {
                length = _end - _start;
                _start = _end;
                return true;
            }
            length = 0;
            return false;
        }

        /// <summary>Reads more of the stream; false at its end.</summary>
        public async ValueTask<bool> FillAsync(Stream stream, CancellationToken cancellationToken)
        {
            if (_end == _array.Length)
            {
                int pending = _end - _start;
                if (pending > _array.Length / 2)
                {
                    if (_array.Length >= Array.MaxLength) throw new NewsJsonException("the input is larger than one buffer can hold.", "$");
                    var bigger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)_array.Length * 2, Array.MaxLength));
                    _array.AsSpan(_start, pending).CopyTo(bigger);
                    ArrayPool<byte>.Shared.Return(_array);
                    _array = bigger;
                }
                else
                {
                    _array.AsSpan(_start, pending).CopyTo(_array);
                }
                _scanned -= _start;
                _start = 0;
                _end = pending;
            }
            int read = await stream.ReadAsync(_array.AsMemory(_end), cancellationToken).ConfigureAwait(false);
            _end += read;
            return read > 0;
        }

        public void Dispose()
        {
            ArrayPool<byte>.Shared.Return(_array);
            _array = [];
        }
    }
}
