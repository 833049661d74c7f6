using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsModel.Parsing;
using NewsModel.Serialization;

namespace NewsModel.Cli;

/// <summary>
/// Parses many files into JSON Lines: one <c>{"source": …, "article": …}</c> object per line, in the order of the
/// inputs, while <c>jobs</c> worker threads read and parse ahead (a few files each, so memory is bounded by a few
/// files per worker). The file at the head of the order writes its line to the output itself, a chunk at a time as
/// it is serialized; a file finished ahead of its turn holds its line until then (see <see cref="LineSink"/>).
/// An input that cannot be read, is not a regular file, is not UTF-8 or makes the parser fail is reported on one
/// stderr line and skipped; the rest are still parsed and the exit code is 1.
/// When standard output cannot be written (its reader has gone) the run stops with exit code 3.
/// </summary>
internal static class Batch
{
    private static readonly NewsJsonOptions LineOptions = new() { Indented = false };
    private static readonly JsonWriterOptions EnvelopeOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>How often the progress line is redrawn, so a batch of tiny files does not spend its time on the terminal.</summary>
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>A line buffer larger than this is dropped after use rather than kept for the next file.</summary>
    private const int KeptBufferBytes = 1 << 20;

    /// <summary>What became of one input: its JSON line (null when it was written already), or why it was skipped.</summary>
    private readonly record struct Outcome(InputItem Item, ArrayBufferWriter<byte>? Line, long Bytes, string? Error);

    public static int Run(IReadOnlyList<InputItem> items, ArticleParser parser, Streams io, int jobs)
    {
        bool progress = !Console.IsErrorRedirected && ReferenceEquals(io.Stderr, Console.Error);
        return Run(items, parser, io, jobs, progress, gathered: Console.IsOutputRedirected);
    }

