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
/// Parses many files into JSON Lines: one <c>{"source": …, "article": …}</c> object per line, written whole, in
/// the order of the inputs, while <c>jobs</c> worker threads read and parse ahead (a few files each, so memory is
/// bounded by a few files per worker). An input that cannot be read, is not a regular file, is not UTF-8 or makes
/// the parser fail is reported on one stderr line and skipped; the rest are still parsed and the exit code is 1.
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

    /// <summary>What became of one input: its JSON line, or why it was skipped.</summary>
    private readonly record struct Outcome(InputItem Item, ArrayBufferWriter<byte>? Line, long Bytes, string? Error);

    public static int Run(IReadOnlyList<InputItem> items, ArticleParser parser, Streams io, int jobs)
    {
        bool progress = !Console.IsErrorRedirected && ReferenceEquals(io.Stderr, Console.Error);
        return Run(items, parser, io, jobs, progress);
    }

    internal static int Run(IReadOnlyList<InputItem> items, ArticleParser parser, Streams io, int jobs, bool progress)
    {
        var clock = Stopwatch.StartNew();
        var lastProgress = -ProgressInterval;
        bool progressShown = false;
        long bytes = 0;
        int failed = 0, done = 0;
        var buffers = new ConcurrentBag<ArrayBufferWriter<byte>>();
        var stderr = io.Stderr;

        void ClearProgress()
        {
            if (progressShown) stderr.Write("\r\u001b[K");
            progressShown = false;
        }

        try
        {
            OrderedWork.Run(items, item => Process(item, parser, io.Stdin, buffers), outcome =>
            {
                if (outcome.Line is { } line)
                {
                    // One write per line, after the whole line is built: a failure leaves no half line behind.
                    io.Stdout.Write(line.WrittenSpan);
                    if (line.Capacity <= KeptBufferBytes) buffers.Add(line);
                    bytes += outcome.Bytes;
                    done++;
                }
                else
                {
                    failed++;
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
            io.Stdout.Flush();
        }
        catch (OutputException e)
        {
            ClearProgress();
            stderr.WriteLine($"newsmodel: stopped after {done} files: {Display.Escape(e.Message)}");
            return CommandLine.OutputFailed;
        }
        double seconds = Math.Max(clock.Elapsed.TotalSeconds, 1e-9);
        double mb = bytes / 1e6;
        ClearProgress();
        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"newsmodel: {done} files parsed, {failed} skipped, {mb:0.00} MB in {seconds:0.00} s ({mb / seconds:0.00} MB/s)"));
        return failed > 0 ? CommandLine.PartialFailure : CommandLine.Success;
    }

    /// <summary>Reads, parses and writes one input into a line buffer; runs on a worker thread.</summary>
    private static Outcome Process(InputItem item, ArticleParser parser, Stream stdin, ConcurrentBag<ArrayBufferWriter<byte>> buffers)
    {
        if (item.Skip is not null) return new Outcome(item, null, 0, item.Skip);
        try
        {
            var (text, size) = item.Path is null ? TextInput.ReadAll(stdin) : TextInput.ReadFile(item.Path);
            var article = parser.Parse(text);
            if (!buffers.TryTake(out var line)) line = new ArrayBufferWriter<byte>(1 << 14);
            line.ResetWrittenCount();
            using (var writer = new Utf8JsonWriter(line, EnvelopeOptions))
            {
                writer.WriteStartObject();
                writer.WriteString("source", item.Source);
                writer.WritePropertyName("article");
                writer.Flush();
            }
            NewsJson.Serialize(line, article, LineOptions);
            line.Write("}\n"u8);
            return new Outcome(item, line, size, null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Any failure of one input, even a bug in the parser, costs that input only.
            var reason = e is IOException or UnauthorizedAccessException or InvalidDataException
                ? e.Message
                : $"internal error ({e.GetType().Name}): {e.Message}";
            return new Outcome(item, null, 0, reason);
        }
    }
}
