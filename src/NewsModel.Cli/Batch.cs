using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsModel.Parsing;
using NewsModel.Serialization;

namespace NewsModel.Cli;

/// <summary>
/// Parses many files into JSON Lines: one <c>{"source": …, "article": …}</c> object per line, written whole,
/// in the order given. A file that cannot be read, is not UTF-8 or makes the parser fail is reported on one
/// stderr line and skipped; the rest are still parsed and the exit code is 1.
/// Memory is bounded by the largest file: each is read, parsed, written and dropped before the next.
/// </summary>
internal static class Batch
{
    private static readonly NewsJsonOptions LineOptions = new() { Indented = false };

    /// <summary>How often the progress line is redrawn, so a batch of tiny files does not spend its time on the terminal.</summary>
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(250);

    public static int Run(List<string> files, ArticleParser parser, TextReader stdin, Stream stdout, TextWriter stderr, IReadOnlyDictionary<string, string>? sources = null)
    {
        bool progress = !Console.IsErrorRedirected && ReferenceEquals(stderr, Console.Error);
        return Run(files, parser, stdin, stdout, stderr, progress, sources);
    }

    internal static int Run(List<string> files, ArticleParser parser, TextReader stdin, Stream stdout, TextWriter stderr, bool progress, IReadOnlyDictionary<string, string>? sources = null)
    {
        var clock = Stopwatch.StartNew();
        var lastProgress = -ProgressInterval;
        bool progressShown = false;
        long bytes = 0;
        int failed = 0, done = 0;
        var buffer = new ArrayBufferWriter<byte>(1 << 16);
        foreach (var file in files)
        {
            buffer.Clear();
            try
            {
                var article = CommandLine.Read(file, stdin, parser);
                if (file != "-") bytes += new FileInfo(file).Length;
                using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
                {
                    writer.WriteStartObject();
                    writer.WriteString("source", sources?.GetValueOrDefault(file) ?? (file == "-" ? "-" : Path.GetFileName(file)));
                    writer.WritePropertyName("article");
                    writer.Flush();
                }
                NewsJson.Serialize(buffer, article, LineOptions);
                buffer.Write("}\n"u8);
                // One write per line, after the whole line is built: a failure leaves no half line behind.
                stdout.Write(buffer.WrittenSpan);
                done++;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Any failure of one file, even a bug in the parser, costs that file only.
                failed++;
                if (progressShown) stderr.Write("\r\u001b[K");
                progressShown = false;
                var reason = e is IOException or UnauthorizedAccessException or InvalidDataException
                    ? e.Message
                    : $"internal error ({e.GetType().Name}): {e.Message}";
                stderr.WriteLine($"newsmodel: skipped {file}: {reason.ReplaceLineEndings(" ")}");
            }
            if (progress && clock.Elapsed - lastProgress >= ProgressInterval)
            {
                lastProgress = clock.Elapsed;
                progressShown = true;
                stderr.Write(string.Create(CultureInfo.InvariantCulture,
                    $"\r{done + failed}/{files.Count} files, {bytes / 1e6:0.0} MB, {failed} skipped"));
            }
        }
        stdout.Flush();
        double seconds = Math.Max(clock.Elapsed.TotalSeconds, 1e-9);
        double mb = bytes / 1e6;
        if (progressShown) stderr.Write("\r\u001b[K");
        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"newsmodel: {done} files parsed, {failed} skipped, {mb:0.00} MB in {seconds:0.00} s ({mb / seconds:0.00} MB/s)"));
        return failed > 0 ? CommandLine.PartialFailure : CommandLine.Success;
    }
}