    /// <param name="heldLimit">The most JSON a line finished ahead of its turn holds (<see cref="LineSink.HeldLimit"/>; tests make it small).</param>
    /// <param name="gathered">
    /// Whether, with one job, lines are gathered into writes of about <see cref="LineSink.ChunkBytes"/> (standard output
    /// is a file or a pipe: a batch of small files otherwise makes a system call per file) rather than written one by one
    /// (a terminal, where each line shows as it is done). Each file's line is serialized straight after the lines before
    /// it, into one buffer, so nothing is copied to gather them; what is gathered is written before every message on
    /// standard error, so the two keep their order when they go to one file. With more jobs, lines finish out of order
    /// into buffers of their own and are written one by one.
    /// </param>
    internal static int Run(IReadOnlyList<InputItem> items, ArticleParser parser, Streams io, int jobs, bool progress, int heldLimit = LineSink.HeldLimit, bool gathered = false)
    {
        var clock = Stopwatch.StartNew();
        var lastProgress = -ProgressInterval;
        bool progressShown = false;
        long bytes = 0;
        int failed = 0, done = 0;
        var buffers = new ConcurrentBag<ArrayBufferWriter<byte>>();
        var stderr = io.Stderr;
        var pending = gathered && jobs <= 1 ? new ArrayBufferWriter<byte>(LineSink.ChunkBytes) : null;

        void WritePending()
        {
            if (pending is not { WrittenCount: > 0 }) return;
            io.Stdout.Write(pending.WrittenSpan);
            pending.ResetWrittenCount();
        }

        void ClearProgress()
        {
            if (progressShown) stderr.Write("\r\u001b[K");
            progressShown = false;
        }

        try
        {
            OrderedWork.Run(items, (item, turn) => Process(item, parser, io, new LineTurn(turn, heldLimit), buffers, pending), outcome =>
            {
                if (outcome.Error is null)
                {
                    if (outcome.Line is { } line)
                    {
                        // A line held whole goes out in one write.
                        io.Stdout.Write(line.WrittenSpan);
                        if (line.Capacity <= KeptBufferBytes) buffers.Add(line);
                    }
                    bytes += outcome.Bytes;
                    done++;
                }
                else
                {
                    failed++;
                    WritePending();
                    ClearProgress();
                    stderr.WriteLine($"newsmodel: skipped {Display.Escape(outcome.Item.Shown)}: {Display.Escape(outcome.Error!.ReplaceLineEndings(" "))}");
                }
                if (progress && clock.Elapsed - lastProgress >= ProgressInterval)
                {
                    lastProgress = clock.Elapsed;
                    progressShown = true;
                    stderr.Write(string.Create(CultureInfo.InvariantCulture, $"\r{done + failed}/{items.Count} files, {bytes / 1e6:0.0} MB, {failed} skipped"));
                }
            }, jobs);
            WritePending();
            io.Stdout.Flush();
        }
        catch (Exception e) when (e is OutputException or LineCutException)
        {
            ClearProgress();
            stderr.WriteLine($"newsmodel: stopped after {done} files: {Display.Escape(e.Message.ReplaceLineEndings(" "))}");
            return CommandLine.OutputFailed;
        }
        double seconds = Math.Max(clock.Elapsed.TotalSeconds, 1e-9);
        double mb = bytes / 1e6;
        ClearProgress();
        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"newsmodel: {done} files parsed, {failed} skipped, {mb:0.00} MB in {seconds:0.00} s ({mb / seconds:0.00} MB/s)"));
        return failed > 0 ? CommandLine.PartialFailure : CommandLine.Success;
    }

    /// <summary>
    /// Reads, parses and writes one input; runs on a worker thread. The line goes to a <see cref="LineSink"/>, which
    /// writes it to standard output as it is serialized once the input's turn has come, and holds it otherwise. With
    /// <paramref name="pending"/> (one job, lines gathered) the line is serialized after the whole lines gathered
    /// there, and the sink writes them and it together once a chunk is pending; the line stays there when it ends.
    /// </summary>
    private static Outcome Process(InputItem item, ArticleParser parser, Streams io, LineTurn turn, ConcurrentBag<ArrayBufferWriter<byte>> buffers, ArrayBufferWriter<byte>? pending)
    {
        if (item.Skip is not null) return new Outcome(item, null, 0, item.Skip);
        LineSink? sink = null;
        // Where this file's line starts among the gathered lines: what comes before it is whole lines.
        int lineStart = pending?.WrittenCount ?? 0;
        try
        {
            var (text, size) = item.Path is null ? TextInput.ReadAll(io.Stdin) : TextInput.ReadFile(item.Path, item.Regular);
            var article = parser.Parse(text);
            var line = pending;
            if (line is null)
            {
                if (!buffers.TryTake(out line)) line = new ArrayBufferWriter<byte>(1 << 14);
                line.ResetWrittenCount();
            }
            else if (line.WrittenCount >= LineSink.ChunkBytes)
            {
                WriteGathered(io.Stdout, line, line.WrittenCount);
            }
            lineStart = line.WrittenCount;
            sink = new LineSink(line, io.Stdout, turn, lineStart);
            WriteEnvelope(sink, item.Source);
            NewsJson.Serialize(sink, article, LineOptions);
            sink.Write("}\n"u8);
            var whole = sink.Complete();
            if (pending is not null) return new Outcome(item, null, size, null);
            if (whole is null && line.Capacity <= KeptBufferBytes) buffers.Add(line);
            return new Outcome(item, whole, size, null);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OutputException or OperationCanceledException))
        {
            // Part of the line is out already: the output can no longer be whole lines, so the run stops.
            if (sink is { HandedOn: true }) throw new LineCutException(item.Shown, e);
            // The part of this file's line serialized after the gathered lines is dropped; those are written.
            if (pending is not null) WriteGathered(io.Stdout, pending, lineStart);
            // Any other failure of one input, even a bug in the parser, costs that input only.
            var reason = e is IOException or UnauthorizedAccessException or InvalidDataException
                ? e.Message
                : $"internal error ({e.GetType().Name}): {e.Message}";
            return new Outcome(item, null, 0, reason);
        }
    }

    /// <summary>Writes the whole lines gathered before <paramref name="end"/> and drops what follows them (the part of a line that failed).</summary>
    private static void WriteGathered(Stream stdout, ArrayBufferWriter<byte> pending, int end)
    {
        try
        {
            stdout.Write(pending.WrittenSpan[..end]);
        }
        finally
        {
            pending.ResetWrittenCount();
        }
    }

    /// <summary>
    /// The start of a line, <c>{"source":"NAME","article":</c>. A name of ASCII characters the encoder leaves as they
    /// are, as file names nearly always are, is written as it is, which is what the JSON writer writes for it; any
    /// other goes through the writer, which escapes it. A writer per file cost about 1,500
    /// instructions, a tenth of reading the file.
    /// </summary>
    private static void WriteEnvelope(LineSink sink, string source)
    {
        if (IsPlainAscii(source))
        {
            var head = "{\"source\":\""u8;
            var tail = "\",\"article\":"u8;
            var into = sink.GetSpan(head.Length + source.Length + tail.Length);
            head.CopyTo(into);
            int n = head.Length + System.Text.Encoding.ASCII.GetBytes(source, into[head.Length..]);
            tail.CopyTo(into[n..]);
            sink.Advance(n + tail.Length);
            return;
        }
        using var writer = new Utf8JsonWriter(sink, EnvelopeOptions);
        writer.WriteStartObject();
        writer.WriteString("source", source);
        writer.WritePropertyName("article");
    }

    private static bool IsPlainAscii(string s)
    {
        var plain = PlainAscii;
        foreach (char c in s)
        {
            if (c >= plain.Length || !plain[c]) return false;
        }
        return true;
    }

    /// <summary>The ASCII characters the envelope's encoder writes as they are, asked of the encoder itself.</summary>
    private static readonly bool[] PlainAscii = PlainAsciiTable();

    private static bool[] PlainAsciiTable()
    {
        var table = new bool[128];
        for (char c = ' '; c < (char)table.Length; c++) table[c] = !EnvelopeOptions.Encoder!.WillEncode(c);
        return table;
    }
}

/// <summary>Writing a line failed after part of it was written: the output is cut inside that line and the run stops.</summary>
internal sealed class LineCutException(string shown, Exception inner)
    : Exception($"{shown}: internal error ({inner.GetType().Name}) while its JSON was written, its line is incomplete: {inner.Message}", inner);
