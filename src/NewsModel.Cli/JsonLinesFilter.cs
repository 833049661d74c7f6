using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsModel.Parsing;
using NewsModel.Serialization;

namespace NewsModel.Cli;

/// <summary>
/// <c>parse --stdin-jsonl</c>: a filter for batch engines (Spark's <c>pipe</c>, Hadoop Streaming). Reads JSON Lines
/// records <c>{"id": …, "text": "…", …}</c> from standard input and writes one line per record, in input order:
/// <c>{"id": …, &lt;the record's other fields&gt;, "article": {…}}</c>. The <c>id</c> may be any JSON value (null
/// when absent); every field but <c>text</c> is copied as it was, in its order. A record that is not a JSON
/// object, has no string <c>text</c>, has a field named <c>article</c>, is not UTF-8 or is longer than
/// <see cref="MaxRecordBytes"/> gives <c>{"id": …, "line": N, "error": "…"}</c> on its line instead, and the
/// stream goes on. Blank lines are not records and give no output. Exit code 0 when every record parsed, 1 when
/// any failed, 3 when standard output closed.
/// </summary>
internal static class JsonLinesFilter
{
    /// <summary>The longest record read; a longer line is reported as one failed record and skipped.</summary>
    public const int MaxRecordBytes = 64 << 20;

    private static readonly NewsJsonOptions ArticleOptions = new() { Indented = false };
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One input line: its number (from 1) and bytes, or the reason it could not be taken.</summary>
    private sealed record Record(long Line, byte[] Bytes, string? Error);

    private readonly record struct Outcome(byte[] Json, long Bytes, bool Failed);

    public static int Run(Stream stdin, Streams io, ArticleParser parser, int jobs)
    {
        var clock = Stopwatch.StartNew();
        long records = 0, failed = 0, bytes = 0;
        try
        {
            OrderedWork.Run(ReadLines(stdin), record => Process(record, parser), outcome =>
            {
                io.Stdout.Write(outcome.Json);
                records++;
                bytes += outcome.Bytes;
                if (outcome.Failed) failed++;
            }, jobs);
            io.Stdout.Flush();
        }
        catch (OutputException e)
        {
            io.Stderr.WriteLine($"newsmodel: stopped after {records} records: {Display.Escape(e.Message)}");
            return CommandLine.OutputFailed;
        }
        double seconds = Math.Max(clock.Elapsed.TotalSeconds, 1e-9);
        double mb = bytes / 1e6;
        io.Stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"newsmodel: {records - failed} records parsed, {failed} failed, {mb:0.00} MB in {seconds:0.00} s ({mb / seconds:0.00} MB/s)"));
        return failed > 0 ? CommandLine.PartialFailure : CommandLine.Success;
    }

    /// <summary>Splits the input at line feeds (a carriage return before one is dropped), skipping blank lines.</summary>
    private static IEnumerable<Record> ReadLines(Stream input)
    {
        var buffer = new byte[1 << 16];
        var current = new ArrayBufferWriter<byte>(1 << 12);
        bool tooLong = false;
        long line = 0;
        while (true)
        {
            int read = input.Read(buffer, 0, buffer.Length);
            if (read == 0)
            {
                if (current.WrittenCount > 0 || tooLong)
                {
                    var last = Take(++line, current, tooLong);
                    if (last is not null) yield return last;
                }
                yield break;
            }
            // Offsets, not spans: the iterator yields between lines.
            int from = 0;
            while (from < read)
            {
                int end = buffer.AsSpan(from, read - from).IndexOf((byte)'\n');
                int length = end < 0 ? read - from : end;
                if (!tooLong && current.WrittenCount + length > MaxRecordBytes)
                {
                    tooLong = true;
                    current.ResetWrittenCount();
                }
                if (!tooLong) current.Write(buffer.AsSpan(from, length));
                if (end < 0) break;
                from += length + 1;
                var record = Take(++line, current, tooLong);
                tooLong = false;
                current.ResetWrittenCount();
                if (record is not null) yield return record;
            }
        }
    }

    private static Record? Take(long line, ArrayBufferWriter<byte> current, bool tooLong)
    {
        if (tooLong) return new Record(line, [], $"the record is longer than {MaxRecordBytes >> 20} MiB");
        var bytes = current.WrittenSpan;
        if (bytes.EndsWith((byte)'\r')) bytes = bytes[..^1];
        if (bytes.Trim(" \t\r"u8).IsEmpty) return null;
        return new Record(line, bytes.ToArray(), null);
    }

    /// <summary>Parses one record and writes its output line; runs on a worker thread.</summary>
    private static Outcome Process(Record record, ArticleParser parser)
    {
        var output = new ArrayBufferWriter<byte>(record.Bytes.Length + 1024);
        JsonElement? id = null;
        string? error = record.Error;
        if (error is null && !System.Text.Unicode.Utf8.IsValid(record.Bytes))
        {
            error = "not JSON: the record is not UTF-8";
        }
        if (error is null)
        {
            try
            {
                using var document = JsonDocument.Parse(record.Bytes);
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    error = "a record must be a JSON object with a \"text\" string";
                }
                else
                {
                    if (root.TryGetProperty("id", out var value)) id = value.Clone();
                    error = Check(root);
                    string? text = error is null ? Text(root) : null;
                    if (error is null && text is null)
                    {
                        error = "\"text\" is not valid Unicode (a lone surrogate escape)";
                    }
                    else if (text is not null)
                    {
                        var article = parser.Parse(text);
                        WriteArticleRecord(output, root, id, article);
                        return new Outcome(output.WrittenSpan.ToArray(), record.Bytes.Length, false);
                    }
                }
            }
            catch (JsonException e)
            {
                error = "not JSON: " + e.Message;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Any failure of one record, even a bug in the parser, costs that record only.
                error = $"internal error ({e.GetType().Name}): {e.Message}";
            }
        }
        output.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(output, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("id");
            if (id is { } known) known.WriteTo(writer);
            else writer.WriteNullValue();
            writer.WriteNumber("line", record.Line);
            writer.WriteString("error", error);
            writer.WriteEndObject();
        }
        output.Write("\n"u8);
        return new Outcome(output.WrittenSpan.ToArray(), record.Bytes.Length, true);
    }

    /// <summary>The record's text, or null when its escapes do not make valid UTF-16.</summary>
    private static string? Text(JsonElement root)
    {
        try
        {
            return root.GetProperty("text").GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>Why a JSON object is not a record this filter can parse, or null.</summary>
    private static string? Check(JsonElement root)
    {
        if (!root.TryGetProperty("text", out var text)) return "the record has no \"text\" field";
        if (text.ValueKind != JsonValueKind.String) return "\"text\" must be a string";
        if (root.TryGetProperty("article", out _)) return "the record has a field named \"article\", which the output uses for the parsed article";
        return null;
    }

    private static void WriteArticleRecord(ArrayBufferWriter<byte> output, JsonElement root, JsonElement? id, Model.Article article)
    {
        using (var writer = new Utf8JsonWriter(output, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("id");
            if (id is { } known) known.WriteTo(writer);
            else writer.WriteNullValue();
            foreach (var property in root.EnumerateObject())
            {
                if (property.NameEquals("id") || property.NameEquals("text")) continue;
                property.WriteTo(writer);
            }
            writer.WritePropertyName("article");
            writer.Flush();
        }
        NewsJson.Serialize(output, article, ArticleOptions);
        output.Write("}\n"u8);
    }
}
