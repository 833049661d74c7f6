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
/// in the order given. A file that cannot be read is reported on one stderr line and skipped.
/// Memory is bounded by the largest file: each is read, parsed, written and dropped before the next.
/// </summary>
internal static class Batch
{
    private static readonly NewsJsonOptions LineOptions = new() { Indented = false };

    public static int Run(List<string> files, ArticleParser parser, TextReader stdin, Stream stdout, TextWriter stderr)
    {
        var clock = Stopwatch.StartNew();
        long bytes = 0;
        int failed = 0, done = 0;
        var buffer = new ArrayBufferWriter<byte>(1 << 16);
        bool progress = !Console.IsErrorRedirected && ReferenceEquals(stderr, Console.Error);
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
                    writer.WriteString("source", file == "-" ? "-" : Path.GetFileName(file));
                    writer.WritePropertyName("article");
                    writer.Flush();
                }
                NewsJson.Serialize(buffer, article, LineOptions);
                buffer.Write("}\n"u8);
                // One write per line, so lines are never cut or interleaved.
                stdout.Write(buffer.WrittenSpan);
                done++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                failed++;
                stderr.WriteLine($"newsmodel: skipped {file}: {e.Message.ReplaceLineEndings(" ")}");
            }
            if (progress && (done + failed) % 100 == 0)
            {
                stderr.Write(string.Create(CultureInfo.InvariantCulture, $"\r{done + failed}/{files.Count} files"));
            }
        }
        stdout.Flush();
        double seconds = Math.Max(clock.Elapsed.TotalSeconds, 1e-9);
        double mb = bytes / 1e6;
        if (progress) stderr.WriteLine();
        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"newsmodel: {done} files parsed, {failed} skipped, {mb:0.00} MB in {seconds:0.00} s ({mb / seconds:0.00} MB/s)"));
        return failed > 0 ? CommandLine.PartialFailure : CommandLine.Success;
    }
}
